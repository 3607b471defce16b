/**
 * Words of title-case headlines that are never part of a name: the verbs releases'
 * headlines use ("Secretary Gutierrez Hails Strong Growth", "Commerce Announces …"). A run
 * of capitalized words stops before one, so a headline's verb and what follows it are
 * not read as a person's or an organization's name. Only the -s form of a verb that is also
 * a given name ("Grant", "Mark") is one: "Under Secretary Grant Aldonas" is a person.
 */
export const HEADLINE_VERB =
  /^(?:Announces?|Releases?|Issues?|Awards?|Welcomes?|Signs?|Leads?|Reaches?|Implements?|Adds?|Settles?|Invests?|Launches?|Names?|Unveils?|Submits?|Publishes?|Says|Hosts?|Joins?|Opens?|Meets?|Visits?|Travels?|Testifies|Delivers?|Statement|Hails?|Praises?|Applauds?|Highlights?|Kicks?|Calls?|Urges?|Celebrates?|Commends?|Congratulates?|Tours?|Discusses?|Outlines?|Touts?|Marks|Honors?|Lauds?|Thanks?|Notes?|Emphasizes?|Stresses?|Underscores?|Promotes?|Encourages?|Addresses?|Speaks?|Keynotes?|Swears?|Appoints?|Nominates?|Remarks|Proposes?|Seeks?|Expands?|Strengthens?|Restricts?|Undermines?|Protects?|Supports?|Targets?|Takes?|Makes?|Sets?|Finalizes?|Extends?|Approves?|Grants|Selects?|Requests?|Recognizes?|Concludes?|Completes?|Begins?|Continues?|Reports?|Responds?|Creates?|Helps?|Provides?|Receives?|Imposes?|Penalizes?|Orders?|Blocks?|Wins?|Showcases?|Convenes?|Confirms?|Declares?|Pledges?|Commits?|Celebrating|Announcing|Statement)$/;
