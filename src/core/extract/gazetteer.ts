/**
 * Places a Commerce release names: countries, U.S. states and territories, cities that
 * appear in datelines and trade news, and regions. Lower-case keys; the value is the
 * name as usually written.
 */
const COUNTRIES =
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burma|Cambodia|Cameroon|Canada|Chile|China|Colombia|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Dominican Republic|Ecuador|Egypt|El Salvador|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Macau|Malaysia|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|South Africa|South Korea|Korea|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|Great Britain|England|Scotland|United States|United States of America|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe';
const STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|District of Columbia|Puerto Rico|Guam|American Samoa|U.S. Virgin Islands|Northern Mariana Islands';
const CITIES =
  'Washington|Beijing|Shanghai|Guangzhou|Shenzhen|Hangzhou|Tianjin|Chongqing|Hong Kong|Tokyo|Osaka|Seoul|Taipei|Singapore|Hanoi|Ho Chi Minh City|Jakarta|Surabaya|Manila|Bangkok|Kuala Lumpur|New Delhi|Mumbai|Bangalore|Dubai|Abu Dhabi|Riyadh|Doha|Tel Aviv|Jerusalem|Cairo|Nairobi|Lagos|Johannesburg|Moscow|Kyiv|Kiev|Warsaw|Berlin|Brussels|Paris|London|Geneva|Rome|Madrid|Vienna|Amsterdam|Stockholm|Ottawa|Toronto|Montreal|Mexico City|Monterrey|Sao Paulo|São Paulo|Buenos Aires|Santiago|Lima|Bogota|Bogotá|New York City|Los Angeles|San Francisco|San Jose|Seattle|Chicago|Detroit|Boston|Philadelphia|Atlanta|Miami|Houston|Dallas|Denver|Phoenix|Pittsburgh|Baltimore|Toledo|Cleveland|Cincinnati|Gaithersburg|Boulder|Silver Spring|Suitland|Alexandria|Arlington|Honolulu|Anchorage|New Orleans';
const REGIONS =
  'Asia|Africa|Europe|Latin America|South America|North America|Central America|the Americas|Middle East|Asia-Pacific|Indo-Pacific|Sub-Saharan Africa|Southeast Asia|East Asia|South Asia|Central Asia|Eastern Europe|Western Europe|the Caribbean|Caribbean|Pacific Rim|Gulf Coast|Midwest|New England|Great Lakes|Appalachia|the West Coast|West Coast|East Coast|Atlantic|Pacific|Gulf of Mexico|Arctic';

export const PLACES: ReadonlyMap<string, string> = new Map(
  [COUNTRIES, STATES, CITIES, REGIONS].flatMap((list) => list.split('|')).map((name) => [name.toLowerCase(), name]),
);

/** Longest place name, in words, so a scan knows how far to look ahead. */
export const LONGEST_PLACE_WORDS = Math.max(...[...PLACES.keys()].map((k) => k.split(' ').length));
