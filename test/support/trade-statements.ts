/** The monthly trade statements among the release fixtures (commerce.gov, 2014-2017), oldest first. */
export const TRADE_STATEMENTS = [
  { month: '2015-09', exports: 187.9, url: 'https://2014-2017.commerce.gov/news/press-releases/2015/11/statement-us-commerce-secretary-penny-pritzker-international-trade-goods.html' },
  { month: '2016-02', exports: 178.1, url: 'https://2014-2017.commerce.gov/news/press-releases/2016/04/statement-us-secretary-commerce-penny-pritzker-international-trade-goods.html' },
  { month: '2016-03', exports: 176.6, url: 'https://2014-2017.commerce.gov/news/press-releases/2016/05/statement-us-secretary-commerce-penny-pritzker-international-trade-goods.html' },
  { month: '2016-05', exports: 182.4, url: 'https://2014-2017.commerce.gov/news/press-releases/2016/07/statement-us-commerce-secretary-penny-pritzker-international-trade-goods.html' },
] as const;
