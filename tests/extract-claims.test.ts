// The claim rules by example: one sentence each, the claim it must give.
import { describe, expect, it } from "vitest";
import { wordsIn } from "../pipeline/claims/words.js";
import { runText, slice } from "./helpers/run.js";

interface Expected {
  kind: string;
  text: string;
  speaker?: string | null;
  canonical?: string | null;
  cue?: string | null;
  hedged?: boolean;
  negated?: boolean;
}

function claimsOf(text: string) {
  const doc = runText(text);
  return doc.claims.map((c) => ({
    kind: c.kind,
    text: slice(doc, c),
    speaker: slice(doc, c.speaker),
    canonical: c.speakerCanonical,
    cue: slice(doc, c.cue),
    hedged: c.hedges.length > 0,
    negated: c.negated,
    rule: c.rule,
  }));
}

const cases: [name: string, text: string, expected: Expected[]][] = [
  ["assertion without the final period", "The bridge reopened on Monday.", [{ kind: "assertion", text: "The bridge reopened on Monday", speaker: null, cue: null }]],
  ["an abbreviation keeps its period", "The talks moved to the U.S.", [{ kind: "assertion", text: "The talks moved to the U.S." }]],
  ["X said that ...", "The mayor said that the bridge would reopen.", [{ kind: "indirect", text: "the bridge would reopen", speaker: "The mayor", cue: "said" }]],
  ["X said on Tuesday that ...", "Police said on Tuesday that two men were arrested.", [{ kind: "indirect", text: "two men were arrested", speaker: "Police", cue: "said" }]],
  ["auxiliaries belong to the cue", "President Joe Biden has confirmed that 11 citizens died.", [{ kind: "indirect", text: "11 citizens died", speaker: "President Joe Biden", canonical: "Joe Biden", cue: "has confirmed" }]],
  ["X told reporters ...", "The minister told reporters the plan was final.", [{ kind: "indirect", text: "the plan was final", speaker: "The minister", cue: "told reporters" }]],
  ["a named addressee stays out of the cue", "Roe told the Senate committee that funds were short.", [{ kind: "indirect", text: "funds were short", speaker: "Roe", cue: "told" }]],
  ["a named addressee before that, then a fronted phrase", "Roe told the court that, over five months, funds ran short.", [{ kind: "indirect", text: "over five months, funds ran short", speaker: "Roe", cue: "told" }]],
  ["an addressee after to is no infinitive", "Whitmore stated to LA Weekly that the drives were returned.", [{ kind: "indirect", text: "the drives were returned", speaker: "Whitmore", cue: "stated" }]],
  ["said to be is an infinitive", "He is said to be ill.", [{ kind: "assertion", text: "He is said to be ill" }]],
  ["a participial frame reports what follows, said by the main clause's subject", "The ministry issued a statement on Monday, saying the border would reopen.", [
    { kind: "assertion", text: "The ministry issued a statement on Monday" },
    { kind: "indirect", text: "the border would reopen", speaker: "The ministry", cue: "saying" },
  ]],
  ["a participle after reported speech is a second report of the same speaker", "The mayor said the road would close, adding that buses would run instead.", [
    { kind: "indirect", text: "the road would close", speaker: "The mayor", cue: "said" },
    { kind: "indirect", text: "buses would run instead", speaker: "The mayor", cue: "adding" },
  ]],
  ["a participle that reports nothing stays in the assertion", "Rescuers worked through the night, searching the rubble for survivors.", [{ kind: "assertion", text: "Rescuers worked through the night, searching the rubble for survivors" }]],
  ["X said in a statement", "The company said in a statement that sales fell.", [{ kind: "indirect", text: "sales fell", speaker: "The company", cue: "said in a statement" }]],
  ["an apposition is not part of the speaker", "A senior official, speaking on condition of anonymity, said the talks had stalled.", [{ kind: "indirect", text: "the talks had stalled", speaker: "A senior official", canonical: "a senior official", cue: "said" }]],
  ["denials are negated", "The ministry denied that troops had crossed the border.", [{ kind: "indirect", text: "troops had crossed the border", cue: "denied", negated: true }]],
  ["content, X said", "The economy will recover next year, the minister said.", [{ kind: "indirect", text: "The economy will recover next year", speaker: "the minister", cue: "said" }]],
  ["content, said X", "The economy will recover next year, said Jan Roe.", [{ kind: "indirect", text: "The economy will recover next year", speaker: "Jan Roe", cue: "said" }]],
  ["According to X, ...", "According to the health ministry, 40 people died.", [{ kind: "according_to", text: "40 people died", speaker: "the health ministry", cue: "According to" }]],
  ["..., according to X", "Forty people died, according to the health ministry.", [{ kind: "according_to", text: "Forty people died", speaker: "the health ministry", cue: "according to" }]],
  ["quote with speaker before", 'The official stressed, "Planes have already taken off."', [{ kind: "direct_quote", text: "Planes have already taken off", speaker: "The official", cue: "stressed" }]],
  ["a straight quote mark glued to the frame's comma or colon still opens the quote", 'Wilkins said," [Warhol] liked the way photo booths looked". Roe said:"We rebuilt it."', [
    { kind: "direct_quote", text: "[Warhol] liked the way photo booths looked", speaker: "Wilkins", cue: "said" },
    { kind: "direct_quote", text: "We rebuilt it", speaker: "Roe", cue: "said" },
  ]],
  ["quote with speaker after", '"We will rebuild," the mayor said.', [{ kind: "direct_quote", text: "We will rebuild", speaker: "the mayor", cue: "said" }]],
  ["quote with inverted speaker after", "“We will rebuild,” said Mayor Ann Roe.", [{ kind: "direct_quote", text: "We will rebuild", speaker: "Mayor Ann Roe", canonical: "Ann Roe", cue: "said" }]],
  ["a question quote is no claim", '"Why now?" she asked.', []],
  ["a following quote in the paragraph continues the speaker", '"We are concerned," Roe said. "The next weeks are critical."', [
    { kind: "direct_quote", text: "We are concerned", speaker: "Roe", cue: "said" },
    { kind: "direct_quote", text: "The next weeks are critical", speaker: null, canonical: "Roe", cue: null },
  ]],
  ["coordinated clauses are two claims", "Prices rose sharply, and the central bank raised rates.", [{ kind: "assertion", text: "Prices rose sharply" }, { kind: "assertion", text: "the central bank raised rates" }]],
  ["a shared subject stays one claim", "The army shelled the town and seized the bridge.", [{ kind: "assertion", text: "The army shelled the town and seized the bridge" }]],
  ["Although X, Y gives two claims", "Although talks have not resumed, both sides remain hopeful.", [
    { kind: "assertion", text: "talks have not resumed", negated: true },
    { kind: "assertion", text: "both sides remain hopeful" },
  ]],
  ["As X, Y gives Y", "As the storm passed, crews restored power.", [{ kind: "assertion", text: "crews restored power" }]],
  ["connectives are left out", "However, no evidence has been found.", [{ kind: "assertion", text: "no evidence has been found", negated: true, hedged: true }]],
  ["hedges mark the claim", "The vote may be delayed.", [{ kind: "assertion", text: "The vote may be delayed", hedged: true }]],
  ["May the month is no hedge", "The vote was held in May.", [{ kind: "assertion", text: "The vote was held in May", hedged: false }]],
  ["a negation inside a subordinate clause does not count", "Officials warned that the dam could not hold.", [{ kind: "indirect", text: "the dam could not hold", negated: true }]],
  ["no more than is a quantity, not a negation", "No more than eight people were hurt.", [{ kind: "assertion", text: "No more than eight people were hurt", negated: false }]],
  ["an infinitive is no reporting verb", "The attack prompted Israel to declare war.", [{ kind: "assertion", text: "The attack prompted Israel to declare war" }]],
  ["a noun is no reporting verb", "The report said nothing new about the claims.", [{ kind: "indirect", text: "nothing new about the claims", speaker: "The report" }]],
  ["a speaker with a place and a title before the name resolves to the name", "Butte County Sheriff Kory Honea spoke. Honea said 40 homes burned.", [
    { kind: "assertion", text: "Butte County Sheriff Kory Honea spoke" },
    { kind: "indirect", text: "40 homes burned", speaker: "Honea", canonical: "Kory Honea", cue: "said" },
  ]],
  ["an inverted speaker keeps a title's period", '"Measles is no mild illness," said Dr. Sarah Okafor, a consultant.', [
    { kind: "direct_quote", text: "Measles is no mild illness", speaker: "Dr. Sarah Okafor", canonical: "Sarah Okafor", cue: "said" },
  ]],
  ["a description names its organisation: the agency, the company", "The rules come from the U.K. Health Security Agency. The agency said cases rose.", [
    { kind: "assertion", text: "The rules come from the U.K. Health Security Agency" },
    { kind: "indirect", text: "cases rose", speaker: "The agency", canonical: "the U.K. Health Security Agency", cue: "said" },
  ]],
  ["a title description resolves to the person the text gives that title", "The bank held rates, but its president said cuts could come. ECB President Christine Lagarde spoke later.", [
    { kind: "assertion", text: "The bank held rates" },
    { kind: "indirect", text: "cuts could come", speaker: "its president", canonical: "Christine Lagarde", cue: "said" },
    { kind: "assertion", text: "ECB President Christine Lagarde spoke later" },
  ]],
  ["a common noun phrase opening the sentence is a description, lower case", "Analysts at Barclays estimated that margins could rise.", [
    { kind: "indirect", text: "margins could rise", speaker: "Analysts at Barclays", canonical: "analysts at Barclays", cue: "estimated" },
  ]],
  ["an imperative states nothing to check, in a quote or not", '"Leave now," the sheriff said. "Do not wait for a knock." Please stay away.', [
    { kind: "direct_quote", text: "Leave now", speaker: "the sheriff", cue: "said" },
  ]],
  ["a quote opening the next paragraph continues the last attributed quote", '"We have to be honest," Stein said.\n\n"Some rivals will not survive. We intend to."', [
    { kind: "direct_quote", text: "We have to be honest", speaker: "Stein", cue: "said" },
    { kind: "direct_quote", text: "Some rivals will not survive", speaker: null, canonical: "Stein", cue: null, negated: true },
    { kind: "direct_quote", text: "We intend to", speaker: null, canonical: "Stein", cue: null },
  ]],
  ["an object and an infinitive after urge or ask report nothing", "Okafor urged parents to check their records.", [{ kind: "assertion", text: "Okafor urged parents to check their records" }]],
  ["denying a report that X denies X", "Northway denied a report by the Detroit Free Press that it planned to move production.", [
    { kind: "indirect", text: "it planned to move production", speaker: "Northway", cue: "denied", negated: true },
  ]],
  ["the first word of an organisation's name stands for it", "Northway Motors cut jobs. Northway said sales fell.", [
    { kind: "assertion", text: "Northway Motors cut jobs" },
    { kind: "indirect", text: "sales fell", speaker: "Northway", canonical: "Northway Motors", cue: "said" },
  ]],
  ["clauses joined by `and` with a pronoun subject are two claims", '"I served this city and he will be vindicated," Ortiz said.', [
    { kind: "direct_quote", text: "I served this city", speaker: "Ortiz", cue: "said" },
    { kind: "direct_quote", text: "he will be vindicated", speaker: "Ortiz", cue: "said" },
  ]],
  ["a while-clause with its own subject is a claim of its own", "The union said 1.2 million people marched, while the ministry put the figure at 480,000.", [
    { kind: "indirect", text: "1.2 million people marched", speaker: "The union", cue: "said" },
    { kind: "assertion", text: "the ministry put the figure at 480,000" },
  ]],
  ["announce, declare, deny with a plain object report nothing", "Iraq, Kuwait and Algeria also announced cuts. The governor declared a state of emergency.", [
    { kind: "assertion", text: "Iraq, Kuwait and Algeria also announced cuts" },
    { kind: "assertion", text: "The governor declared a state of emergency" },
  ]],
  ["told a generic audience: the audience stays in the cue", "The minister told lawmakers the reform was needed.", [
    { kind: "indirect", text: "the reform was needed", speaker: "The minister", cue: "told lawmakers" },
  ]],
  ["a participle with its particle opens no subject", "Newsom declared an emergency on Tuesday, freeing up state funds for the response.", [
    { kind: "assertion", text: "Newsom declared an emergency on Tuesday, freeing up state funds for the response" },
  ]],
  ["an adverb between the auxiliary and the verb belongs to the cue", "A dozen councils have already warned that they may be unable to pay.", [
    { kind: "indirect", text: "they may be unable to pay", speaker: "A dozen councils", canonical: "a dozen councils", cue: "have already warned", hedged: true, negated: true },
  ]],
  ["`content, the report found`: a that-only verb closing the frame", "Hundreds of libraries have closed since 2010, the report found.", [
    { kind: "indirect", text: "Hundreds of libraries have closed since 2010", speaker: "the report", cue: "found" },
  ]],
  ["a clause-initial `That` is a pronoun, and the claim can be negated", '"That is not for me to decide," he said.', [
    { kind: "direct_quote", text: "That is not for me to decide", speaker: "he", cue: "said", negated: true },
  ]],
  ["`at no cost` is no negation", "The company will replace the batteries at no cost to owners.", [
    { kind: "assertion", text: "The company will replace the batteries at no cost to owners", negated: false },
  ]],
  ["the company after an Inc.: the company, not the dateline's agency", "SAN FRANCISCO (AP) — Vantec Inc. is recalling 2 million laptops, the company said.", [
    { kind: "indirect", text: "Vantec Inc. is recalling 2 million laptops", speaker: "the company", canonical: "Vantec Inc.", cue: "said" },
  ]],
  ["a description's head comes before its modifiers", "The gap is large, according to a report published on Monday by the council. Libraries closed, the report found.", [
    { kind: "according_to", text: "The gap is large", speaker: "a report published on Monday by the council" },
    { kind: "indirect", text: "Libraries closed", speaker: "the report", canonical: "a report published on Monday by the council", cue: "found" },
  ]],
  ["a gerund subject is no participial opener", "Walking may lower the risk by about 20%, according to a large study.", [
    { kind: "according_to", text: "Walking may lower the risk by about 20%", speaker: "a large study", cue: "according to", hedged: true },
  ]],
  ["a noun that spells a reporting verb does not invert a frame; a description before a name names it", "A girl was rescued, state broadcaster TRT reported.", [
    { kind: "indirect", text: "A girl was rescued", speaker: "state broadcaster TRT", canonical: "TRT", cue: "reported" },
  ]],
  ["an apposition with a title names the speaker", "Labour's spokeswoman, Ms Okonjo, said the minister must resign.", [
    { kind: "indirect", text: "the minister must resign", speaker: "Labour's spokeswoman", canonical: "Okonjo", cue: "said" },
  ]],
  ["accusing someone of something, and denying a gerund, report no clause; a subordinate clause with its own source is its own claim", "She accused the government of spinning numbers. The minister denied misleading Parliament after data showed lists rose.", [
    { kind: "assertion", text: "She accused the government of spinning numbers" },
    { kind: "assertion", text: "The minister denied misleading Parliament" },
    { kind: "indirect", text: "lists rose", speaker: "data", cue: "showed" },
  ]],
  ["they stands for the plural subject of the sentence before", "Researchers at the University of Leeds followed 85,000 adults. They found that walkers lived longer.", [
    { kind: "assertion", text: "Researchers at the University of Leeds followed 85,000 adults" },
    { kind: "indirect", text: "walkers lived longer", speaker: "They", canonical: "researchers at the University of Leeds", cue: "found" },
  ]],
  ["a contrast after a comma (`, not X`) and `of no fixed address` negate no predicate", '"This is a product for early adopters, not the mass market," said Gene Munster. Police said Daniel Price, of no fixed address, would appear in court.', [
    { kind: "direct_quote", text: "This is a product for early adopters, not the mass market", negated: false },
    { kind: "indirect", text: "Daniel Price, of no fixed address, would appear in court", negated: false },
  ]],
  ["bare `police` is the force the text names, even later", "A man has been charged with murder, police have said. Avon and Somerset Police said he would appear in court.", [
    { kind: "indirect", text: "A man has been charged with murder", speaker: "police", canonical: "Avon and Somerset Police", cue: "have said" },
    { kind: "indirect", text: "he would appear in court", speaker: "Avon and Somerset Police", canonical: "Avon and Somerset Police", cue: "said" },
  ]],
  ["`as per X` attributes like `according to X` when X names a source, not `as per instructions`", "As per the Brihanmumbai Municipal Corporation, 312 mm of rain was recorded. Rain fell on 40 villages, as per IMD data. I have myself, as per instructions, loaded up the tool.", [
    { kind: "according_to", text: "312 mm of rain was recorded", speaker: "the Brihanmumbai Municipal Corporation", cue: "As per" },
    { kind: "according_to", text: "Rain fell on 40 villages", speaker: "IMD data", cue: "as per" },
    { kind: "assertion", text: "I have myself, as per instructions, loaded up the tool" },
  ]],
  ["`accused X of Y` names the accused and the charge: no reported clause", 'Opposition leader Peter Dutton accused Andrew Giles of "gross incompetence" and called for him to resign.', [
    { kind: "assertion", text: 'Opposition leader Peter Dutton accused Andrew Giles of "gross incompetence" and called for him to resign' },
  ]],
  ["a spokesperson for a named person is someone else; a role before a name is no part of it", "A spokesperson for Prime Minister Anthony Albanese said the prime minister retained full confidence. Team principal Toto Wolff said the pace was encouraging.", [
    { kind: "indirect", speaker: "A spokesperson for Prime Minister Anthony Albanese", canonical: "a spokesperson for Prime Minister Anthony Albanese" },
    { kind: "indirect", speaker: "Team principal Toto Wolff", canonical: "Toto Wolff" },
  ]],
  ["a relative clause inside the speaker's noun phrase stays in it; a relative clause that reports makes no speaker", "Three members who voted against it argued that the cuts would slow response times. The man who said he was tired left the room.", [
    { kind: "indirect", text: "the cuts would slow response times", speaker: "Three members who voted against it", cue: "argued" },
    { kind: "assertion", text: "The man who said he was tired left the room" },
  ]],
  ["after a parenthetical frame, `and` opens a clause of its own or the same source's second report", "Flights were cancelled on Monday, the authority said, and schools in four towns will remain closed. Prices rose sharply, officials said, and added that more was coming.", [
    { kind: "indirect", text: "Flights were cancelled on Monday", speaker: "the authority", cue: "said" },
    { kind: "assertion", text: "schools in four towns will remain closed" },
    { kind: "indirect", text: "Prices rose sharply", speaker: "officials", cue: "said" },
    { kind: "indirect", text: "more was coming", speaker: "officials", cue: "added" },
  ]],
  ["`expect` with an object and an infinitive forecasts; with a plain object it reports nothing", "Some analysts expect prices to fall by a further 5% next year. Officials expected a cut.", [
    { kind: "indirect", text: "prices to fall by a further 5% next year", speaker: "Some analysts", cue: "expect", hedged: true },
    { kind: "assertion", text: "Officials expected a cut" },
  ]],
  ["an epithet of a company (`the world's largest sportswear maker`) is the company last named as a subject; a title before a given name and a place-word surname makes a person", 'Nike Inc. lowered its forecast. The world\'s largest sportswear maker now expects revenue to be flat. "We are not satisfied," Chief Executive Elliott Hill said. He added that prices would fall. The United Auto Workers union said the plan was unfair.', [
    { kind: "assertion", text: "Nike Inc. lowered its forecast" },
    { kind: "indirect", speaker: "The world's largest sportswear maker", canonical: "Nike Inc." },
    { kind: "direct_quote", speaker: "Chief Executive Elliott Hill", canonical: "Elliott Hill" },
    { kind: "indirect", speaker: "He", canonical: "Elliott Hill" },
    { kind: "indirect", speaker: "The United Auto Workers union", canonical: "the United Auto Workers union" },
  ]],
  ["an inverted frame closing the clause attributes all before it; a participle's phrase stays in the speaker", "The talks stalled, said two officials briefed on the matter. Prices rose, said economists polled by Reuters.", [
    { kind: "indirect", text: "The talks stalled", speaker: "two officials briefed on the matter", cue: "said" },
    { kind: "indirect", text: "Prices rose", speaker: "economists polled by Reuters", cue: "said" },
  ]],
  ["words with a finite verb after an inverted `said` are the clause, not its speaker", "The Resolution Foundation, a think tank, said the policy mainly benefited higher earners, who drive more. Tom Ruiz, who left early, said the plan failed.", [
    { kind: "indirect", text: "the policy mainly benefited higher earners, who drive more", speaker: "The Resolution Foundation", cue: "said" },
    { kind: "indirect", text: "the plan failed", speaker: "Tom Ruiz", cue: "said" },
  ]],
  ["`no` before a comma marks no noun: `who voted no, said` reports", "Board member Tom Ruiz, who voted no, said the district had not explored other options.", [
    { kind: "indirect", text: "the district had not explored other options", speaker: "Board member Tom Ruiz", canonical: "Tom Ruiz", cue: "said", negated: true },
  ]],
  ["a pronoun with its contracted auxiliary opens a coordinated clause", '"He\'s a tough guy, and he\'ll push to get back sooner than that," Reid said.', [
    { kind: "direct_quote", text: "He's a tough guy", speaker: "Reid", cue: "said" },
    { kind: "direct_quote", text: "he'll push to get back sooner than that", speaker: "Reid", cue: "said" },
  ]],
  ["`as` and a bare plural subject that reports makes a claim of its own", "Cocoa futures rose to a record on Thursday, as traders worried that poor weather would cut supplies.", [
    { kind: "assertion", text: "Cocoa futures rose to a record on Thursday" },
    { kind: "indirect", text: "poor weather would cut supplies", speaker: "traders", cue: "worried", hedged: false },
  ]],
  ["a report inside an apposition (`a move officials say will ...`) is the source's claim", "The board voted to close three schools, a move officials say will save about $4.5 million. The bank cut rates, a decision that critics say could fuel inflation.", [
    { kind: "assertion", text: "The board voted to close three schools" },
    { kind: "indirect", text: "will save about $4.5 million", speaker: "officials", cue: "say" },
    { kind: "assertion", text: "The bank cut rates" },
    { kind: "indirect", text: "could fuel inflation", speaker: "critics", cue: "say", hedged: true },
  ]],
  ["a name after `, and` opens no clause without a lowercase verb before the next comma", "The panel approved the bill, sponsored by Sen. Josh Hawley, R-Mo., and Sen. Gary Peters, D-Mich. The bill passed, and Sen. Gary Peters praised it.", [
    { kind: "assertion", text: "The panel approved the bill, sponsored by Sen. Josh Hawley, R-Mo., and Sen. Gary Peters, D-Mich." },
    { kind: "assertion", text: "The bill passed" },
    { kind: "assertion", text: "Sen. Gary Peters praised it" },
  ]],
  ["the cue keeps one channel phrase after another (`said in a post on X`)", "The problems were fixed by 2 p.m., the company said in a post on X.", [
    { kind: "indirect", text: "The problems were fixed by 2 p.m.", speaker: "the company", cue: "said in a post on X" },
  ]],
  ["a participle before `by` is no verb that makes the object of `add` a reported clause", "The city will add 40 electric buses under a plan approved by the transit board. The mayor added that the buses were overdue.", [
    { kind: "assertion", text: "The city will add 40 electric buses under a plan approved by the transit board" },
    { kind: "indirect", text: "the buses were overdue", speaker: "The mayor", cue: "added" },
  ]],
  ["`records show` at the end of a clause attributes it (records are evidence)", "The last order of buses arrived two years late, records show.", [
    { kind: "indirect", text: "The last order of buses arrived two years late", speaker: "records", cue: "show" },
  ]],
  ["letters after a name (`KC`) are no part of the canonical name", "Judge Nicholas Dean KC said she had lied. He said it was over.", [
    { kind: "indirect", speaker: "Judge Nicholas Dean KC", canonical: "Nicholas Dean" },
    { kind: "indirect", speaker: "He", canonical: "Nicholas Dean" },
  ]],
  ["a capitalised -ing word with a past form after it opens a clause, not a participial phrase", "Sporting director Deco travelled to Porto on Monday, Catalan newspaper Sport reported.", [
    { kind: "indirect", text: "Sporting director Deco travelled to Porto on Monday", speaker: "Catalan newspaper Sport", canonical: "Sport", cue: "reported" },
  ]],
  ["a phrase after a preposition is no reported clause (`commented on the reports`)", "Neither club commented on the reports. The mayor said in 2019 the plan would fail.", [
    { kind: "assertion", text: "Neither club commented on the reports", negated: true },
    { kind: "indirect", text: "in 2019 the plan would fail", speaker: "The mayor", cue: "said" },
  ]],
  ["a bare day after the verb is the time of the statement (AP: `said Tuesday that`, `said Monday night`)", "Officials said Tuesday that the road was open. The park was closed, Parks Canada said Monday night. He said Monday's vote was close.", [
    { kind: "indirect", text: "the road was open", speaker: "Officials", cue: "said" },
    { kind: "indirect", text: "The park was closed", speaker: "Parks Canada", cue: "said" },
    { kind: "indirect", text: "Monday's vote was close", speaker: "He", cue: "said" },
  ]],
  ["a title's word before a place names a body (`Environment Canada`), not a person surnamed after the place", "The park was closed, Parks Canada said Monday night. Environment Canada warned that hot weather would continue.", [
    { kind: "indirect", speaker: "Parks Canada", canonical: "Parks Canada" },
    { kind: "indirect", speaker: "Environment Canada", canonical: "Environment Canada" },
  ]],
  ["`, as` and a subject of two words with a past verb is a clause of its own", 'Ryanair said fares would be "materially lower" this summer, as the budget carrier reported a 46% drop in profit.', [
    { kind: "indirect", text: 'fares would be "materially lower" this summer', speaker: "Ryanair", cue: "said" },
    { kind: "assertion", text: "the budget carrier reported a 46% drop in profit" },
  ]],
  ["a place joined to a participle describes the company too (`the Dublin-based airline`)", "Ryanair Holdings Plc said fares would fall. Net income fell to 360 million euros, the Dublin-based airline said in a statement on Monday.", [
    { kind: "indirect", canonical: "Ryanair Holdings Plc" },
    { kind: "indirect", text: "Net income fell to 360 million euros", speaker: "the Dublin-based airline", canonical: "Ryanair Holdings Plc", cue: "said in a statement" },
  ]],
  ["`better than none` is no negation", '"Any movement is better than none," she said.', [{ kind: "direct_quote", text: "Any movement is better than none", negated: false }]],
  ["`the people` resolves to the fuller description with the same head, post-modified", "A deal is near, according to two people familiar with the matter. It could come next week, the people said.", [
    { kind: "according_to", text: "A deal is near", speaker: "two people familiar with the matter" },
    { kind: "indirect", text: "It could come next week", speaker: "the people", canonical: "two people familiar with the matter", cue: "said", hedged: true },
  ]],
  ["a trailing `they said` looks back to the sentence before, not its own subject", "Analysts said no party would win. Coalition talks could take weeks, they said.", [
    { kind: "indirect", text: "no party would win", speaker: "Analysts", negated: true },
    { kind: "indirect", text: "Coalition talks could take weeks", speaker: "they", canonical: "analysts", cue: "said", hedged: true },
  ]],
  ["`X conceded A but said B`: a second report after `but`", "The prime minister conceded that his party had lost its majority but said it would try to form a coalition.", [
    { kind: "indirect", text: "his party had lost its majority", cue: "conceded" },
    { kind: "indirect", text: "it would try to form a coalition", cue: "said" },
  ]],
  ["a second verb phrase that reports is said by the name opening the clause", "The Federal Reserve held rates steady but signaled it still expects two cuts.", [
    { kind: "assertion", text: "The Federal Reserve held rates steady" },
    { kind: "indirect", text: "it still expects two cuts", speaker: "The Federal Reserve", canonical: "the Federal Reserve", cue: "signaled", hedged: true },
  ]],
  ["a frame between a subject and its verb attributes the whole clause around it", "The big hit of the evening, Wikinews observed from the long line, was the photo room. Institutional recipients, said Mauer, are required to show the photographs. The plan, which the mayor said cost millions, was a failure.", [
    { kind: "indirect", text: "The big hit of the evening, Wikinews observed from the long line, was the photo room", speaker: "Wikinews", cue: "observed" },
    { kind: "indirect", text: "Institutional recipients, said Mauer, are required to show the photographs", speaker: "Mauer", cue: "said" },
    { kind: "assertion", text: "The plan, which the mayor said cost millions, was a failure" },
  ]],
  ["a reporting phrase in a second verb phrase reports like a reporting verb", "Montalvo had known Devocht personally, and came to the conclusion that the claims were lies. The panel met twice and made the case that the law was void.", [
    { kind: "assertion", text: "Montalvo had known Devocht personally" },
    { kind: "indirect", text: "the claims were lies", speaker: "Montalvo", cue: "came to the conclusion" },
    { kind: "assertion", text: "The panel met twice and made the case that the law was void" },
  ]],
  ["a participle of a verb that reports before `that` reports too; an indefinite title is the holder named later", "A federal judge on Wednesday blocked the law, ruling that the state had not shown the rule was needed. U.S. District Judge Amy Totenberg wrote the order. Police searched the house, finding a gun.", [
    { kind: "assertion", text: "A federal judge on Wednesday blocked the law" },
    { kind: "indirect", text: "the state had not shown the rule was needed", speaker: "A federal judge", canonical: "Amy Totenberg", cue: "ruling", negated: true },
    { kind: "assertion", text: "U.S. District Judge Amy Totenberg wrote the order" },
    { kind: "assertion", text: "Police searched the house, finding a gun" },
  ]],
  ["a relative clause after a comma says the words before it are no participial opener", "Voting rights groups, which filed the lawsuit in January, welcomed the decision.", [
    { kind: "assertion", text: "Voting rights groups, which filed the lawsuit in January, welcomed the decision" },
  ]],
  ["`in what X described as Y`: the description is the source's claim", "Floods killed 30 people, in what the Environment Agency described as the worst disaster in decades. He paid, in what was a surprise.", [
    { kind: "assertion", text: "Floods killed 30 people" },
    { kind: "indirect", text: "the worst disaster in decades", speaker: "the Environment Agency", cue: "described as" },
    { kind: "assertion", text: "He paid, in what was a surprise" },
  ]],
  ["a clause after a parenthetical frame is a claim of its own", "Floods displaced 120,000 people, officials said, as the river flowed above the danger mark.", [
    { kind: "indirect", text: "Floods displaced 120,000 people", speaker: "officials", cue: "said" },
    { kind: "assertion", text: "the river flowed above the danger mark" },
  ]],
  ["channels extend the cue: in an email, on Instagram", "The tour is cancelled, her representative said in an email on Friday. Vale wrote on Instagram that she needed rest.", [
    { kind: "indirect", text: "The tour is cancelled", speaker: "her representative", cue: "said in an email" },
    { kind: "indirect", text: "she needed rest", speaker: "Vale", cue: "wrote on Instagram" },
  ]],
  ["an article and common nouns before a name: the name is the source", "About 600,000 tickets were sold, according to the trade publication Pollstar.", [
    { kind: "according_to", text: "About 600,000 tickets were sold", speaker: "the trade publication Pollstar", canonical: "Pollstar" },
  ]],
  ["a vote, a time or a short phrase may stand between the verb and `that`", "The Supreme Court ruled 6-3 on Friday that the rules were void. Thomas wrote for the majority that the agency had gone too far.", [
    { kind: "indirect", text: "the rules were void", speaker: "The Supreme Court", cue: "ruled" },
    { kind: "indirect", text: "the agency had gone too far", speaker: "Thomas", cue: "wrote" },
  ]],
  ["agree with a plain object reports nothing", "The player has reportedly agreed personal terms on a five-year contract.", [
    { kind: "assertion", text: "The player has reportedly agreed personal terms on a five-year contract", hedged: true },
  ]],
  ["a media noun before a name names the source; `the agency` after an acronym is that body", "The deal is close, according to Spanish sports daily Marca. NASA launched the probe. It is healthy, the agency said.", [
    { kind: "according_to", text: "The deal is close", speaker: "Spanish sports daily Marca", canonical: "Marca" },
    { kind: "assertion", text: "NASA launched the probe" },
    { kind: "indirect", text: "It is healthy", speaker: "the agency", canonical: "NASA", cue: "said" },
  ]],
  ["a negation inside a what-clause does not count; hope hedges", '"We do what no one has done," she said. Scientists hope the data will help.', [
    { kind: "direct_quote", text: "We do what no one has done", negated: false },
    { kind: "indirect", text: "the data will help", speaker: "Scientists", cue: "hope", hedged: true },
  ]],
  ["`content, his son, Daniel Bell, said`: a trailing frame with an apposition", "The cause was pneumonia, his son, Daniel Bell, said.", [
    { kind: "indirect", text: "The cause was pneumonia", speaker: "his son", canonical: "Daniel Bell", cue: "said" },
  ]],
  ["a place or occasion after a trailing frame leaves the content before it", "Demand remained strong, finance chief Priya Raman said on a call with analysts.", [
    { kind: "indirect", text: "Demand remained strong", speaker: "finance chief Priya Raman", canonical: "Priya Raman", cue: "said" },
  ]],
  ["`the company` prefers the organisation named as a subject over one named in passing", "Helix Semiconductor beat estimates, according to LSEG data. The company said it expects growth.", [
    { kind: "according_to", text: "Helix Semiconductor beat estimates", speaker: "LSEG data" },
    { kind: "indirect", text: "it expects growth", speaker: "The company", canonical: "Helix Semiconductor", cue: "said", hedged: true },
  ]],
  ["a while-clause with a bare plural subject is a claim of its own", "Police estimated the crowd at 20,000, while organizers put it at 100,000.", [
    { kind: "indirect", text: "the crowd at 20,000", speaker: "Police", cue: "estimated" },
    { kind: "assertion", text: "organizers put it at 100,000" },
  ]],
  ["a condition stays with its claim", "If convicted, Doyle faces up to 10 years in prison.", [
    { kind: "assertion", text: "If convicted, Doyle faces up to 10 years in prison" },
  ]],
  ["a capitalised noun and its plural head open a coordinated report", "Privacy advocates welcomed the move but said it did not go far enough.", [
    { kind: "assertion", text: "Privacy advocates welcomed the move" },
    { kind: "indirect", text: "it did not go far enough", speaker: "Privacy advocates", canonical: "privacy advocates", cue: "said", negated: true },
  ]],
  ["`neither admitted nor denied` reports nothing; an after-clause after a frame is its own claim", "The company neither admitted nor denied the allegations. It will stop, the company said, after a regulator fined it.", [
    { kind: "assertion", text: "The company neither admitted nor denied the allegations", negated: true },
    { kind: "indirect", text: "It will stop", speaker: "the company", cue: "said" },
    { kind: "assertion", text: "a regulator fined it" },
  ]],
  ["a time between the speaker and the verb is no part of the speaker; announcing a plan reports nothing", "Mayor Karen Bass on Monday announced a plan to plant trees, saying the city needed more shade.", [
    { kind: "assertion", text: "Mayor Karen Bass on Monday announced a plan to plant trees" },
    { kind: "indirect", text: "the city needed more shade", speaker: "Mayor Karen Bass", canonical: "Karen Bass", cue: "saying" },
  ]],
  ["a company noun before a name: `Rival carrier Condor`", "Rival carrier Condor said it had added flights.", [
    { kind: "indirect", text: "it had added flights", speaker: "Rival carrier Condor", canonical: "Condor", cue: "said" },
  ]],
  ["pronouns resolve to the last person named", "Mayor Ann Roe spoke on Monday. She said the bridge would reopen.", [
    { kind: "assertion", text: "Mayor Ann Roe spoke on Monday" },
    { kind: "indirect", text: "the bridge would reopen", speaker: "She", canonical: "Ann Roe" },
  ]],
  ["a surname resolves to the full name", "Ann Roe leads the council. Roe said the budget was balanced.", [
    { kind: "assertion", text: "Ann Roe leads the council" },
    { kind: "indirect", text: "the budget was balanced", speaker: "Roe", canonical: "Ann Roe" },
  ]],
  ["questions yield no claim", "Will the bridge reopen?", []],
  ["As X told Y, content", "As Heald told The Huffington Post, ozone levels have dropped.", [{ kind: "indirect", text: "ozone levels have dropped", speaker: "Heald", cue: "told" }]],
  ["that-only verbs report before that", "The court ruled that the law was void.", [{ kind: "indirect", text: "the law was void", speaker: "The court", cue: "ruled" }]],
  ["a quote introduced by a sentence ending in a colon", 'Rathbun stated:\n\n"They lied to me. The drives were returned."', [
    { kind: "direct_quote", text: "They lied to me", speaker: null, canonical: "Rathbun" },
    { kind: "direct_quote", text: "The drives were returned", speaker: null, canonical: "Rathbun" },
  ]],
  ["an opening adverbial and an apposition stay out of the speaker", 'After the match, Hernan Gomez, Panama coach, said, "We learned a lot."', [
    { kind: "direct_quote", text: "We learned a lot", speaker: "Hernan Gomez", cue: "said" },
  ]],
  ["a paragraph that closes a quote it never reopened continues it", 'Roe said, "We learned a lot.\n\nIt was an emotional day."', [
    { kind: "direct_quote", text: "We learned a lot", speaker: "Roe", cue: "said" },
    { kind: "direct_quote", text: "It was an emotional day", speaker: null, canonical: "Roe", cue: null },
  ]],
  ["According to X content, without a comma: the name ends where the content begins", "According to Rathbun the drives were returned by mail.", [
    { kind: "according_to", text: "the drives were returned by mail", speaker: "Rathbun", cue: "According to" },
  ]],
  ["a qualifier before an amount is no topic", "Over 300 people died, according to police.", [
    { kind: "according_to", text: "Over 300 people died", speaker: "police", cue: "according to" },
  ]],
  ["content according to X at the end, without a comma", "About 6 million visitors are expected according to the event website.", [
    { kind: "according_to", text: "About 6 million visitors are expected", speaker: "the event website", cue: "according to" },
  ]],
  ["a quote framed by the last of two coordinated clauses", 'His sister pleaded with him, but he replied "I am not able to do that."', [
    { kind: "direct_quote", text: "I am not able to do that", speaker: "he", cue: "replied" },
  ]],
  ["an inverted speaker ends before a phrase that follows it", '"We thank every city," said Bolden to the gathered crowd.', [
    { kind: "direct_quote", text: "We thank every city", speaker: "Bolden", cue: "said" },
  ]],
  ["a report in a relative clause: the main clause, then what the antecedent said", "He flew to Florida to meet Devocht, who had told him he would help.", [
    { kind: "assertion", text: "He flew to Florida to meet Devocht" },
    { kind: "indirect", text: "he would help", speaker: "Devocht", cue: "had told" },
  ]],
  ["a report after where: the main clause, then what its subject said", "Officials went to the station where they claimed the drives were stolen.", [
    { kind: "assertion", text: "Officials went to the station" },
    { kind: "indirect", text: "the drives were stolen", speaker: "they", cue: "claimed" },
  ]],
  ["a long subject of up to sixteen words still reports", "Both the Irving Independent School District and the Irving Police Department have asserted that religion played no part.", [
    { kind: "indirect", text: "religion played no part", speaker: "Both the Irving Independent School District and the Irving Police Department", cue: "have asserted" },
  ]],
  ["a study's finding needs no that; an ordinary subject's does", "The poll found only a quarter of voters backed the plan.", [
    { kind: "indirect", text: "only a quarter of voters backed the plan", speaker: "The poll", cue: "found" },
  ]],
  ["a study's subject finding a thing, with no verb after it, is no report", "The researchers found smaller links with cancer and dementia, and they cautioned that the studies were small.", [
    { kind: "assertion", text: "The researchers found smaller links with cancer and dementia" },
    { kind: "indirect", text: "the studies were small", speaker: "they", cue: "cautioned" },
  ]],
  ["police found a body is no report", "Police found a body near the river.", [{ kind: "assertion", text: "Police found a body near the river" }]],
  ["a that-only verb right before a quote reports it", 'The letter reads "we may extend the scheme".', [
    { kind: "direct_quote", text: "we may extend the scheme", speaker: "The letter", cue: "reads" },
  ]],
  ["a participle before a quote, with its own subject", 'Critics were angry, with one poster writing "The site is gone."', [
    { kind: "direct_quote", text: "The site is gone", speaker: "one poster", cue: "writing" },
  ]],
  ["a concessive clause with its own attribution is a claim of its own", "The government plans a vote, though officials said turnout could be low.", [
    { kind: "assertion", text: "The government plans a vote" },
    { kind: "indirect", text: "turnout could be low", speaker: "officials", cue: "said" },
  ]],
  ["a few quoted words that end no sentence are a scare quote, no direct quote", 'The "History" page explains that the attack was planned.', [
    { kind: "indirect", text: "the attack was planned", speaker: 'The "History" page', cue: "explains" },
  ]],
  ["an according-to frame inside a relative clause attributes the relative clause", "The states kept a policy which, according to AFP, the UN has criticised.", [
    { kind: "assertion", text: "The states kept a policy" },
    { kind: "according_to", text: "the UN has criticised", speaker: "AFP", cue: "according to" },
  ]],
  ["`, with X reporting Y`: a second report by its own speaker", "Officials told the BBC every claim will be assessed, with the paper reporting no one will be refused.", [
    { kind: "indirect", text: "every claim will be assessed", speaker: "Officials", cue: "told" },
    { kind: "indirect", text: "no one will be refused", speaker: "the paper", cue: "reporting" },
  ]],
  ["a quote that is the whole reported clause after `that` is a direct quote", 'Smith said on Tuesday that "the plan will fail."', [
    { kind: "direct_quote", text: "the plan will fail", speaker: "Smith", cue: "said" },
  ]],
  ["a partial quote that opens the reported clause stays inside the indirect claim", 'Smith said that "cooler heads prevailed" when the talks resumed.', [
    { kind: "indirect", text: '"cooler heads prevailed" when the talks resumed', speaker: "Smith", cue: "said" },
  ]],
  ["a clause of a named subject or a pronoun that ends in a colon introduces the quote after it", 'During questions, Ann Roe defended the record: "The minister and I are working intensely."', [
    { kind: "direct_quote", text: "The minister and I are working intensely", speaker: "Ann Roe", cue: "defended" },
  ]],
  ["a colon after a subject that names nobody introduces no quote", 'The message was clear: "We will win this fight."', [
    { kind: "assertion", text: 'The message was clear: "We will win this fight."' },
  ]],
  ["a reporting word right before an auxiliary is a noun, not the cue", "The plan puts agreements in place so unsuccessful claims can be returned quickly.", [
    { kind: "assertion", text: "The plan puts agreements in place so unsuccessful claims can be returned quickly", speaker: null, cue: null },
  ]],
  ["`in the words of X` before a quote attributes it to X", 'The court heard, in the words of the prosecutor, Mark Tedeschi, "Gloria spent months crying."', [
    { kind: "direct_quote", text: "Gloria spent months crying", speaker: "the prosecutor", cue: "in the words of" },
  ]],
  ["`according to X, quoting Y,`: the relayed source is part of the frame", "According to Yonhap, quoting the state agency KCNA, the army has been placed on high alert.", [
    { kind: "according_to", text: "the army has been placed on high alert", speaker: "Yonhap", cue: "According to" },
  ]],
  ["an infinitive inside the subject (`Figures to be published today`) is no verb of the clause", "Figures to be published today show a record 45,756 people crossed.", [
    { kind: "indirect", text: "a record 45,756 people crossed", speaker: "Figures to be published today", cue: "show" },
  ]],
  ["a reporting verb and a short phrase set off by a colon introduce the quote", 'Ann Roe wrote on her blog: "The plan will fail."', [
    { kind: "direct_quote", text: "The plan will fail", speaker: "Ann Roe", cue: "wrote" },
  ]],
  ["a phrase after the verb that runs into the quote is no frame", 'Kagan said the ruling stripped the power to respond to "the most pressing challenge of our time."', [
    { kind: "indirect", text: 'the ruling stripped the power to respond to "the most pressing challenge of our time."', speaker: "Kagan", cue: "said" },
  ]],
  ["a report that ends in a colon gives its own claim and the quote after it to the same speaker", 'Enver Solomon told Sky News the process was flawed: "Moves to reduce the backlog are welcome."', [
    { kind: "indirect", text: "the process was flawed", speaker: "Enver Solomon", cue: "told" },
    { kind: "direct_quote", text: "Moves to reduce the backlog are welcome", speaker: "Enver Solomon", cue: "told" },
  ]],
  ["a quoted name after `named` is no quote", 'The robot, named "Better Idea of Afghan Girls," scored two points.', [
    { kind: "assertion", text: 'The robot, named "Better Idea of Afghan Girls," scored two points', speaker: null },
  ]],
  ["a scare quote inside a colon frame does not cut the frame", 'During questions, Ann Roe defended the record while promising a "formal update" soon: "We are working on it."', [
    { kind: "direct_quote", text: "We are working on it", speaker: "Ann Roe", cue: "defended" },
  ]],
  ["a paragraph that ends in a person's name and title quotes that person (a pull quote)", "NASA chose four museums.\n\nThis was a very difficult decision. It was made with the public in mind. Charles Bolden, NASA Administrator", [
    { kind: "assertion", text: "NASA chose four museums" },
    { kind: "direct_quote", text: "This was a very difficult decision", speaker: null, canonical: "Charles Bolden", cue: null },
    { kind: "direct_quote", text: "It was made with the public in mind", speaker: null, canonical: "Charles Bolden", cue: null },
  ]],
  ["a name line that says something is no pull quote's signature", "The detective was given material. Mark Rathbun stated the case was weak.", [
    { kind: "assertion", text: "The detective was given material" },
    { kind: "indirect", text: "the case was weak", speaker: "Mark Rathbun", cue: "stated" },
  ]],
  ["a quote running on from its verb (no comma) is one sentence, with a claim for each of its own sentences", 'Director Ann Roe said "All were taken to hospital. None are left at the site."', [
    { kind: "direct_quote", text: "All were taken to hospital", speaker: "Director Ann Roe", cue: "said" },
    { kind: "direct_quote", text: "None are left at the site", speaker: "Director Ann Roe", cue: "said" },
  ]],
  ["a dash and a person's name after a quote sign it", 'Hackers attacked the site.\n\n"So far, it is the Internet: 1. But it is a long game." - Matthew Ingram', [
    { kind: "assertion", text: "Hackers attacked the site" },
    // A pull quote and its signature are one sentence, so each of the quote's sentences names the speaker.
    { kind: "direct_quote", text: "So far, it is the Internet: 1", speaker: "Matthew Ingram", canonical: "Matthew Ingram" },
    { kind: "direct_quote", text: "But it is a long game", speaker: "Matthew Ingram", cue: "-" },
  ]],
  ["a dash, a source and a date after a quote sign it, as in a list of sources", 'Sources\n\n"Document found on street not secret, say feds" — The Canadian Press, August 15, 2008\n\n"Report found on street" — CBC.ca, 15 August 2008', [
    { kind: "direct_quote", text: "Document found on street not secret, say feds", speaker: "The Canadian Press", cue: "—" },
    { kind: "direct_quote", text: "Report found on street", speaker: "CBC.ca", cue: "—" },
  ]],
  ["a dash, a source and no date sign nothing", 'Markets fell.\n\n"Prices rose sharply" — Acme Bank, last year', [
    { kind: "assertion", text: "Markets fell" },
    { kind: "assertion", text: '"Prices rose sharply" — Acme Bank, last year' },
  ]],
  ["a quote with no frame right after a report in the same paragraph goes on in the reporter's words", 'Kristin Wilkins said Warhol was a businessman. "He would make a blue Marilyn and a pink one."', [
    { kind: "indirect", text: "Warhol was a businessman", speaker: "Kristin Wilkins", cue: "said" },
    { kind: "direct_quote", text: "He would make a blue Marilyn and a pink one", speaker: null, canonical: "Kristin Wilkins", cue: null },
  ]],
  ["`As X told Y,` before a quote: the speaker after `as`, the named addressee out of the cue", 'As coauthor Colette Heald told The Huffington Post, "The climate projections are quite consistent."', [
    { kind: "direct_quote", text: "The climate projections are quite consistent", speaker: "coauthor Colette Heald", cue: "told" },
  ]],
  ["a stance after `be` reports the clause after it, not a phrase", "Secular groups are concerned the government will change the law. Officials are confident in the plan.", [
    { kind: "indirect", text: "the government will change the law", speaker: "Secular groups", cue: "are concerned" },
    { kind: "assertion", text: "Officials are confident in the plan", speaker: null },
  ]],
  ["a subject of up to twenty words", "The results of the national nutrition study of school children published in the medical journal of the country this week revealed that many children lack iodine.", [
    { kind: "indirect", text: "many children lack iodine", cue: "revealed" },
  ]],
  ["a named speaker with an apposition, `be` and an adjective before a colon introduce the quote", 'Gary Holt, an analyst at Peel Hunt, was blunt: "The numbers are weak."', [
    { kind: "direct_quote", text: "The numbers are weak", speaker: "Gary Holt", cue: "was blunt" },
  ]],
  ["`hoped for` an object reports nothing", "Some investors had hoped for a larger return.", [
    { kind: "assertion", text: "Some investors had hoped for a larger return", hedged: true },
  ]],
  ["an acronym plural after `told` is a generic audience and stays in the cue", "Angela Reyes told MPs the reforms would give renters security.", [
    { kind: "indirect", text: "the reforms would give renters security", speaker: "Angela Reyes", cue: "told MPs" },
  ]],
  ["a concession with a pronoun subject after a parenthetical frame is a claim of its own", "The pill cut migraine days, researchers reported Monday, though it did not work for everyone.", [
    { kind: "indirect", text: "The pill cut migraine days", speaker: "researchers", cue: "reported" },
    { kind: "assertion", text: "it did not work for everyone", negated: true },
  ]],
  ["a person named with the place they work resolves to the person", '"This is not a cure," said Dr. Rachel Kim of the University of Michigan.', [
    { kind: "direct_quote", text: "This is not a cure", canonical: "Rachel Kim" },
  ]],
  ["`the lender` after a bank's name resolves to the bank", "Harbor Bank's profit fell 18%, the lender said on Wednesday.", [
    { kind: "indirect", text: "Harbor Bank's profit fell 18%", speaker: "the lender", canonical: "Harbor Bank" },
  ]],
  ["`asked for` an object reports nothing", "Her attorney, Paul Jensen, had asked for probation.", [
    { kind: "assertion", text: "Her attorney, Paul Jensen, had asked for probation", speaker: null },
  ]],
  ["a role noun before a name (`Dunmore boss Kevin Shaw`) leaves the person", "Dunmore boss Kevin Shaw said the decision was wrong.", [
    { kind: "indirect", text: "the decision was wrong", canonical: "Kevin Shaw" },
  ]],
  ["`the club` stays a description when two organisations were named as subjects", "Fans cheered as Rovers beat Dunmore Town. Rovers scored late. Rovers fans sang. Dunmore Town had led. Over 6,000 fans came, the club said.", [
    { kind: "assertion", text: "Fans cheered as Rovers beat Dunmore Town" },
    { kind: "assertion", text: "Rovers scored late" },
    { kind: "assertion", text: "Rovers fans sang" },
    { kind: "assertion", text: "Dunmore Town had led" },
    { kind: "indirect", text: "Over 6,000 fans came", speaker: "the club", canonical: "the club" },
  ]],
  ["a noun phrase and a finite verb after `, and` or `, but` open a clause of their own", "Prices rose sharply, and wages fell. Quill has 30 million users, but paid subscriptions rose only 3%.", [
    { kind: "assertion", text: "Prices rose sharply" },
    { kind: "assertion", text: "wages fell" },
    { kind: "assertion", text: "Quill has 30 million users" },
    { kind: "assertion", text: "paid subscriptions rose only 3%" },
  ]],
  ["a leading verb after `, and` with no second verb shares the subject before it", "He bought bread, and paid cash. The firm cut jobs, and closed plants that made cars.", [
    { kind: "assertion", text: "He bought bread, and paid cash" },
    { kind: "assertion", text: "The firm cut jobs, and closed plants that made cars" },
  ]],
  ["coordinated clauses before a trailing frame share it", "Winds toppled trees and power lines, and at least three people were injured, police said.", [
    { kind: "indirect", text: "Winds toppled trees and power lines", speaker: "police" },
    { kind: "indirect", text: "at least three people were injured", speaker: "police" },
  ]],
  ["a generic audience and the medium after it stay in the cue", "Nadia Brandt told staff in a memo that the company had hired too quickly.", [
    { kind: "indirect", text: "the company had hired too quickly", speaker: "Nadia Brandt", cue: "told staff in a memo" },
  ]],
  ["a relative clause on an according-to source is the frame's", "Lumora will pay 16 weeks of salary, according to the memo, which was seen by Reuters.", [
    { kind: "according_to", text: "Lumora will pay 16 weeks of salary", speaker: "the memo" },
  ]],
  ["a reporting verb after `being` is a passive, no cue", "Some 54,300 people waited from arriving to being admitted, transferred or discharged in December.", [
    { kind: "assertion", text: "Some 54,300 people waited from arriving to being admitted, transferred or discharged in December", speaker: null },
  ]],
  ["a description capitalised in mid-sentence or opening with a place keeps its capital", "The firm pleaded guilty, Exeter crown court heard. Russia fired 300 drones, according to Ukraine's air force.", [
    { kind: "indirect", text: "The firm pleaded guilty", canonical: "Exeter crown court" },
    { kind: "according_to", text: "Russia fired 300 drones", canonical: "Ukraine's air force" },
  ]],
  ["`added` a number reports nothing; a reporting word before a past verb is a noun", "The Dow added 490 points, or 1.4%. The yield on the 10-year note dropped to 4.44%.", [
    { kind: "assertion", text: "The Dow added 490 points, or 1.4%" },
    { kind: "assertion", text: "The yield on the 10-year note dropped to 4.44%" },
  ]],
  ["a negation in a second verb phrase after `but` or `and` + auxiliary does not negate the claim", "The board supported the plan in principle but had not yet agreed to a lease. The team won the match and did not concede a goal.", [
    { kind: "assertion", text: "The board supported the plan in principle but had not yet agreed to a lease", negated: false },
    { kind: "assertion", text: "The team won the match and did not concede a goal", negated: false },
  ]],
  ["`almost no` is a small amount, not a negation", "Traders see almost no chance of another hike.", [
    { kind: "assertion", text: "Traders see almost no chance of another hike", negated: false },
  ]],
  ["`and there is` opens a clause of its own", 'Laura Hart said: "We believe this was an isolated incident and there is no wider risk to the public."', [
    { kind: "direct_quote", text: "We believe this was an isolated incident", hedged: true },
    { kind: "direct_quote", text: "there is no wider risk to the public", negated: true },
  ]],
  ["an apposition that ends the sentence names an inverted speaker", '"This one went perfectly," said Astra Lunar\'s chief executive, Tomas Berg.', [
    { kind: "direct_quote", text: "This one went perfectly", speaker: "Astra Lunar's chief executive", canonical: "Tomas Berg" },
  ]],
  ["`Police said`: an irregular plural opening the sentence is a description", "Police said the road was closed.", [
    { kind: "indirect", text: "the road was closed", speaker: "Police", canonical: "police" },
  ]],
  ["`the company` resolves to an organisation named at a sentence start and once inside a sentence", "Mapwise will stop selling data, the company said. A regulator found that Mapwise had shared data.", [
    { kind: "indirect", text: "Mapwise will stop selling data", speaker: "the company", canonical: "Mapwise" },
    { kind: "indirect", text: "Mapwise had shared data", speaker: "A regulator" },
  ]],
  ["a trailing frame is the main clause's when a report sits inside it; a manner adverb is no part of the speaker", "The school was locked down on Tuesday after a caller falsely reported that a gunman had entered the building, police said.", [
    { kind: "indirect", text: "The school was locked down on Tuesday", speaker: "police", cue: "said" },
    { kind: "indirect", text: "a gunman had entered the building", speaker: "a caller", cue: "reported" },
  ]],
  ["`the airline` passes over a name the text calls a union", "Pilots at Eurowings walked out. Eurowings cancelled 400 flights, the airline said. The Vereinigung Cockpit union called the strike. Passengers can rebook for free, the airline said.", [
    { kind: "assertion", text: "Pilots at Eurowings walked out" },
    { kind: "indirect", text: "Eurowings cancelled 400 flights", canonical: "Eurowings" },
    { kind: "assertion", text: "The Vereinigung Cockpit union called the strike" },
    { kind: "indirect", text: "Passengers can rebook for free", canonical: "Eurowings" },
  ]],
  ["`appeared to` hedges", "Ruiz said the call appeared to be part of a wave of hoaxes.", [
    { kind: "indirect", text: "the call appeared to be part of a wave of hoaxes", hedged: true },
  ]],
  ["a phrase after a preposition is no reported clause; `that` after a question word is a pronoun", "Not all researchers agree on how quickly that could happen.", [
    { kind: "assertion", text: "Not all researchers agree on how quickly that could happen", speaker: null },
  ]],
  ["`said in a regulatory filing` keeps the medium in the cue", "Tata Motors sold 8,100 cars in April, the company said in a regulatory filing on Wednesday.", [
    { kind: "indirect", text: "Tata Motors sold 8,100 cars in April", cue: "said in a regulatory filing" },
  ]],
  ["a comparison between commas (`less than analysts had expected`) is no frame; `, saying` reports for the main subject", "The central bank cut its rate by 75 basis points, less than many analysts had expected, saying inflation was falling.", [
    { kind: "assertion", text: "The central bank cut its rate by 75 basis points, less than many analysts had expected", hedged: true },
    { kind: "indirect", text: "inflation was falling", speaker: "The central bank", cue: "saying" },
  ]],
  ["a short quote that ends the reported clause after `said only that` is a direct quote, the adverb in the cue", 'A spokeswoman said only that "contacts are continuing".', [
    { kind: "direct_quote", text: "contacts are continuing", speaker: "A spokeswoman", cue: "said only" },
  ]],
  ["`who wrote the bill`: a written object, no report", 'Sen. Maria Delgado, D-N.M., who wrote the bill, called the vote "a big step."', [
    { kind: "assertion", text: 'Sen. Maria Delgado, D-N.M., who wrote the bill, called the vote "a big step."', speaker: null },
  ]],
  ["`potential buyers` names who might buy; the claim is not hedged", "The company held early talks with at least two potential buyers.", [
    { kind: "assertion", text: "The company held early talks with at least two potential buyers", hedged: false },
  ]],
  ["an acronym opening a speaker is no `who`; the description before an apposition is the speaker", '"We are seeing outbreaks," WHO\'s cholera lead, Dr. Philippe Barboza, told a news conference.', [
    { kind: "direct_quote", text: "We are seeing outbreaks", speaker: "WHO's cholera lead", canonical: "Philippe Barboza" },
  ]],
  ["a scare quote after an attributed quote continues nothing", 'Cases doubled.\n\n"We are seeing outbreaks," Philippe Barboza said. He said stocks were "extremely low" and that the agency had switched campaigns.', [
    { kind: "assertion", text: "Cases doubled" },
    { kind: "direct_quote", text: "We are seeing outbreaks" },
    { kind: "indirect", text: 'stocks were "extremely low"', speaker: "He" },
    { kind: "indirect", text: "the agency had switched campaigns", speaker: "He" },
  ]],
  ["an apposition with a possessive owner names an organisation", "The vaccine's only manufacturer, South Korea's EuBiologics, has said it plans to double production.", [
    { kind: "indirect", text: "it plans to double production", speaker: "The vaccine's only manufacturer", canonical: "EuBiologics" },
  ]],
  ["a clause of a bare plural subject after a trailing frame's `as` is a claim of its own", "Cholera cases have doubled, the agency said on Friday, as floods and conflict damage water systems.", [
    { kind: "indirect", text: "Cholera cases have doubled", speaker: "the agency" },
    { kind: "assertion", text: "floods and conflict damage water systems" },
  ]],
  ["a name and its apposition before a verb are its subject, not what a speaker said", "Graham Pelling, 58, admitted 11 counts of fraud. Maria Lopez, a nurse, denied the charges. The plan failed, admitted the company.", [
    { kind: "assertion", text: "Graham Pelling, 58, admitted 11 counts of fraud", speaker: null },
    { kind: "assertion", text: "Maria Lopez, a nurse, denied the charges", speaker: null },
    { kind: "indirect", text: "The plan failed", speaker: "the company", cue: "admitted" },
  ]],
  ["a closing `told` frame takes its addressee, which stays out of the cue", "Prices rose sharply in May, she told the BBC. Funds ran short, he told the court.", [
    { kind: "indirect", text: "Prices rose sharply in May", speaker: "she", cue: "told" },
    { kind: "indirect", text: "Funds ran short", speaker: "he", cue: "told" },
  ]],
  ["a frame closing the sentence attributes the report before it", "Investigators found that 400 shifts had not been worked, he told the court. Economists said the cut was likely in September, not June as markets had expected.", [
    { kind: "indirect", text: "Investigators found that 400 shifts had not been worked", speaker: "he", cue: "told" },
    { kind: "indirect", text: "the cut was likely in September, not June as markets had expected", speaker: "Economists", cue: "said" },
  ]],
  ["a name in -ing is no participial opener", "Pelling's barrister, Sarah Lund, said her client was ashamed. Fielding, a former minister, said the plan had failed.", [
    { kind: "indirect", text: "her client was ashamed", speaker: "Pelling's barrister", canonical: "Sarah Lund" },
    { kind: "indirect", text: "the plan had failed", speaker: "Fielding" },
  ]],
  ["a pronoun after `X said Y had ...` is the speaker X, not the person named in what X said", "Prosecutor Daniel Okafor said Graham Pelling had invoiced the council. Fewer than half the shifts were worked, he told the court.", [
    { kind: "indirect", text: "Graham Pelling had invoiced the council", canonical: "Daniel Okafor" },
    { kind: "indirect", text: "Fewer than half the shifts were worked", speaker: "he", canonical: "Daniel Okafor" },
  ]],
  ["an acronym stands for the organisation whose initials it is, and so does `the agency` after it", "The Federal Aviation Administration ordered checks. The FAA said the checks were urgent. The agency said they would cost $4 million.", [
    { kind: "assertion", text: "The Federal Aviation Administration ordered checks" },
    { kind: "indirect", text: "the checks were urgent", speaker: "The FAA", canonical: "the Federal Aviation Administration" },
    { kind: "indirect", text: "they would cost $4 million", speaker: "The agency", canonical: "the Federal Aviation Administration" },
  ]],
  ["a participle `accusing X of` names a charge, no report", "Massachusetts sued the company on Monday, accusing it of cheating thousands of drivers.", [
    { kind: "assertion", text: "Massachusetts sued the company on Monday, accusing it of cheating thousands of drivers" },
  ]],
  ["after `said X and that`, a report inside the second clause is still what the speaker said", "He said most drivers liked the work and that a recent survey found most wanted to stay.", [
    { kind: "indirect", text: "most drivers liked the work", speaker: "He", cue: "said" },
    { kind: "indirect", text: "a recent survey found most wanted to stay", speaker: "He", cue: "said" },
  ]],
  ["`it` after a person spoke is the organisation that opened a sentence, not the person", "The Reserve Bank of India kept rates on hold. Governor Rajiv Menon said the vote was close. The bank also cut reserves. It said the move would free cash.", [
    { kind: "assertion", text: "The Reserve Bank of India kept rates on hold" },
    { kind: "indirect", text: "the vote was close", canonical: "Rajiv Menon" },
    { kind: "assertion", text: "The bank also cut reserves" },
    { kind: "indirect", text: "the move would free cash", speaker: "It", canonical: "the Reserve Bank of India" },
  ]],
  ["a plural possessive before a company noun and a name describes the name (`Farmers' group Coldiretti`)", "Farmers' group Coldiretti said 5,000 farms had been flooded.", [
    { kind: "indirect", text: "5,000 farms had been flooded", speaker: "Farmers' group Coldiretti", canonical: "Coldiretti" },
  ]],
  ["a bare verb form after `a` and an adjective is a noun (`a former state treasurer`)", 'Moss, a former state treasurer, thanked election workers for what she called "a fair process."', [
    { kind: "assertion", text: 'Moss, a former state treasurer, thanked election workers for what she called "a fair process."', speaker: null },
  ]],
  ["a passive `is accused of` marks an allegation", "Rachel Dunn, 34, is accused of taking at least 120 vials.", [
    { kind: "assertion", text: "Rachel Dunn, 34, is accused of taking at least 120 vials", hedged: true },
  ]],
  ["`and reported the thefts to police` after a report is a second act, not a second report", "The hospital said it had fired Dunn in March and reported the thefts to police.", [
    { kind: "indirect", text: "it had fired Dunn in March and reported the thefts to police", speaker: "The hospital", cue: "said" },
  ]],
  ["`conceded the race after a recount confirmed ...`: a plain object, then a report in the subordinate clause, its subject's apposition included", "Democrat Laura Whitfield conceded the race on Thursday after a recount confirmed her opponent, Karen Moss, had won.", [
    { kind: "assertion", text: "Democrat Laura Whitfield conceded the race on Thursday" },
    { kind: "indirect", text: "her opponent, Karen Moss, had won", speaker: "a recount", cue: "confirmed" },
  ]],
  ["`, while` and a named subject with its verb is a clause of its own", "Brenner will lead the new company, while Meridionales CEO Sophie Arnaud will become chair.", [
    { kind: "assertion", text: "Brenner will lead the new company" },
    { kind: "assertion", text: "Meridionales CEO Sophie Arnaud will become chair" },
  ]],
  ["a generic audience after `told` in a closing frame stays in the cue", '"The voters have spoken," Whitfield told supporters in Las Vegas.', [
    { kind: "direct_quote", text: "The voters have spoken", speaker: "Whitfield", cue: "told supporters" },
  ]],
  ["a channel after the verb is the cue's (`said on Telegram`)", "Governor Alexei Markov said on Telegram that no one was hurt.", [
    { kind: "indirect", text: "no one was hurt", speaker: "Governor Alexei Markov", cue: "said on Telegram", negated: true },
  ]],
  ["a plural noun before `, and` reports nothing: what follows the coordinator is a clause of its own", "Veltrix forecast revenue above Wall Street estimates on Wednesday, and its shares jumped 9%.", [
    { kind: "assertion", text: "Veltrix forecast revenue above Wall Street estimates on Wednesday" },
    { kind: "assertion", text: "its shares jumped 9%" },
  ]],
  ["`, but only if ...` is a condition, not a second clause", "She said there was still time to limit warming, but only if countries cut emissions faster.", [
    { kind: "indirect", text: "there was still time to limit warming, but only if countries cut emissions faster", speaker: "She" },
  ]],
  ["a new title description resolves to the person the next sentences introduce bare, as their subject", "The government will scrap the cap, the work and pensions secretary has confirmed. Speaking to the BBC, Helen Ashworth said the policy had been wrong.", [
    { kind: "indirect", text: "The government will scrap the cap", speaker: "the work and pensions secretary", canonical: "Helen Ashworth" },
    { kind: "indirect", text: "the policy had been wrong", canonical: "Helen Ashworth" },
  ]],
  ["a title description is no person introduced with an apposition of their own", "The plan was approved, the minister said. John Smith, an opposition MP, said it would fail.", [
    { kind: "indirect", text: "The plan was approved", speaker: "the minister", canonical: "the minister" },
    { kind: "indirect", text: "it would fail", canonical: "John Smith" },
  ]],
  ["`claimed` with a plain object reports nothing; with a clause (an irregular past too) it does", "A group calling itself Black Lantern claimed responsibility on its website. The sheriff's office claimed Montalvo allegedly left with the drives.", [
    { kind: "assertion", text: "A group calling itself Black Lantern claimed responsibility on its website" },
    { kind: "indirect", text: "Montalvo allegedly left with the drives", cue: "claimed", hedged: true },
  ]],
  ["an irregular past after a determiner is a noun, and one after `who` the object's own", "Prices jumped after OPEC+ announced a surprise cut to its output. Officials confirmed the death of a man who fell.", [
    { kind: "assertion", text: "Prices jumped after OPEC+ announced a surprise cut to its output" },
    { kind: "assertion", text: "Officials confirmed the death of a man who fell" },
  ]],
  ["`the agency` with no acronym before it is the public body last named", "The adviser was fined by the Securities and Exchange Commission. The agency said it was reviewing the decision.", [
    { kind: "assertion", text: "The adviser was fined by the Securities and Exchange Commission" },
    { kind: "indirect", text: "it was reviewing the decision", speaker: "The agency", canonical: "the Securities and Exchange Commission" },
  ]],
  ["`and` before a name joins two clauses when a finite verb stands on each side, but not inside a name", "Japan's Nikkei fell 0.8% and Hong Kong's Hang Seng index lost 1.2%. With 98% counted, the Action and Solidarity Party had 41%.", [
    { kind: "assertion", text: "Japan's Nikkei fell 0.8%" },
    { kind: "assertion", text: "Hong Kong's Hang Seng index lost 1.2%" },
    { kind: "assertion", text: "With 98% counted, the Action and Solidarity Party had 41%" },
  ]],
  ["an office the name finder keeps (`First Minister`) is a description, or its holder where one is named", "Scotland's First Minister said the city had changed. The Home Secretary said the plan would work. Home Secretary Yvette Cooper spoke.", [
    { kind: "indirect", text: "the city had changed", speaker: "Scotland's First Minister", canonical: "Scotland's First Minister" },
    { kind: "indirect", text: "the plan would work", speaker: "The Home Secretary", canonical: "Yvette Cooper" },
    { kind: "assertion", text: "Home Secretary Yvette Cooper spoke" },
  ]],
  ["a hedge in a frame after the content hedges the claim", "A majority of workers would back a four-day week, a new poll suggests.", [
    { kind: "indirect", text: "A majority of workers would back a four-day week", speaker: "a new poll", cue: "suggests", hedged: true },
  ]],
  ["a speaker ends at its apposition's comma, not at a comma inside a number", "The survey of 2,043 adults, carried out by YouGov, found that 58% supported the idea.", [
    { kind: "indirect", text: "58% supported the idea", speaker: "The survey of 2,043 adults", cue: "found" },
  ]],
  ["`said X and urged Y to ...`: the second verb is an act of the speaker's, no second report", "Great Western Railway said some services would be cancelled and urged passengers to check before travelling.", [
    { kind: "indirect", text: "some services would be cancelled", speaker: "Great Western Railway", cue: "said" },
    { kind: "assertion", text: "urged passengers to check before travelling", speaker: null },
  ]],
  ["a bare verb form before a title is its modifier (`BJP state president`)", '"The government has no money," BJP state president B.Y. Vijayendra said.', [
    { kind: "direct_quote", text: "The government has no money", speaker: "BJP state president B.Y. Vijayendra", canonical: "B.Y. Vijayendra", cue: "said" },
  ]],
  ["an event after a closing frame is its time, not what was said", "The scheme will cost about Rs 400 crore a year, he told reporters after a cabinet meeting.", [
    { kind: "indirect", text: "The scheme will cost about Rs 400 crore a year", speaker: "he", cue: "told reporters" },
  ]],
  ["a body's head word alone (`the Commission`) is the body named before", "The European Commission fined the firm. The Commission said the firm had favoured its own exchange.", [
    { kind: "assertion", text: "The European Commission fined the firm" },
    { kind: "indirect", text: "the firm had favoured its own exchange", speaker: "The Commission", canonical: "the European Commission" },
  ]],
  ["`welcomed X but said Y` keeps its subject's relative clause in the act and out of the speaker", "The European Publishers Council, which brought the complaint, welcomed the fine but said it came too late.", [
    { kind: "assertion", text: "The European Publishers Council, which brought the complaint, welcomed the fine" },
    { kind: "indirect", text: "it came too late", speaker: "The European Publishers Council", cue: "said" },
  ]],
  ["a number word before a capitalised word opens a name, not a description (`Nine Entertainment`)", "Nine Entertainment said the ruling was a great day. Three people said the plan failed.", [
    { kind: "indirect", text: "the ruling was a great day", speaker: "Nine Entertainment", canonical: "Nine Entertainment" },
    { kind: "indirect", text: "the plan failed", speaker: "Three people", canonical: "three people" },
  ]],
  ["a place phrase between a cue and `that` belongs to the frame", "His lawyer, Arthur Moses, told reporters outside the court that his client was disappointed.", [
    { kind: "indirect", text: "his client was disappointed", speaker: "His lawyer", canonical: "Arthur Moses", cue: "told reporters" },
  ]],
  ["an epithet with a demonym stands for the company last named as a subject", "Volkswagen AG cut its forecast. The German carmaker said sales fell.", [
    { kind: "assertion", text: "Volkswagen AG cut its forecast" },
    { kind: "indirect", text: "sales fell", canonical: "Volkswagen AG" },
  ]],
  ["so does an epithet with a capitalised word no name of the text holds", "Canada Post made an offer. The Crown corporation said mail would be held.", [
    { kind: "assertion", text: "Canada Post made an offer" },
    { kind: "indirect", text: "mail would be held", canonical: "Canada Post" },
  ]],
  ["`, with X finding Y` after a main clause: the clause, and X's report (a that-verb reports a clause without `that`)", "The soldier lost his case, with a judge finding the reports that he committed crimes were true.", [
    { kind: "assertion", text: "The soldier lost his case" },
    { kind: "indirect", text: "the reports that he committed crimes were true", speaker: "a judge", cue: "finding" },
  ]],
  ["a description that opens with an organisation's name is its fullest form for a later `the ministry`", "The Health Ministry in Gaza said the wounded were taken to hospital. More than 40,000 people have been killed, according to the ministry.", [
    { kind: "indirect", text: "the wounded were taken to hospital", canonical: "the Health Ministry in Gaza" },
    { kind: "according_to", text: "More than 40,000 people have been killed", speaker: "the ministry", canonical: "the Health Ministry in Gaza" },
  ]],
  ["a quote after a report inside a report is a partial quote of the indirect claim", 'Health Secretary Wes Streeting said the figures showed "early signs of progress" but warned that there was "a long way to go".', [
    { kind: "indirect", text: 'the figures showed "early signs of progress"', speaker: "Health Secretary Wes Streeting", cue: "said" },
    { kind: "indirect", text: 'there was "a long way to go"', speaker: "Health Secretary Wes Streeting", cue: "warned" },
  ]],
  ["`said X but that Y` is two claims of the speaker", "The King's Fund said the fall was welcome but that staff shortages remained the biggest obstacle.", [
    { kind: "indirect", text: "the fall was welcome", speaker: "The King's Fund", cue: "said" },
    { kind: "indirect", text: "staff shortages remained the biggest obstacle", speaker: "The King's Fund", cue: "said" },
  ]],
  ["`No. 2` is a number sign, not a negation", "Alvarez will rise to No. 2 in the world rankings on Monday.", [
    { kind: "assertion", text: "Alvarez will rise to No. 2 in the world rankings on Monday", negated: false },
  ]],
  ["a company's description takes the name in its apposition, kept or not by the name finder", "Agents raided a poultry plant. The company, Delta Poultry, said it was cooperating.", [
    { kind: "assertion", text: "Agents raided a poultry plant" },
    { kind: "indirect", text: "it was cooperating", speaker: "The company", canonical: "Delta Poultry" },
  ]],
  ["a description's apposition may open with a title of several words", "The national cyber security coordinator, Air Marshal Darren Goldie, said the incident could take days to resolve.", [
    { kind: "indirect", text: "the incident could take days to resolve", speaker: "The national cyber security coordinator", canonical: "Darren Goldie", hedged: true },
  ]],
  ["a role noun before a name is no part of the canonical name", "Union official Paul Keating told Reuters the workers would still be paid.", [
    { kind: "indirect", text: "the workers would still be paid", speaker: "Union official Paul Keating", canonical: "Paul Keating", cue: "told" },
  ]],
  ["a negation in a relative clause without `that` leaves the main predicate alone", "Alan Lamb said the council was spending money it simply does not have.", [
    { kind: "indirect", text: "the council was spending money it simply does not have", negated: false },
  ]],
  ["local radio is a generic audience and stays in the cue", "Most of the dead were in the village of Chivay, regional governor Rohel Sanchez told local radio.", [
    { kind: "indirect", text: "Most of the dead were in the village of Chivay", canonical: "Rohel Sanchez", cue: "told local radio" },
  ]],
  ["a ministry's portfolio list is one name, and `the trade ministry` before it is that ministry", "Japan will curb exports, the trade ministry said. The Ministry of Economy, Trade and Industry said the rules were aimed at military use.", [
    { kind: "indirect", text: "Japan will curb exports", speaker: "the trade ministry", canonical: "the Ministry of Economy, Trade and Industry" },
    { kind: "indirect", text: "the rules were aimed at military use", speaker: "The Ministry of Economy, Trade and Industry", canonical: "the Ministry of Economy, Trade and Industry" },
  ]],
  ["after a person's description, an apposition the name finder could not type is the person", "A ministry spokesperson, He Yadong, told a regular briefing in Beijing that Japan was wrong.", [
    { kind: "indirect", text: "Japan was wrong", speaker: "A ministry spokesperson", canonical: "He Yadong", cue: "told a regular briefing" },
  ]],
  ["`the researchers` takes the fullest description of the group, from a sentence that opened with it", "Researchers at Boston Children's Hospital analysed 3.8 million visits. The researchers said younger children might be at higher risk.", [
    { kind: "assertion", text: "Researchers at Boston Children's Hospital analysed 3.8 million visits" },
    { kind: "indirect", text: "younger children might be at higher risk", speaker: "The researchers", canonical: "researchers at Boston Children's Hospital" },
  ]],
  ["a reporting verb before a prepositional phrase reports nothing", "The developer, who was not charged, testified under an agreement with prosecutors.", [
    { kind: "assertion", text: "The developer, who was not charged, testified under an agreement with prosecutors" },
  ]],
  ["a bare form after a demonym is a noun's modifier, and `the company` is the name the noun introduced", "Saudi state oil company Aramco said the fire had been put out. No one was hurt, the company said.", [
    { kind: "indirect", text: "the fire had been put out", speaker: "Saudi state oil company Aramco", canonical: "Aramco", cue: "said" },
    { kind: "indirect", text: "No one was hurt", speaker: "the company", canonical: "Aramco", negated: true },
  ]],
  ["a form in -ed after a determiner is an adjective, so a noun object stays an object", "Yemen's Houthi movement claimed responsibility for the attack in a televised statement.", [
    { kind: "assertion", text: "Yemen's Houthi movement claimed responsibility for the attack in a televised statement" },
  ]],
  ["an opening adverbial is no subject of a coordinated report; a body's noun with `the` is", "In a statement, the club thanked Rowe for his work and said a search for his successor had begun.", [
    { kind: "assertion", text: "In a statement, the club thanked Rowe for his work" },
    { kind: "indirect", text: "a search for his successor had begun", speaker: "the club", cue: "said" },
  ]],
  ["with nothing named before it, `it` is the body opening its own sentence", "The Karnataka government announced a rise in the milk price, a move it said would benefit 27 lakh producers.", [
    { kind: "assertion", text: "The Karnataka government announced a rise in the milk price" },
    { kind: "indirect", text: "would benefit 27 lakh producers", speaker: "it", canonical: "the Karnataka government" },
  ]],
  ["officials of a body are a description of them, not the body", "Officials of the Karnataka Milk Federation said consumer prices would not change.", [
    { kind: "indirect", text: "consumer prices would not change", speaker: "Officials of the Karnataka Milk Federation", canonical: "officials of the Karnataka Milk Federation" },
  ]],
  ["a veto message is the channel of a cue", "The governor said in a veto message that the measure went too far.", [
    { kind: "indirect", text: "the measure went too far", cue: "said in a veto message" },
  ]],
  ["`expect` with a plain object is the article's claim, hedged", "Analysts had expected weight loss of about 12%.", [
    { kind: "assertion", text: "Analysts had expected weight loss of about 12%", hedged: true },
  ]],
  ["`, citing X,` between a subject and its reporting verb leaves the subject the speaker", "Egypt's state-run Al-Qahera News TV, citing a senior Egyptian official, reported that both delegations had agreed.", [
    { kind: "indirect", text: "both delegations had agreed", speaker: "Egypt's state-run Al-Qahera News TV", canonical: "Al-Qahera News TV", cue: "reported" },
  ]],
  ["after `X said,` a subordinator and any noun with its verb make a clause of their own", "Talks resumed on Sunday, officials said, as fighting continued in the south.", [
    { kind: "indirect", text: "Talks resumed on Sunday", speaker: "officials" },
    { kind: "assertion", text: "fighting continued in the south" },
  ]],
  ["`hold on to hope` hedges nothing", "\"We're holding on to hope,\" she said.", [
    { kind: "direct_quote", text: "We're holding on to hope", hedged: false },
  ]],
  ["an epithet of a company is no subject of its own sentence when several were named", "Samsung Electronics unveiled a cheaper phone. The Galaxy Z Flip FE will sell for $799, the South Korean company said.", [
    { kind: "assertion", text: "Samsung Electronics unveiled a cheaper phone" },
    { kind: "indirect", text: "The Galaxy Z Flip FE will sell for $799", speaker: "the South Korean company", canonical: "Samsung Electronics" },
  ]],
  ["a body's noun after its name belongs to its fullest form", "Drivers will strike, the Aslef union announced. Aslef said its members had waited.", [
    { kind: "indirect", text: "Drivers will strike", canonical: "the Aslef union" },
    { kind: "indirect", text: "its members had waited", speaker: "Aslef", canonical: "the Aslef union" },
  ]],
  ["`the regulator` is the public body named, not a company", "The Financial Conduct Authority has fined Halden Bank £42 million, the regulator said.", [
    { kind: "indirect", text: "The Financial Conduct Authority has fined Halden Bank £42 million", speaker: "the regulator", canonical: "the Financial Conduct Authority" },
  ]],
  ["`no` in a prepositional phrase negates no predicate", "Mick Whelan said drivers had been \"left with no choice\".", [
    { kind: "indirect", text: "drivers had been \"left with no choice\"", negated: false },
  ]],
  ["an object of several words before `to` still makes `urged` an assertion", "Dr. Eileen de Villa urged people with asthma and heart conditions to stay indoors.", [
    { kind: "assertion", text: "Dr. Eileen de Villa urged people with asthma and heart conditions to stay indoors" },
  ]],
  ["an acronym opening a sentence is the name it abbreviates", "The lander touched down, the Indian Space Research Organisation said. ISRO said the rover would work for two weeks.", [
    { kind: "indirect", text: "The lander touched down", canonical: "the Indian Space Research Organisation" },
    { kind: "indirect", text: "the rover would work for two weeks", speaker: "ISRO", canonical: "the Indian Space Research Organisation" },
  ]],
  ["`the president-elect` holds the president's title, and a vice president holds another", "Former president John Mahama won the vote. Vice President Mahamudu Bawumia conceded. \"This is not a time for celebration,\" the president-elect said.", [
    { kind: "assertion", text: "Former president John Mahama won the vote" },
    { kind: "assertion", text: "Vice President Mahamudu Bawumia conceded" },
    { kind: "direct_quote", text: "This is not a time for celebration", speaker: "the president-elect", canonical: "John Mahama" },
  ]],
  ["a person described first and named later in an apposition to the same description", "The files were found in March, a spokeswoman for the trust said. \"We are very sorry,\" said the spokeswoman, Claire Hutton.", [
    { kind: "indirect", text: "The files were found in March", speaker: "a spokeswoman for the trust", canonical: "Claire Hutton" },
    { kind: "direct_quote", text: "We are very sorry", speaker: "the spokeswoman", canonical: "Claire Hutton" },
  ]],
  ["a past reporting form is no noun before an -ed word", "The company said affected workers would receive severance pay.", [
    { kind: "indirect", text: "affected workers would receive severance pay", speaker: "The company", cue: "said" },
  ]],
  ["`the agency` may be a body whose head word leads its name", "The Texas Department of State Health Services counted 90 cases. The Centers for Disease Control and Prevention sent a team. The agency said it was the largest outbreak in years.", [
    { kind: "assertion", text: "The Texas Department of State Health Services counted 90 cases" },
    { kind: "assertion", text: "The Centers for Disease Control and Prevention sent a team" },
    { kind: "indirect", text: "it was the largest outbreak in years", speaker: "The agency", canonical: "the Centers for Disease Control and Prevention" },
  ]],
  ["`as soon as possible` hedges nothing", "She said anyone who was not vaccinated should get the shot as soon as possible.", [
    { kind: "indirect", text: "anyone who was not vaccinated should get the shot as soon as possible", hedged: false },
  ]],
  ["two people speaking together keep both names, without titles", "Mr Justice Chamberlain and Lord Justice Green said the minister had acted beyond her powers.", [
    { kind: "indirect", text: "the minister had acted beyond her powers", speaker: "Mr Justice Chamberlain and Lord Justice Green", canonical: "Chamberlain and Green" },
  ]],
  ["a new title after a sentence opened by a bare name describes that person", "Rachel Reeves has warned that taxes will rise. Speaking in Birmingham, the chancellor said the government would act. She added that VAT would not change.", [
    { kind: "indirect", text: "taxes will rise", speaker: "Rachel Reeves", canonical: "Rachel Reeves", cue: "has warned" },
    { kind: "indirect", text: "the government would act", speaker: "the chancellor", canonical: "Rachel Reeves" },
    { kind: "indirect", text: "VAT would not change", speaker: "She", canonical: "Rachel Reeves" },
  ]],
  ["a shadow, deputy or former holder holds another office", "Budget talks resumed on Monday. The shadow chancellor, Mel Stride, said the plan had failed. The chancellor said the plan was working.", [
    { kind: "assertion", text: "Budget talks resumed on Monday" },
    { kind: "indirect", text: "the plan had failed", speaker: "The shadow chancellor", canonical: "Mel Stride" },
    { kind: "indirect", text: "the plan was working", speaker: "The chancellor", canonical: "the chancellor" },
  ]],
  ["an addressee in lower case stays out of the cue when a clause follows it", "His lawyer, Tom Sullivan, told the court his client would defend the charges. Ms Roe told the story of her escape.", [
    { kind: "indirect", text: "his client would defend the charges", speaker: "His lawyer", canonical: "Tom Sullivan", cue: "told" },
    { kind: "assertion", text: "Ms Roe told the story of her escape" },
  ]],
  ["`but` before a subject and its verb joins two clauses, before a verb alone one", "Police said none of the staff were injured but several had been offered counselling. One guard was hurt but recovered quickly.", [
    { kind: "indirect", text: "none of the staff were injured", speaker: "Police", negated: true },
    { kind: "indirect", text: "several had been offered counselling", speaker: "Police", negated: false },
    { kind: "assertion", text: "One guard was hurt but recovered quickly" },
  ]],
  ["`, as X said Y` is a report of its own; `, as X said` attributes what comes before", "The minister warned that the budget would be tight, as economists said a gap of £30bn had opened. The economy is weak, as economists said last week.", [
    { kind: "indirect", text: "the budget would be tight", speaker: "The minister", cue: "warned" },
    { kind: "indirect", text: "a gap of £30bn had opened", speaker: "economists", cue: "said" },
    { kind: "indirect", text: "The economy is weak", speaker: "economists", cue: "said" },
  ]],
  ["the narrator's `he` looks back at people the narrator named, not at a name inside the quote", "City manager Pep Guardiola said his side had been outstanding. \"Erling is a special player,\" he told BBC Sport.", [
    { kind: "indirect", text: "his side had been outstanding", canonical: "Pep Guardiola" },
    { kind: "direct_quote", text: "Erling is a special player", speaker: "he", canonical: "Pep Guardiola" },
  ]],
  ["a nationality or an age stands for the person last named, as `he` does; `the French` is a people", "Fulham boss Marco Silva said his team deserved to lose. \"It was very difficult,\" said the Portuguese. The French said the deal was dead.", [
    { kind: "indirect", text: "his team deserved to lose", canonical: "Marco Silva" },
    { kind: "direct_quote", text: "It was very difficult", speaker: "the Portuguese", canonical: "Marco Silva" },
    { kind: "indirect", text: "the deal was dead", speaker: "The French", canonical: "the French" },
  ]],
  ["a fronted phrase, then a pronoun and its verb, opens a clause after `, and`", "\"We gave them the first goal, and after that it was very difficult,\" said Ann Roe.", [
    { kind: "direct_quote", text: "We gave them the first goal", speaker: "Ann Roe" },
    { kind: "direct_quote", text: "after that it was very difficult", speaker: "Ann Roe" },
  ]],
  ["a linking verb after a noun and its phrase opens a clause after `, but`", "Growth slowed in the quarter, but demand for our vehicles remains strong. The group marched to the square, and called for the release of prisoners.", [
    { kind: "assertion", text: "Growth slowed in the quarter" },
    { kind: "assertion", text: "demand for our vehicles remains strong" },
    { kind: "assertion", text: "The group marched to the square, and called for the release of prisoners" },
  ]],
  ["a comma between digits separates nothing, and a form in -ed after a preposition is no verb", "Tata Motors on Friday reported an 11 per cent decline in consolidated net profit to Rs 3,343 crore, hit by lower sales.", [
    { kind: "assertion", text: "Tata Motors on Friday reported an 11 per cent decline in consolidated net profit to Rs 3,343 crore, hit by lower sales" },
  ]],
  ["a product's maker is the company among the subjects named before, not a public body", "The European Commission fined Apple on Tuesday. Apple said it would appeal. The iPhone maker said in a statement that the decision was unfair.", [
    { kind: "assertion", text: "The European Commission fined Apple on Tuesday" },
    { kind: "indirect", text: "it would appeal", canonical: "Apple" },
    { kind: "indirect", text: "the decision was unfair", speaker: "The iPhone maker", canonical: "Apple" },
  ]],
  ["a present form of a that-only verb closes no frame after a plain noun phrase", "The Commission fined Apple on Tuesday, the first penalty under the bloc's new digital rules.", [
    { kind: "assertion", text: "The Commission fined Apple on Tuesday, the first penalty under the bloc's new digital rules" },
  ]],
  ["`it` after a military spoke is the military", "The civil defence agency said 15 people died. The Israeli military said it had struck militants. It said it had taken steps to protect civilians.", [
    { kind: "indirect", text: "15 people died" },
    { kind: "indirect", text: "it had struck militants", canonical: "the Israeli military" },
    { kind: "indirect", text: "it had taken steps to protect civilians", speaker: "It", canonical: "the Israeli military" },
  ]],
  ["`CEO` is a title, and a body's acronym in brackets is no part of its name", "Air Canada president and CEO Michael Rousseau said the deal was fair. The Air Line Pilots Association (ALPA) said members backed it. ALPA said it was pleased.", [
    { kind: "indirect", text: "the deal was fair", canonical: "Michael Rousseau" },
    { kind: "indirect", text: "members backed it", speaker: "The Air Line Pilots Association (ALPA)", canonical: "the Air Line Pilots Association" },
    { kind: "indirect", text: "it was pleased", speaker: "ALPA", canonical: "the Air Line Pilots Association" },
  ]],
  ["`that's` after `, and` is a subject and its verb", "\"We are seeing lower vaccination rates, and that's concerning,\" he said.", [
    { kind: "direct_quote", text: "We are seeing lower vaccination rates" },
    { kind: "direct_quote", text: "that's concerning" },
  ]],
  ["a noun in -ing before `, also known as` is a subject, not a participle", "Whooping cough, also known as pertussis, spreads through coughing.", [
    { kind: "assertion", text: "Whooping cough, also known as pertussis, spreads through coughing" },
  ]],
  ["a family name written first is the full name's alone (`Xi`), and so is a surname with its particle", "Chinese President Xi Jinping met Ursula von der Leyen on Friday. Xi said the two countries should cooperate. Von der Leyen said tariffs were a tax.", [
    { kind: "assertion", text: "Chinese President Xi Jinping met Ursula von der Leyen on Friday" },
    { kind: "indirect", text: "the two countries should cooperate", speaker: "Xi", canonical: "Xi Jinping" },
    { kind: "indirect", text: "tariffs were a tax", speaker: "Von der Leyen", canonical: "Ursula von der Leyen" },
  ]],
  ["an owner before a subject still makes it the subject a company noun means", "Alphabet's Google said it would appeal. The search giant said the ruling was wrong.", [
    { kind: "indirect", text: "it would appeal", canonical: "Google" },
    { kind: "indirect", text: "the ruling was wrong", speaker: "The search giant", canonical: "Google" },
  ]],
  ["a number's modifier before a subject still makes it the subject, and `the` its own", "The 27-nation European Union agreed sanctions. The bloc said they would start on Monday.", [
    { kind: "assertion", text: "The 27-nation European Union agreed sanctions" },
    { kind: "indirect", text: "they would start on Monday", speaker: "The bloc", canonical: "the European Union" },
  ]],
  ["a subject's apposition before `said` and a short clause after it: no inverted frame", "The mayor, Jane Doe, said sales rose. Prices rose sharply, said analysts.", [
    { kind: "indirect", text: "sales rose", speaker: "The mayor", canonical: "Jane Doe" },
    { kind: "indirect", text: "Prices rose sharply", speaker: "analysts" },
  ]],
  ["a description with a number opening its sentence is still the fullest form of `the people`", "Two people familiar with the matter said the deal was close. The people, who asked not to be identified, said talks were advanced.", [
    { kind: "indirect", text: "the deal was close", canonical: "two people familiar with the matter" },
    { kind: "indirect", text: "talks were advanced", speaker: "The people", canonical: "two people familiar with the matter" },
  ]],
  ["a body's noun opening a clause is the subject of a second, reporting verb", "The company kept its dividend and said it would buy back stock.", [
    { kind: "assertion", text: "The company kept its dividend" },
    { kind: "indirect", text: "it would buy back stock", speaker: "The company", cue: "said" },
  ]],
  ["a closing frame with a subject of its own attributes all before it, an apposition included", "The astronauts, including Jeremy Hansen, were briefed last week, officials said.", [
    { kind: "indirect", text: "The astronauts, including Jeremy Hansen, were briefed last week", speaker: "officials" },
  ]],
  ["a channel with a word describing it is still the cue's (`in a 2021 report`, `in an emailed statement`)", "The inspector general estimated in a 2021 report that each launch would cost $4.1 billion. JBS USA said in an emailed statement that it would defend itself.", [
    { kind: "indirect", text: "each launch would cost $4.1 billion", cue: "estimated in a 2021 report" },
    { kind: "indirect", text: "it would defend itself", cue: "said in an emailed statement" },
  ]],
  ["an apposition then a verb after an opening word in -ing make it a subject, no participle", "Underlying profit, the company's measure of income, dropped to $2.3 billion, the oil company said.", [
    { kind: "indirect", text: "Underlying profit, the company's measure of income, dropped to $2.3 billion", speaker: "the oil company" },
  ]],
  ["a body's noun with an epithet is the body named as a subject by its acronym", "NASA has delayed the mission. The space agency said engineers needed more time. The market was hoping for more.", [
    { kind: "assertion", text: "NASA has delayed the mission" },
    { kind: "indirect", text: "engineers needed more time", speaker: "The space agency", canonical: "NASA" },
    { kind: "assertion", text: "The market was hoping for more", hedged: true },
  ]],
  ["a second verb with only a preposition's phrase after it is an act, not a report", "The weather bureau said the typhoon had weakened, but warned of more heavy rain over the weekend.", [
    { kind: "indirect", text: "the typhoon had weakened", speaker: "The weather bureau" },
    { kind: "assertion", text: "warned of more heavy rain over the weekend" },
  ]],
  ["a city and its state before `-based` stay in the speaker, an epithet of the company named before", "Apple announced a new phone. The Cupertino, California-based company said the modem was efficient.", [
    { kind: "assertion", text: "Apple announced a new phone" },
    { kind: "indirect", text: "the modem was efficient", speaker: "The Cupertino, California-based company", canonical: "Apple" },
  ]],
  ["a relative clause inside the object of `urged ... to` keeps it an act", "He urged people who were eligible to get vaccinated. She urged that people who were eligible get vaccinated.", [
    { kind: "assertion", text: "He urged people who were eligible to get vaccinated" },
    { kind: "indirect", text: "people who were eligible get vaccinated", cue: "urged" },
  ]],
  ["`Cllr` is a title, `on state television` a channel, `below` a qualifier, and `lifted hopes` no hedge", "Councillor Mark Weston spoke. Cllr Weston said the rise could have been kept below 3%. \"The ball is in their court,\" he said on state television. The news lifted hopes of a deal.", [
    { kind: "assertion", text: "Councillor Mark Weston spoke" },
    { kind: "indirect", text: "the rise could have been kept below 3%", speaker: "Cllr Weston", canonical: "Mark Weston" },
    { kind: "direct_quote", text: "The ball is in their court", cue: "said on state television" },
    { kind: "assertion", text: "The news lifted hopes of a deal", hedged: false },
  ]],
  ["`citing` attributes only to a source, not to a reason", "The USDA raised its forecast, citing higher yields in Iowa. The ministry will cut rates, citing people familiar with the matter.", [
    { kind: "assertion", text: "The USDA raised its forecast, citing higher yields in Iowa" },
    { kind: "according_to", text: "The ministry will cut rates", speaker: "people familiar with the matter", cue: "citing" },
  ]],
  ["`and` before a determiner, a noun and its verb joins two clauses; before a participle with `by` or `with`, two nouns", "Jafari said she felt Mohamed had been mistreated and her hashtag created awareness. The book examined the tactics employed by Hamas and the brutality often associated with the Islamic State.", [
    { kind: "indirect", text: "she felt Mohamed had been mistreated", speaker: "Jafari" },
    { kind: "indirect", text: "her hashtag created awareness", speaker: "Jafari" },
    { kind: "assertion", text: "The book examined the tactics employed by Hamas and the brutality often associated with the Islamic State" },
  ]],
  ["a medium after an audience in a closing frame is the cue's", "\"He sold his office,\" Assistant U.S. Attorney Julia Chen told jurors in her closing argument.", [
    { kind: "direct_quote", text: "He sold his office", canonical: "Julia Chen", cue: "told jurors in her closing argument" },
  ]],
  ["`before` with a subject of its own after a frame's verb is a clause, so no closing frame", "The pill, to be sold as Journavx, blocks pain signals before they reach the brain.", [
    { kind: "assertion", text: "The pill, to be sold as Journavx, blocks pain signals before they reach the brain" },
  ]],
  ["of two people with one surname, the surname alone is the one named last before it", "Owner Linda Harlow announced the closure. Harlow said costs had risen. Her grandfather, Walter Harlow, opened the bakery. Harlow said he would have been proud.", [
    { kind: "assertion", text: "Owner Linda Harlow announced the closure" },
    { kind: "indirect", text: "costs had risen", speaker: "Harlow", canonical: "Linda Harlow" },
    { kind: "assertion", text: "Her grandfather, Walter Harlow, opened the bakery" },
    { kind: "indirect", text: "he would have been proud", speaker: "Harlow", canonical: "Walter Harlow" },
  ]],
  ["`owner` is a role before a name, and `al-` a particle of a surname", "Bakery owner Linda Harlow said prices rose. Ministry spokesman Majed al-Ansari said talks went on.", [
    { kind: "indirect", text: "prices rose", canonical: "Linda Harlow" },
    { kind: "indirect", text: "talks went on", canonical: "Majed al-Ansari" },
  ]],
  ["a title's word before words no name is made of stays in the source (`Home Office figures`)", "Visa applications dropped by 16%, according to Home Office figures.", [
    { kind: "according_to", text: "Visa applications dropped by 16%", speaker: "Home Office figures", canonical: "Home Office figures" },
  ]],
  ["a quote inside its own sentence's report is a partial quote, not the last speaker's continuation", "\"You can't arrest your way out of a crisis,\" Wilson said. Harrell countered that residents wanted \"safe streets now, not promises.\"", [
    { kind: "direct_quote", text: "You can't arrest your way out of a crisis", speaker: "Wilson" },
    { kind: "indirect", text: "residents wanted \"safe streets now, not promises.\"", speaker: "Harrell", cue: "countered" },
  ]],
  ["`she` after a subject described as a woman, with no one named since, is that description", "Sheriff David Mahoney spoke first. The boy's mother thanked the volunteers. \"We will never repay them,\" she said.", [
    { kind: "assertion", text: "Sheriff David Mahoney spoke first" },
    { kind: "assertion", text: "The boy's mother thanked the volunteers" },
    { kind: "direct_quote", text: "We will never repay them", speaker: "she", canonical: "the boy's mother" },
  ]],
  ["words between a quote and a closing frame make the quote part of the reported clause", "\"TikTok failed to verify\" that the data was protected, Deputy Commissioner Graham Doyle said.", [
    { kind: "indirect", text: "\"TikTok failed to verify\" that the data was protected", canonical: "Graham Doyle", cue: "said" },
  ]],
  ["a number with a scale after a name is an amount, not the product's version", "The regulator fined TikTok 530 million euros. TikTok said it would appeal. The company said the ruling was wrong.", [
    { kind: "assertion", text: "The regulator fined TikTok 530 million euros" },
    { kind: "indirect", text: "it would appeal", canonical: "TikTok" },
    { kind: "indirect", text: "the ruling was wrong", speaker: "The company", canonical: "TikTok" },
  ]],
  ["auxiliaries before a that-only verb closing the sentence are the cue's", "Teachers reported fewer distractions, a government survey has found.", [
    { kind: "indirect", text: "Teachers reported fewer distractions", speaker: "a government survey", cue: "has found" },
  ]],
  ["a body's common noun opening a sentence is no name, so the description is lowercase", "Shares rose on Friday. Airlines including Southwest and United have complained that deliveries are late.", [
    { kind: "assertion", text: "Shares rose on Friday" },
    { kind: "indirect", text: "deliveries are late", canonical: "airlines including Southwest and United" },
  ]],
  ["a negation in a fronted subordinate clause does not negate the claim", "If the equipment wasn't there, she built it. If prices rise, we will not buy.", [
    { kind: "assertion", text: "If the equipment wasn't there, she built it", negated: false },
    { kind: "assertion", text: "If prices rise, we will not buy", negated: true },
  ]],
  ["a short title in capitals inside a sentence is a name, and a comma inside its closing mark can still set off the frame", "Shares of Netflix rose. Netflix added 19 million subscribers, helped by the second season of \"Squid Game,\" the company said.", [
    { kind: "assertion", text: "Shares of Netflix rose" },
    { kind: "indirect", text: "Netflix added 19 million subscribers, helped by the second season of \"Squid Game", speaker: "the company", canonical: "Netflix", cue: "said" },
  ]],
  ["`added` with a plain object is an act, not a report", "The company added 300 jobs last year. The mayor said the road would close, and added that buses would run.", [
    { kind: "assertion", text: "The company added 300 jobs last year" },
    { kind: "indirect", text: "the road would close", cue: "said" },
    { kind: "indirect", text: "buses would run", cue: "added" },
  ]],
  ["`she` after a spokeswoman of a body is the spokeswoman, not the man named before her", "The club's lawyer, Simon Achebe, said the deal was fair. A council spokeswoman said checks had changed. \"This can never happen again,\" she said.", [
    { kind: "indirect", text: "the deal was fair", canonical: "Simon Achebe" },
    { kind: "indirect", text: "checks had changed", canonical: "a council spokeswoman" },
    { kind: "direct_quote", text: "This can never happen again", speaker: "she", canonical: "a council spokeswoman" },
  ]],
  ["a club's one-word name clipped from its full name's first word is the club: `the club` has one subject", "Wolverhampton Wanderers sacked their coach after a defeat by Brentford. Fans of Wolves were angry. Wolves have four points. Collins will take charge, the club said.", [
    { kind: "assertion", text: "Wolverhampton Wanderers sacked their coach after a defeat by Brentford" },
    { kind: "assertion", text: "Fans of Wolves were angry" },
    { kind: "assertion", text: "Wolves have four points" },
    { kind: "indirect", text: "Collins will take charge", speaker: "the club", canonical: "Wolverhampton Wanderers" },
  ]],
  ["a person named before `of` and a body the finder did not keep is the person, not the body", "Obiageli Ezekwesili of Barclays said prices would rise. Ezekwesili added that rates would fall.", [
    { kind: "indirect", text: "prices would rise", speaker: "Obiageli Ezekwesili of Barclays", canonical: "Obiageli Ezekwesili" },
    { kind: "indirect", text: "rates would fall", speaker: "Ezekwesili", canonical: "Obiageli Ezekwesili" },
  ]],
  ["clauses listed with a comma alone, each a pronoun and its verb, are claims of their own; a subordinate clause before a comma is not", "\"They asked for this, they negotiated it, and now they are running from it,\" Schumer said. \"When the storm hit, we were ready.\"", [
    { kind: "direct_quote", text: "They asked for this" },
    { kind: "direct_quote", text: "they negotiated it" },
    { kind: "direct_quote", text: "now they are running from it" },
    { kind: "direct_quote", text: "When the storm hit, we were ready" },
  ]],
  ["a report in an `until` clause of a main clause that asks or forbids is awaited, not made; after a plain past it was made", "She urged people not to return until authorities said it was safe. The plant ran until officials said it was unsafe.", [
    { kind: "assertion", text: "She urged people not to return until authorities said it was safe", negated: false },
    { kind: "assertion", text: "The plant ran" },
    { kind: "indirect", text: "it was unsafe", speaker: "officials" },
  ]],
  ["`not` before an infinitive negates the infinitive, not the verb before it; after an auxiliary it negates the predicate", "The person asked not to be named. The driver was not to blame.", [
    { kind: "assertion", text: "The person asked not to be named", negated: false },
    { kind: "assertion", text: "The driver was not to blame", negated: true },
  ]],
  ["a data source's finding needs no verb after it; researchers' does", "Polls show his bloc well ahead of the Social Democrats. The researchers found smaller links with cancer.", [
    { kind: "indirect", text: "his bloc well ahead of the Social Democrats", speaker: "Polls", cue: "show" },
    { kind: "assertion", text: "The researchers found smaller links with cancer" },
  ]],
  ["inspectors' and investigators' findings report as a study's do, unless they found a thing", "The unit was rated inadequate after inspectors found women were left waiting hours. Investigators found a phone in the car.", [
    { kind: "assertion", text: "The unit was rated inadequate" },
    { kind: "indirect", text: "women were left waiting hours", speaker: "inspectors", cue: "found" },
    { kind: "assertion", text: "Investigators found a phone in the car" },
  ]],
  ["a reporting participle after a comma is the frame, and the clause after it its content, not a subject's report", "Nike on Thursday lowered its forecast, saying it now expects sales to fall.", [
    { kind: "assertion", text: "Nike on Thursday lowered its forecast" },
    { kind: "indirect", text: "it now expects sales to fall", speaker: "Nike", cue: "saying", hedged: true },
  ]],
  ["a body's acronym in brackets is no part of the fullest description", "The annual Emissions Gap Report from the UN Environment Programme (UNEP) found that emissions rose. Emissions must fall, the report said.", [
    { kind: "indirect", text: "emissions rose", canonical: "the annual Emissions Gap Report from the UN Environment Programme" },
    { kind: "indirect", text: "Emissions must fall", speaker: "the report", canonical: "the annual Emissions Gap Report from the UN Environment Programme" },
  ]],
  ["a nickname in quotes is part of the name, so the surname alone and `she` are the full name's", "Police Chief Cerelyn \"CJ\" Davis said officers found the victims. The suspect, Jaylen Reed, was charged. \"This was senseless,\" Davis said.", [
    { kind: "indirect", text: "officers found the victims", canonical: "Cerelyn \"CJ\" Davis" },
    { kind: "assertion", text: "The suspect, Jaylen Reed, was charged" },
    { kind: "direct_quote", text: "This was senseless", canonical: "Cerelyn \"CJ\" Davis" },
  ]],
  ["an object of up to ten words before `to` and a verb is still an act, not a report", "She urged anyone with doorbell or dashcam footage from the area to contact the force.", [
    { kind: "assertion", text: "She urged anyone with doorbell or dashcam footage from the area to contact the force" },
  ]],
  ["an owner's role opening the clause, with the name set off after it, is the subject of a second verb that reports", "Voss's attorney, Michelle Tran, rejected the allegations and said her client would fight them.", [
    { kind: "assertion", text: "Voss's attorney, Michelle Tran, rejected the allegations" },
    { kind: "indirect", text: "her client would fight them", speaker: "Voss's attorney", canonical: "Michelle Tran", cue: "said" },
  ]],
  ["a medium's that-only verb closing a frame between commas reports what came before it", "The ruling party lost its majority, public broadcaster NHK projected, a blow to the prime minister.", [
    { kind: "indirect", text: "The ruling party lost its majority", speaker: "public broadcaster NHK", canonical: "NHK", cue: "projected" },
  ]],
  ["a body before its officer's title and name is no subject, and a later subject outranks a body introduced by a company noun", "An update from cybersecurity company CrowdStrike crashed computers. CrowdStrike chief executive George Kurtz said a fix was deployed. Microsoft estimated that 8.5 million devices were affected. The company said it was helping customers.", [
    { kind: "assertion", text: "An update from cybersecurity company CrowdStrike crashed computers" },
    { kind: "indirect", text: "a fix was deployed", canonical: "George Kurtz" },
    { kind: "indirect", text: "8.5 million devices were affected", canonical: "Microsoft" },
    { kind: "indirect", text: "it was helping customers", speaker: "The company", canonical: "Microsoft" },
  ]],
  ["a reporting participle before an infinitive is a pledge of the subject's, no report", "The government set out plans, promising to build 1.5 million homes.", [
    { kind: "assertion", text: "The government set out plans, promising to build 1.5 million homes" },
  ]],
  ["`appeared` before a state hedges; `appeared` before a place or an occasion does not", "He said damage appeared limited. The minister appeared in court on Monday.", [
    { kind: "indirect", text: "damage appeared limited", hedged: true },
    { kind: "assertion", text: "The minister appeared in court on Monday", hedged: false },
  ]],
  ["an owner's company named in apposition is the company, and its shorter name without a last word is the same company", "Ticketmaster's parent company, Live Nation Entertainment, said it found a breach. Live Nation said the impact was small.", [
    { kind: "indirect", text: "it found a breach", speaker: "Ticketmaster's parent company", canonical: "Live Nation Entertainment" },
    { kind: "indirect", text: "the impact was small", speaker: "Live Nation", canonical: "Live Nation Entertainment" },
  ]],
  ["a description that introduces a name (`A hacking group called ShinyHunters`) is the name's, whatever the capital at the start", "A hacking group called ShinyHunters claimed that it had stolen the data.", [
    { kind: "indirect", text: "it had stolen the data", canonical: "ShinyHunters" },
  ]],
  ["`he` closing a frame after a person named in its own content is the speaker of the sentence before", "Governor Shaktikanta Das said the committee voted 5-1. External member Nagesh Kumar voted for a cut, he said.", [
    { kind: "indirect", text: "the committee voted 5-1", canonical: "Shaktikanta Das" },
    { kind: "indirect", text: "External member Nagesh Kumar voted for a cut", speaker: "he", canonical: "Shaktikanta Das" },
  ]],
  ["a quoted complement of an object does not negate the verb; after a verb of being it does", "He called the outbreak \"not unusual\". She said the plan was \"not workable\".", [
    { kind: "assertion", text: "He called the outbreak \"not unusual\"", negated: false },
    { kind: "indirect", text: "the plan was \"not workable\"", negated: true },
  ]],
  ["`are feared dead` reports the deaths as uncertain", "More than 40 people are feared dead after a mine collapsed, officials said.", [
    { kind: "indirect", text: "More than 40 people are feared dead after a mine collapsed", hedged: true },
  ]],
  ["`the club` with no club as a subject is the one whose officer spoke last, not a broadcaster named since", "Ajax coach Joao Silva said his side had been unlucky. \"We will come back,\" the Portugal midfielder Rui Costa told Sky Sport. Silva said defender Ivan Marcano would miss the next match. The Spaniard is expected to return in May, the club said.", [
    { kind: "indirect", text: "his side had been unlucky", canonical: "Joao Silva" },
    { kind: "direct_quote", text: "We will come back", canonical: "Rui Costa" },
    { kind: "indirect", text: "defender Ivan Marcano would miss the next match", canonical: "Joao Silva" },
    { kind: "indirect", text: "The Spaniard is expected to return in May", speaker: "the club", canonical: "Ajax" },
  ]],
  ["a pronoun with its contracted verb and a word is a clause of its own before `but`", "\"It's nice, but it's only three points,\" Kane said.", [
    { kind: "direct_quote", text: "It's nice" },
    { kind: "direct_quote", text: "it's only three points" },
  ]],
  ["a relative clause set off by commas is no predicate: the negation after it negates, the one inside does not", "Ruiz, who has led the party since 2013, has not commented. The plan, which does not cover rents, was approved.", [
    { kind: "assertion", text: "Ruiz, who has led the party since 2013, has not commented", negated: true },
    { kind: "assertion", text: "The plan, which does not cover rents, was approved", negated: false },
  ]],
  ["`he` and an epithet look back past the people named in a relative clause set off by commas", "Anna Berg, who will face Maria Lind or Eva Holm in the final, thanked the crowd. \"She is the best player here,\" the Swede said.", [
    { kind: "assertion", text: "Anna Berg, who will face Maria Lind or Eva Holm in the final, thanked the crowd" },
    { kind: "direct_quote", text: "She is the best player here", speaker: "the Swede", canonical: "Anna Berg" },
  ]],
  ["a company's noun closing a frame means the company that opens the report, as its subject or its subject's owner", "Roche agreed to buy Vexal Therapeutics. Vexal Therapeutics' board approved the offer, the Boston-based company said. Leeds United have signed Jan Roe from Ajax, the League Cup holders announced.", [
    { kind: "assertion", text: "Roche agreed to buy Vexal Therapeutics" },
    { kind: "indirect", text: "Vexal Therapeutics' board approved the offer", canonical: "Vexal Therapeutics" },
    { kind: "indirect", text: "Leeds United have signed Jan Roe from Ajax", canonical: "Leeds United" },
  ]],
  ["a public body's noun with an epithet means the public body last named as a subject; the body's word alone stands for its full name", "Bristol City Council will cut collections. The Labour-run authority said the change would help. Council leader Tony Dyer agreed. The council said food waste was exempt.", [
    { kind: "assertion", text: "Bristol City Council will cut collections" },
    { kind: "indirect", text: "the change would help", canonical: "Bristol City Council" },
    { kind: "assertion", text: "Council leader Tony Dyer agreed" },
    { kind: "indirect", text: "food waste was exempt", canonical: "Bristol City Council" },
  ]],
  ["`hope` as a noun after a preposition is no hedge", "\"They are paying for hope,\" Weber said.", [
    { kind: "direct_quote", text: "They are paying for hope", hedged: false },
  ]],
  ["`the spokesperson` is the fullest description with its head, a name before the common noun included", "A Meta spokesperson said the company would appeal. \"We notified users,\" the spokesperson said.", [
    { kind: "indirect", text: "the company would appeal", canonical: "a Meta spokesperson" },
    { kind: "direct_quote", text: "We notified users", speaker: "the spokesperson", canonical: "a Meta spokesperson" },
  ]],
  ["a reporting verb before a preposition whose clause is relative reports nothing; the noun phrase before it is a subject of its own", "Tickets sold out within hours, but thousands of fans complained about prices that rose while they waited.", [
    { kind: "assertion", text: "Tickets sold out within hours" },
    { kind: "assertion", text: "thousands of fans complained about prices that rose while they waited" },
  ]],
  ["an acronym opening a sentence and a hyphenated title stay out of a person's name; `the agency` is the body the acronym stands for", "The World Health Organization declared an emergency. WHO Director-General Tedros Adhanom Ghebreyesus said the spread was worrying. More than 500 deaths have been reported, according to the agency.", [
    { kind: "assertion", text: "The World Health Organization declared an emergency" },
    { kind: "indirect", text: "the spread was worrying", canonical: "Tedros Adhanom Ghebreyesus" },
    { kind: "according_to", text: "More than 500 deaths have been reported", canonical: "the World Health Organization" },
  ]],
  ["`the agency` is the public body last named, not a company whose name ends in a company noun's plural", "The Federal Aviation Administration ordered checks after a LATAM Airlines flight dropped. The agency said a switch could be hit.", [
    { kind: "assertion", text: "The Federal Aviation Administration ordered checks after a LATAM Airlines flight dropped" },
    { kind: "indirect", text: "a switch could be hit", canonical: "the Federal Aviation Administration" },
  ]],
  ["`the utility` is a company's noun; `the government` with no government named is no court", "PG&E said it would cut power. The utility said the cuts could last days. The High Court approved the plan. The government said it was monitoring the situation.", [
    { kind: "indirect", text: "it would cut power", canonical: "PG&E" },
    { kind: "indirect", text: "the cuts could last days", canonical: "PG&E" },
    { kind: "assertion", text: "The High Court approved the plan" },
    { kind: "indirect", text: "it was monitoring the situation", canonical: "the government" },
  ]],
  ["a name between commas before a closing verb is its description's apposition, whatever the verb, with a time after it", "Reyes has been cast as Hemingway, the studio, Northlight Pictures, announced on Wednesday.", [
    { kind: "indirect", text: "Reyes has been cast as Hemingway", canonical: "Northlight Pictures" },
  ]],
  ["a name and its relative clause set off by commas are the subject of the verb after them, not a report", "Northlight, which is financing the film, said it expected to release it in 2027.", [
    { kind: "indirect", text: "it expected to release it in 2027", canonical: "Northlight" },
  ]],
  ["a company named inside a product's name keeps no article of the product's (`the Telvia One handset`)", "Telvia is recalling phones. The carrier said it had received 14 reports. Customers should return the Telvia One handset, the company said.", [
    { kind: "assertion", text: "Telvia is recalling phones" },
    { kind: "indirect", text: "it had received 14 reports", canonical: "Telvia" },
    { kind: "indirect", text: "Customers should return the Telvia One handset", canonical: "Telvia" },
  ]],
  ["a public body's epithet with no body named before is the public body the next sentences open with", "Temperatures climbed above 47C, the country's weather agency said. The India Meteorological Department said the heat would persist.", [
    { kind: "indirect", text: "Temperatures climbed above 47C", canonical: "the India Meteorological Department" },
    { kind: "indirect", text: "the heat would persist", canonical: "the India Meteorological Department" },
  ]],
  ["an age standing for a person skips a document that reported after the person was named (`an audit found`)", "The minister, Pieter van Dam, resigned after an audit found that his ministry had overpaid. \"I take full responsibility,\" the 58-year-old said.", [
    { kind: "assertion", text: "The minister, Pieter van Dam, resigned" },
    { kind: "indirect", text: "his ministry had overpaid", canonical: "an audit" },
    { kind: "direct_quote", text: "I take full responsibility", canonical: "Pieter van Dam" },
  ]],
  ["a participle's phrase after a noun that could be a reporting verb is no reported clause (`estimates on Wednesday, helped by`)", "Lumen Devices reported profit above Wall Street estimates on Wednesday, helped by strong demand.", [
    { kind: "assertion", text: "Lumen Devices reported profit above Wall Street estimates on Wednesday, helped by strong demand" },
  ]],
  ["`the U.N. chief` is the person last named with a title of the U.N. before the name", "U.N. Secretary-General Antonio Guterres called for a ceasefire. The U.N. chief told the council that 25 million people needed aid.", [
    { kind: "assertion", text: "U.N. Secretary-General Antonio Guterres called for a ceasefire" },
    { kind: "indirect", text: "25 million people needed aid", canonical: "Antonio Guterres" },
  ]],
  ["a bare singular noun after a reporting verb is its object, no inverted speaker (`conceded defeat`)", "The incumbent, Anders Holm, conceded defeat in a speech to supporters. \"I respect their decision,\" he said.", [
    { kind: "assertion", text: "The incumbent, Anders Holm, conceded defeat in a speech to supporters" },
    { kind: "direct_quote", text: "I respect their decision", canonical: "Anders Holm" },
  ]],
  ["a public body's noun closing a frame means the acronym that owns the report's subject", "NASA's Ingenuity helicopter will not fly again, the space agency said on Thursday.", [
    { kind: "indirect", text: "NASA's Ingenuity helicopter will not fly again", canonical: "NASA" },
  ]],
  ["a country's public body with none named before is the public body the next sentence opens with", "Britain's competition regulator said it had opened an investigation. The Competition and Markets Authority said it would decide by April.", [
    { kind: "indirect", text: "it had opened an investigation", canonical: "the Competition and Markets Authority" },
    { kind: "indirect", text: "it would decide by April", canonical: "the Competition and Markets Authority" },
  ]],
  ["a country's body stays a description when the text names no public body after it", "China's commerce ministry said it firmly opposed the measures.", [
    { kind: "indirect", text: "it firmly opposed the measures", canonical: "China's commerce ministry" },
  ]],
  ["a public body's epithet is the one body whose name holds its topic word (`the UN health agency`)", "The World Health Organization said cases had doubled. More than 8,400 cases have been reported, the UN health agency said.", [
    { kind: "indirect", text: "cases had doubled", canonical: "the World Health Organization" },
    { kind: "indirect", text: "More than 8,400 cases have been reported", canonical: "the World Health Organization" },
  ]],
  ["an event's word closing a company's name that speaks or owns (`Nimbus Games'`) keeps it a name the surname alone stands for", "Regulators are studying Nimbus Games' takeover of streaming platform Playcast. Nimbus said it was confident. \"We will work with the regulator,\" the company said.", [
    { kind: "assertion", text: "Regulators are studying Nimbus Games' takeover of streaming platform Playcast" },
    { kind: "indirect", text: "it was confident", canonical: "Nimbus Games" },
    { kind: "direct_quote", text: "We will work with the regulator", canonical: "Nimbus Games" },
  ]],
  ["a study's finding in a clause of time or reason is no report when no verb follows (`after tests found higher levels`)", "Corvell Labs is recalling 140,000 bottles after tests found higher than acceptable levels of an impurity, the agency said.", [
    { kind: "indirect", text: "Corvell Labs is recalling 140,000 bottles after tests found higher than acceptable levels of an impurity" },
  ]],
  ["a verb after `and` is the reporting verb's second, no clause of its object (`conceded defeat and congratulated`)", "The outgoing mayor, Peter Holub, conceded defeat and congratulated his rival.", [
    { kind: "assertion", text: "The outgoing mayor, Peter Holub, conceded defeat and congratulated his rival" },
  ]],
  ["`recalled` with a plain object is no report", "The agency has recalled dozens of similar medicines since 2018.", [
    { kind: "assertion", text: "The agency has recalled dozens of similar medicines since 2018" },
  ]],
  ["a negator closing the claim after a comma sets a phrase aside (`a fair deal, nothing more`)", "\"They want a fair deal, nothing more,\" Whelan said. On Tuesday, nobody was hurt.", [
    { kind: "direct_quote", text: "They want a fair deal, nothing more", negated: false },
    { kind: "assertion", text: "On Tuesday, nobody was hurt", negated: true },
  ]],
  ["a that-only verb reports without `that` when a pronoun and its verb follow (`The court heard she had`)", "The court heard she had replaced morphine with water. Officials found it difficult to cope.", [
    { kind: "indirect", text: "she had replaced morphine with water", cue: "heard" },
    { kind: "assertion", text: "Officials found it difficult to cope" },
  ]],
  ["a subject with a relative clause opened by `that` is the speaker, whole", "The trust that runs the hospital said it had tightened its controls.", [
    { kind: "indirect", text: "it had tightened its controls", speaker: "The trust that runs the hospital" },
  ]],
  ["a public body's epithet takes a department named for its place (`Environment Canada`)", "Environment Canada issued air quality statements. The federal weather agency said people should stay indoors.", [
    { kind: "assertion", text: "Environment Canada issued air quality statements" },
    { kind: "indirect", text: "people should stay indoors", canonical: "Environment Canada" },
  ]],
  ["a body described in two words before its name between commas is that name (`Turkey's disaster management agency, AFAD,`)", "Turkey's disaster management agency, AFAD, said 260 buildings had collapsed.", [
    { kind: "indirect", text: "260 buildings had collapsed", speaker: "Turkey's disaster management agency", canonical: "AFAD" },
  ]],
  ["a negated subject after an object opens a relative clause and negates no predicate (`something no one has ever seen`)", "\"We are going to see something no one has ever seen,\" she said. \"We had nobody to call,\" he said.", [
    { kind: "direct_quote", text: "We are going to see something no one has ever seen", negated: false },
    { kind: "direct_quote", text: "We had nobody to call", negated: true },
  ]],
  ["`a reported` sum is hedged", "The striker, signed for a reported £30 million, has scored eight goals.", [
    { kind: "assertion", text: "The striker, signed for a reported £30 million, has scored eight goals", hedged: true },
  ]],
  ["a company's description owned by a pronoun takes the name set off after it (`Her promoter, Live Nation,`)", "Mara Quinn cancelled her tour. Her promoter, Live Nation, said ticket holders would receive refunds.", [
    { kind: "assertion", text: "Mara Quinn cancelled her tour" },
    { kind: "indirect", text: "ticket holders would receive refunds", speaker: "Her promoter", canonical: "Live Nation" },
  ]],
  ["`the former leader` is the person last named as a former holder of any office", "Prosecutors charged former president Luis Alvarado with fraud. \"This is persecution,\" the former leader said.", [
    { kind: "assertion", text: "Prosecutors charged former president Luis Alvarado with fraud" },
    { kind: "direct_quote", text: "This is persecution", canonical: "Luis Alvarado" },
  ]],
  ["a member's letters before a name are a title (`Local MSP Alasdair Grant`)", "Local MSP Alasdair Grant said islanders had been let down.", [
    { kind: "indirect", text: "islanders had been let down", speaker: "Local MSP Alasdair Grant", canonical: "Alasdair Grant" },
  ]],
  ["a name, a role and a person's name opening the clause are the subject of a coordinated report", "Opposition leader V.D. Satheesan called the package a gimmick and said similar promises had not been kept.", [
    { kind: "assertion", text: "Opposition leader V.D. Satheesan called the package a gimmick" },
    { kind: "indirect", text: "similar promises had not been kept", speaker: "Opposition leader V.D. Satheesan", canonical: "V.D. Satheesan" },
  ]],
  ["a reporting participle after a closing frame reports again for the same source (`, a spokeswoman said, adding that`)", "About 600 employees will be affected, a spokeswoman said, adding that some would be offered jobs. Floods killed nine people, officials said, warning residents to stay indoors.", [
    { kind: "indirect", text: "About 600 employees will be affected", speaker: "a spokeswoman" },
    { kind: "indirect", text: "some would be offered jobs", speaker: "a spokeswoman", cue: "adding" },
    { kind: "indirect", text: "Floods killed nine people", speaker: "officials" },
  ]],
  ["an industry body's description takes the name set off after it, whole (`Australian Energy Producers`)", "The gas industry body, Australian Energy Producers, said the ban would push up costs.", [
    { kind: "indirect", text: "the ban would push up costs", speaker: "The gas industry body", canonical: "Australian Energy Producers" },
  ]],
  ["a form in -s after a possessive is a plural noun, no reporting verb (`analysts' estimates`)", "Veltrix forecast revenue of about $9.5 billion, well above analysts' estimates, as demand grew.", [
    { kind: "assertion", text: "Veltrix forecast revenue of about $9.5 billion, well above analysts' estimates, as demand grew" },
  ]],
  ["a generic audience before an occasion stays in the cue (`told analysts on a conference call that`)", "Rachel Kim told analysts on a conference call that supply would ease.", [
    { kind: "indirect", text: "supply would ease", cue: "told analysts" },
  ]],
  ["a noun for a person by its ending before a name is a role (`volcanologist Thorvaldur Thordarson`)", "\"This is the most powerful eruption,\" volcanologist Thorvaldur Thordarson said.", [
    { kind: "direct_quote", text: "This is the most powerful eruption", canonical: "Thorvaldur Thordarson" },
  ]],
  ["a body's description before any organisation is named is the organisation the next sentence opens with", "Teachers have voted to strike, the country's largest teaching union said. The Educational Institute of Scotland (EIS) said turnout was 61%.", [
    { kind: "indirect", text: "Teachers have voted to strike", canonical: "the Educational Institute of Scotland" },
    { kind: "indirect", text: "turnout was 61%", canonical: "the Educational Institute of Scotland" },
  ]],
  ["a thing's noun before a one-word name after `according to` leaves the name (`tracking site FlightAware`)", "At least 200 flights were cancelled, according to tracking site FlightAware.", [
    { kind: "according_to", text: "At least 200 flights were cancelled", speaker: "tracking site FlightAware", canonical: "FlightAware" },
  ]],
  ["a company's epithet with no organisation as a subject before is the one organisation named before", "A software update at cloud provider Stratus caused an outage. The Denver-based firm said the update had been rolled back.", [
    { kind: "assertion", text: "A software update at cloud provider Stratus caused an outage" },
    { kind: "indirect", text: "the update had been rolled back", canonical: "Stratus" },
  ]],
  ["a bare form before a role's noun is its modifier, no reporting verb (`Minas Gerais state prosecutors said`)", "Vale has agreed to pay 7 billion reais, Minas Gerais state prosecutors said on Tuesday.", [
    { kind: "indirect", text: "Vale has agreed to pay 7 billion reais", speaker: "Minas Gerais state prosecutors" },
  ]],
  ["clauses listed with commas split when `he`, `she` or `it` and a present form open each (`He has pace, he works hard and he knows`)", "\"He has pace, he works hard and he knows where the goal is,\" Rodgers said.", [
    { kind: "direct_quote", text: "He has pace" },
    { kind: "direct_quote", text: "he works hard" },
    { kind: "direct_quote", text: "he knows where the goal is" },
  ]],
  ["`the think tank` is the organisation named before", "Households will be worse off, according to a report by the Resolution Foundation. The think tank said the freeze would drag more people into tax.", [
    { kind: "according_to", text: "Households will be worse off" },
    { kind: "indirect", text: "the freeze would drag more people into tax", canonical: "the Resolution Foundation" },
  ]],
  ["a place whose name holds its article keeps its capital in a description (`The Hague district court`)", "The Hague district court said the state had failed to protect nature.", [
    { kind: "indirect", text: "the state had failed to protect nature", canonical: "The Hague district court" },
  ]],
  ["a negator after `, but` closing the claim sets a phrase aside (`23 reports, but no injuries`)", "Brickly said it had received 23 reports of parts breaking off, but no injuries.", [
    { kind: "indirect", text: "it had received 23 reports of parts breaking off, but no injuries", negated: false },
  ]],
  ["an audience after a closing frame's channel stays outside the cue (`said in a letter to shareholders`), not an infinitive", "The plan will cost £12.99 a month, the company said in a letter to shareholders. Dr. Eileen de Villa urged people to stay indoors.", [
    { kind: "indirect", text: "The plan will cost £12.99 a month", cue: "said in a letter" },
    { kind: "assertion", text: "Dr. Eileen de Villa urged people to stay indoors" },
  ]],
  ["a name with its particles closing a speaker after a role is the person's (`virologist Wim van der Poel`)", "Wageningen University virologist Wim van der Poel said the virus was adapting.", [
    { kind: "indirect", text: "the virus was adapting", canonical: "Wim van der Poel" },
  ]],
  ["a country's description is the one body whose name holds the country and every word of it (`Kenya's central bank`)", "Kenya's central bank cut its rate on Tuesday, saying inflation would stay low. The Central Bank of Kenya said inflation eased to 3.6%.", [
    { kind: "assertion", text: "Kenya's central bank cut its rate on Tuesday" },
    { kind: "indirect", text: "inflation would stay low", canonical: "the Central Bank of Kenya" },
    { kind: "indirect", text: "inflation eased to 3.6%", canonical: "the Central Bank of Kenya" },
  ]],
  ["a noun for a person by its ending before an apposed name stands as a title does (`, historian Mary Beard,`)", "The chair of the judging panel, historian Mary Beard, said the book was tender.", [
    { kind: "indirect", text: "the book was tender", speaker: "The chair of the judging panel", canonical: "Mary Beard" },
  ]],
  ["a medium named after a preposition in a study's description is not the source (`a study published in the journal Nature Medicine`)", "Plastic was found in brain tissue, according to a study published on Monday in the journal Nature Medicine.", [
    { kind: "according_to", text: "Plastic was found in brain tissue", canonical: "a study published on Monday in the journal Nature Medicine" },
  ]],
  ["a pronoun with its contracted verb opens a listed clause (`It's heartbreaking, we had ...`)", "\"It's heartbreaking, we had only just got back on our feet,\" said Gareth Lewis.", [
    { kind: "direct_quote", text: "It's heartbreaking" },
    { kind: "direct_quote", text: "we had only just got back on our feet" },
  ]],
  ["a coordinated report keeps its auxiliary in the cue, after any noun the clause opens with (`The couple denied wrongdoing and have said`)", "The couple denied wrongdoing and have said the charges were politically motivated.", [
    { kind: "assertion", text: "The couple denied wrongdoing" },
    { kind: "indirect", text: "the charges were politically motivated", speaker: "The couple", cue: "have said" },
  ]],
  ["`it` with nothing named before is the organisation whose name opens its own sentence", "The University of Dunmore plans to cut about 400 jobs, it said on Wednesday.", [
    { kind: "indirect", text: "The University of Dunmore plans to cut about 400 jobs", speaker: "it", canonical: "the University of Dunmore" },
  ]],
  ["`given up hope` is a noun's hope, no hedge", "\"We have not given up hope,\" a spokesman said.", [
    { kind: "direct_quote", text: "We have not given up hope", hedged: false, negated: true },
  ]],
  ["a participle's report takes a subject of up to eight words before its verb", "Tens of thousands of nurses in New Zealand went on strike, saying understaffing was putting patients at risk.", [
    { kind: "assertion", text: "Tens of thousands of nurses in New Zealand went on strike" },
    { kind: "indirect", text: "understaffing was putting patients at risk", speaker: "Tens of thousands of nurses in New Zealand", cue: "saying" },
  ]],
  ["`the zoo` is the zoo named before", "Chester Zoo has welcomed two tiger cubs. The cubs are feeding well, the zoo said.", [
    { kind: "assertion", text: "Chester Zoo has welcomed two tiger cubs" },
    { kind: "indirect", text: "The cubs are feeding well", canonical: "Chester Zoo" },
  ]],
  ["a body's description before any organisation is named is the one the next sentence opens with, when its name holds the body's word", "Colombia's harvest will fall 8%, the country's coffee growers federation said. The National Federation of Coffee Growers (FNC) said output had dropped.", [
    { kind: "indirect", text: "Colombia's harvest will fall 8%", canonical: "the National Federation of Coffee Growers" },
    { kind: "indirect", text: "output had dropped", canonical: "the National Federation of Coffee Growers" },
  ]],
  ["a body's description takes the name it is known as (`The authority, known as AGCM,`)", "The authority, known as AGCM, said the company had used aggressive practices.", [
    { kind: "indirect", text: "the company had used aggressive practices", speaker: "The authority", canonical: "AGCM" },
  ]],
  ["a country's body takes the name its noun goes by in the next sentences (`known by its acronym`)", "A cable had not been inspected for two years, Portugal's transport accident investigation office said. The office, known by its Portuguese acronym GPIAAF, said the cable did not meet specifications.", [
    { kind: "indirect", text: "A cable had not been inspected for two years", canonical: "GPIAAF", negated: true },
    { kind: "indirect", text: "the cable did not meet specifications", speaker: "The office", canonical: "GPIAAF", negated: true },
  ]],
  ["an age with a noun stands for the person last named", "Wales captain Owen Pryce will retire, his club said. The 34-year-old lock said the decision had been hard.", [
    { kind: "indirect", text: "Wales captain Owen Pryce will retire" },
    { kind: "indirect", text: "the decision had been hard", speaker: "The 34-year-old lock", canonical: "Owen Pryce" },
  ]],
  ["a relative clause in the subject may say why the speaker is known, with a verb phrase of its own", "The lock, who won 98 caps and led Wales to a title, said the decision had been hard.", [
    { kind: "indirect", text: "the decision had been hard", speaker: "The lock" },
  ]],
  ["a linking verb's past after `but` continues the verb phrase, no clause of its own", "Governor Mike DeWine said he was disappointed but remained confident the factory would be built.", [
    { kind: "indirect", text: "he was disappointed but remained confident the factory would be built", canonical: "Mike DeWine" },
  ]],
  ["a negated auxiliary after a relative clause in the subject negates the main predicate; one inside the relative clause does not", "The pipe that burst was not new, he said. People who did not vote will be fined, officials said.", [
    { kind: "indirect", text: "The pipe that burst was not new", negated: true },
    { kind: "indirect", text: "People who did not vote will be fined", negated: false },
  ]],
  ["a negation in a comparison's clause after the subject's relative clause does not count", "People who drink coffee are less likely to fall ill than those who do not, the study found.", [
    { kind: "indirect", text: "People who drink coffee are less likely to fall ill than those who do not", negated: false },
  ]],
  ["a participle's infinitive is a pledge, no report, though its verb stands in quotes", "Farmers drove tractors onto motorways, vowing to \"besiege\" the capital.", [
    { kind: "assertion", text: "Farmers drove tractors onto motorways, vowing to \"besiege\" the capital" },
  ]],
  ["`it` after a place's body opening its own sentence is that body, as written", "Norway's sovereign wealth fund, the world's largest, made a record profit, it said on Wednesday.", [
    { kind: "indirect", text: "Norway's sovereign wealth fund, the world's largest, made a record profit", speaker: "it", canonical: "Norway's sovereign wealth fund" },
  ]],
  ["a closing frame may run to sixteen words, a long body's name and its medium", "Four bolts were missing when the jet left the factory, the U.S. National Transportation Safety Board said in a final report on Tuesday.", [
    { kind: "indirect", text: "Four bolts were missing when the jet left the factory", speaker: "the U.S. National Transportation Safety Board", cue: "said in a final report" },
  ]],
  ["a company's epithet may join two peoples' adjectives (`the Anglo-Swedish drugmaker`)", "AstraZeneca has agreed to buy Celvara, the Anglo-Swedish drugmaker said on Monday.", [
    { kind: "indirect", text: "AstraZeneca has agreed to buy Celvara", canonical: "AstraZeneca" },
  ]],
  ["a people's adjective and a person's noun mean the one person introduced with that place", "Gukesh beat China's Ding Liren on Thursday. \"It was my best tournament,\" the Chinese grandmaster said.", [
    { kind: "assertion", text: "Gukesh beat China's Ding Liren on Thursday" },
    { kind: "direct_quote", text: "It was my best tournament", speaker: "the Chinese grandmaster", canonical: "Ding Liren" },
  ]],
  ["a reporting participle after a quote's closing frame is the same speaker's report; an infinitive after it is a pledge", "\"This is a new era,\" she said, adding that fares would not rise. \"We won,\" he said, promising to celebrate.", [
    { kind: "direct_quote", text: "This is a new era", speaker: "she" },
    { kind: "indirect", text: "fares would not rise", speaker: "she", cue: "adding", negated: true },
    { kind: "direct_quote", text: "We won", speaker: "he" },
  ]],
  ["a body's noun after the name that opens a coordinated report is the subject's", "The RMT union welcomed the move but warned that ministers must invest in staff.", [
    { kind: "assertion", text: "The RMT union welcomed the move" },
    { kind: "indirect", text: "ministers must invest in staff", speaker: "The RMT union", cue: "warned" },
  ]],
  ["a people's adjective and a role's noun stand for the person last named, as `the Dane` does", "Brentford boss Thomas Frank said his players deserved a draw. The Danish coach added that the referee had erred.", [
    { kind: "indirect", text: "his players deserved a draw", canonical: "Thomas Frank" },
    { kind: "indirect", text: "the referee had erred", speaker: "The Danish coach", canonical: "Thomas Frank" },
  ]],
  ["a place's title with no holder named before is the person the next sentence opens with, typed or not", "Thieves stole eight pieces of jewellery, France's culture minister said. Rachida Dati said no one had been hurt.", [
    { kind: "indirect", text: "Thieves stole eight pieces of jewellery", speaker: "France's culture minister", canonical: "Rachida Dati" },
    { kind: "indirect", text: "no one had been hurt", canonical: "Rachida Dati", negated: true },
  ]],
  ["`the airport` is the one place named before whose name ends in the noun", "Flights at Gatwick Airport were suspended for two hours, the airport said.", [
    { kind: "indirect", text: "Flights at Gatwick Airport were suspended for two hours", speaker: "the airport", canonical: "Gatwick Airport" },
  ]],
  ["a closing frame's channel may name the body it went to (`said in a filing with state regulators`)", "A cyberattack exposed the records of patients, the company said in a filing with state regulators.", [
    { kind: "indirect", text: "A cyberattack exposed the records of patients", speaker: "the company", cue: "said in a filing" },
  ]],
  ["a negation in the clause that a nested report reports does not negate the claim; a negated object of `found` does", "Hopkins said the vote showed the council \"will not be a rubber stamp\". Police found no weapons, officials said.", [
    { kind: "indirect", text: "the vote showed the council \"will not be a rubber stamp\"", negated: false },
    { kind: "indirect", text: "Police found no weapons", negated: true },
  ]],
  ["`forecast that` reports like `found that`; `forecast` with an object is the subject's own claim", "The Bank of England has forecast that inflation will peak next year. The weather office has forecast more heavy rain.", [
    { kind: "indirect", text: "inflation will peak next year", speaker: "The Bank of England", cue: "has forecast" },
    { kind: "assertion", text: "The weather office has forecast more heavy rain" },
  ]],
  ["`as` and a subject after the main verb open a clause of their own, whose negation does not count", "Inflation increased as the cut was not repeated, he said. Prices did not rise as a result, he said.", [
    { kind: "indirect", text: "Inflation increased as the cut was not repeated", negated: false },
    { kind: "indirect", text: "Prices did not rise as a result", negated: true },
  ]],
  ["a place's body named in capitals is that name whole, though a title's `of` parts it for the name finder", "North Korea fired a missile, South Korea's Joint Chiefs of Staff said.", [
    { kind: "indirect", text: "North Korea fired a missile", canonical: "Joint Chiefs of Staff" },
  ]],
  ["a name a medium's noun introduces is a publication, no `team`", "The tortoises were distinct, the researchers wrote in the journal Scientific Reports. The team warned that rats were a risk.", [
    { kind: "indirect", text: "The tortoises were distinct", speaker: "the researchers" },
    { kind: "indirect", text: "rats were a risk", speaker: "The team", canonical: "the team" },
  ]],
  ["a generic audience after `told` may take an adjective in -ing; a role with a prefix is a role (`co-leader`)", "\"We won,\" Merz told cheering supporters in Berlin. AfD co-leader Alice Weidel said her party had made history.", [
    { kind: "direct_quote", text: "We won", cue: "told cheering supporters" },
    { kind: "indirect", text: "her party had made history", speaker: "AfD co-leader Alice Weidel", canonical: "Alice Weidel" },
  ]],
  ["a name introduced by common nouns may hold digits (`the tracking service Flightradar24`)", "More than 1,300 flights were cancelled, according to the tracking service Flightradar24.", [
    { kind: "according_to", text: "More than 1,300 flights were cancelled", speaker: "the tracking service Flightradar24", canonical: "Flightradar24" },
  ]],
  ["a number after `at` is an amount, no occasion closing an inverted frame; an indefinite body's apposition names it, inner `of` and all", "An independent monitoring group, the Archive of Public Gatherings, estimated the crowd at 275,000 to 325,000.", [
    { kind: "indirect", text: "the crowd at 275,000 to 325,000", speaker: "An independent monitoring group", canonical: "the Archive of Public Gatherings", cue: "estimated" },
  ]],
  ["a body a public body's noun introduced (`the industry regulator Ofwat`) is no `company`", "Thames Water has been fined, the industry regulator Ofwat said. Ofwat said the company failed to invest. The company, which serves 16 million customers, said it accepted the findings.", [
    { kind: "indirect", text: "Thames Water has been fined", canonical: "Ofwat" },
    { kind: "indirect", text: "the company failed to invest", canonical: "Ofwat" },
    { kind: "indirect", text: "it accepted the findings", speaker: "The company", canonical: "Thames Water" },
  ]],
  ["`the two agencies` is the joined source that spoke last", "Europe recorded 127,350 measles cases, the World Health Organization and UNICEF said. Children accounted for 40% of the cases, the two agencies said.", [
    { kind: "indirect", text: "Europe recorded 127,350 measles cases", canonical: "the World Health Organization and UNICEF" },
    { kind: "indirect", text: "Children accounted for 40% of the cases", speaker: "the two agencies", canonical: "the World Health Organization and UNICEF" },
  ]],
  ["a body's role before a name is no part of the canonical name (`IG Metall negotiator`)", "IG Metall negotiator Thorsten Groeger said the union had prevented mass layoffs.", [
    { kind: "indirect", text: "the union had prevented mass layoffs", speaker: "IG Metall negotiator Thorsten Groeger", canonical: "Thorsten Groeger" },
  ]],
  ["a place's superlative company is the company named as a subject before (`Europe's largest airline by passenger numbers`)", "Ryanair said it would cut fares. Europe's largest airline by passenger numbers said fares were lower.", [
    { kind: "indirect", text: "it would cut fares", canonical: "Ryanair" },
    { kind: "indirect", text: "fares were lower", speaker: "Europe's largest airline by passenger numbers", canonical: "Ryanair" },
  ]],
  ["a person of a body is the person, though the body's common nouns stand before its name (`of the group WildFish`)", "\"No other sector would be allowed to lose this many animals,\" said Rachel Mulrenan of the group WildFish.", [
    { kind: "direct_quote", text: "No other sector would be allowed to lose this many animals", speaker: "Rachel Mulrenan of the group WildFish", canonical: "Rachel Mulrenan" },
  ]],
  ["a body named `X of Y` goes by the noun before its `of`: a university is no `team`", "Researchers at the University of Sussex fed colonies sugar water. Colonies spent less time warming their brood, the team reported.", [
    { kind: "assertion", text: "Researchers at the University of Sussex fed colonies sugar water" },
    { kind: "indirect", text: "Colonies spent less time warming their brood", speaker: "the team", canonical: "the team", cue: "reported" },
  ]],
  ["a word that describes a name opening the sentence is no part of it", "Maersk said it would avoid the Red Sea. Rival Hapag-Lloyd said it expected disruption to last for months.", [
    { kind: "indirect", text: "it would avoid the Red Sea", speaker: "Maersk", canonical: "Maersk", cue: "said" },
    { kind: "indirect", text: "it expected disruption to last for months", speaker: "Rival Hapag-Lloyd", canonical: "Hapag-Lloyd", cue: "said", hedged: true },
  ]],
  ["`chair` is a role before a name, as `chairman` is", "\"Qantas let down its customers,\" ACCC chair Gina Cass-Gottlieb said.", [
    { kind: "direct_quote", text: "Qantas let down its customers", speaker: "ACCC chair Gina Cass-Gottlieb", canonical: "Gina Cass-Gottlieb", cue: "said" },
  ]],
  ["an expectation after `, as` gives the reason and stays in the claim; a warning there is a clause of its own", "The yen weakened after the decision, as traders had expected a more hawkish message. Homes lost power, as the Met Office warned of further disruption.", [
    { kind: "assertion", text: "The yen weakened after the decision, as traders had expected a more hawkish message", hedged: true },
    { kind: "assertion", text: "Homes lost power" },
    { kind: "assertion", text: "the Met Office warned of further disruption" },
  ]],
  ["a country's public body named next by `X for Y` is that body: the name's noun is the word before `for`", "Employers are ignoring the law, Britain's equality watchdog said on Tuesday. The Commission for Racial Equality said complaints had doubled.", [
    { kind: "indirect", text: "Employers are ignoring the law", speaker: "Britain's equality watchdog", canonical: "the Commission for Racial Equality" },
    { kind: "indirect", text: "complaints had doubled", speaker: "The Commission for Racial Equality", canonical: "the Commission for Racial Equality" },
  ]],
  ["a capitalised surname particle makes a person's name, whom `she` then means", "Lawmakers backed a motion against Prime Minister Michel Barnier. Marine Le Pen said Barnier had ignored voters. \"We had no choice,\" she told TF1 television.", [
    { kind: "assertion", text: "Lawmakers backed a motion against Prime Minister Michel Barnier" },
    { kind: "indirect", text: "Barnier had ignored voters", speaker: "Marine Le Pen", canonical: "Marine Le Pen" },
    { kind: "direct_quote", text: "We had no choice", speaker: "she", canonical: "Marine Le Pen", negated: true },
  ]],
  ["a name set beside a union's noun is no company: `the company` is the business named as a subject", "Workers at car parts maker Zorbel walked out. IG Velten, the country's biggest union, said 900 people joined. Zorbel said it would cut jobs. The company said the cuts were unavoidable.", [
    { kind: "assertion", text: "Workers at car parts maker Zorbel walked out" },
    { kind: "indirect", text: "900 people joined", speaker: "IG Velten", canonical: "IG Velten" },
    { kind: "indirect", text: "it would cut jobs", speaker: "Zorbel", canonical: "Zorbel" },
    { kind: "indirect", text: "the cuts were unavoidable", speaker: "The company", canonical: "Zorbel" },
  ]],
  ["`and no one was hurt` is a clause of its own; `the Norvair flight` gives the article to the flight, not to the name", "The pilots of the Norvair flight aborted the take-off and no one was hurt. \"Our crew stopped the aircraft safely,\" Norvair said.", [
    { kind: "assertion", text: "The pilots of the Norvair flight aborted the take-off" },
    { kind: "assertion", text: "no one was hurt", negated: true },
    { kind: "direct_quote", text: "Our crew stopped the aircraft safely", speaker: "Norvair", canonical: "Norvair" },
  ]],
  ["`the company` is the one a description with that noun sets beside its name, though it opened no sentence last", "Norvair said it was cooperating. Skyline Nav, the private company that runs the country's air traffic control, said a controller erred. The controller has been removed from duty, the company added.", [
    { kind: "indirect", text: "it was cooperating", speaker: "Norvair", canonical: "Norvair" },
    { kind: "indirect", text: "a controller erred", speaker: "Skyline Nav", canonical: "Skyline Nav" },
    { kind: "indirect", text: "The controller has been removed from duty", speaker: "the company", canonical: "Skyline Nav" },
  ]],
  ["the speaker's own refusal to say more (`but declined to say`) ends what was said", "Their chief, Ole Brandt, said the operator appeared to be skilled but declined to say whether a state was behind it.", [
    { kind: "indirect", text: "the operator appeared to be skilled", speaker: "Their chief", canonical: "Ole Brandt", hedged: true },
  ]],
  ["`a court in Hamburg` is the body named later whose name holds the noun and the place", "A court in Hamburg on Monday blocked the tax, saying it was unfair. The Hamburg Fiscal Court said the city had overstepped its powers.", [
    { kind: "assertion", text: "A court in Hamburg on Monday blocked the tax" },
    { kind: "indirect", text: "it was unfair", speaker: "A court in Hamburg", canonical: "the Hamburg Fiscal Court" },
    { kind: "indirect", text: "the city had overstepped its powers", speaker: "The Hamburg Fiscal Court", canonical: "the Hamburg Fiscal Court" },
  ]],
  ["`, and` before a noun phrase with no verb joins no clause", "\"It's a story about courage, and the cost of it,\" he said.", [
    { kind: "direct_quote", text: "It's a story about courage, and the cost of it", speaker: "he" },
  ]],
  ["a name in apposition at the sentence's end is the described body's, whatever type the finder gave it", "Sales rose sharply, according to its publisher, Jonathan Cape.", [
    { kind: "according_to", text: "Sales rose sharply", speaker: "its publisher", canonical: "Jonathan Cape" },
  ]],
  ["a role with a modifier before a name is stripped (`Protest organiser`), as is a title before a name with `des`", "Protest organiser Amina Odhiambo said marchers would return. \"We failed,\" museum director Anne des Vignes told senators. She said the alarm had failed.", [
    { kind: "indirect", text: "marchers would return", canonical: "Amina Odhiambo" },
    { kind: "direct_quote", text: "We failed", canonical: "Anne des Vignes", cue: "told senators" },
    { kind: "indirect", text: "the alarm had failed", speaker: "She", canonical: "Anne des Vignes" },
  ]],
  ["a parent described with a demonym takes the name in apposition; an owner opening a sentence is no subject for `the company`", "Koravel's Chinese parent, Lintech Technology, said the move was unlawful. Lintech's shares fell 10% in Shanghai. Koravel, based in Nijmegen, makes chips. The company said its work went on.", [
    { kind: "indirect", text: "the move was unlawful", speaker: "Koravel's Chinese parent", canonical: "Lintech Technology" },
    { kind: "assertion", text: "Lintech's shares fell 10% in Shanghai" },
    { kind: "assertion", text: "Koravel, based in Nijmegen, makes chips" },
    { kind: "indirect", text: "its work went on", speaker: "The company", canonical: "Koravel" },
  ]],
  ["`the museum` after a bare name opening the report is that name", "The Prado reopened on Friday, the museum said. Crowds queued outside the Prado.", [
    { kind: "indirect", text: "The Prado reopened on Friday", speaker: "the museum", canonical: "the Prado" },
    { kind: "assertion", text: "Crowds queued outside the Prado" },
  ]],
  ["what a cause made possible is no hedge", "Lax checks had made the theft possible, she said.", [
    { kind: "indirect", text: "Lax checks had made the theft possible", hedged: false },
  ]],
  ["`the Aslef union` names its own body: a capitalised word no dictionary holds before a union's noun", "Lufthansa cut jobs. The Aslef union said it would strike.", [
    { kind: "assertion", text: "Lufthansa cut jobs" },
    { kind: "indirect", text: "it would strike", speaker: "The Aslef union", canonical: "the Aslef union" },
  ]],
  ["a participial frame's subject ends at a past verb, not at a reporting verb's base form that is a noun (`state`)", "The state weather agency AEMET issued a red alert, warning that heavy rain could fall.", [
    { kind: "assertion", text: "The state weather agency AEMET issued a red alert" },
    { kind: "indirect", text: "heavy rain could fall", speaker: "The state weather agency AEMET", canonical: "AEMET", cue: "warning", hedged: true },
  ]],
  ["an owner's body is the one organisation whose name holds the owner and the body's word", "The European Union's top court ruled that the fines stood. The Court of Justice of the European Union said the law was clear.", [
    { kind: "indirect", text: "the fines stood", speaker: "The European Union's top court", canonical: "the Court of Justice of the European Union", cue: "ruled" },
    { kind: "indirect", text: "the law was clear", speaker: "The Court of Justice of the European Union", canonical: "the Court of Justice of the European Union" },
  ]],
  ["a person's epithet closing a report means the person the report opens with", "Rafael Nadal will retire in November, the 22-time Grand Slam champion announced.", [
    { kind: "indirect", text: "Rafael Nadal will retire in November", speaker: "the 22-time Grand Slam champion", canonical: "Rafael Nadal", cue: "announced" },
  ]],
  ["an office closing a report is no epithet of the person the report opens with", "Joe Bloggs was arrested on Monday, the minister said.", [
    { kind: "indirect", text: "Joe Bloggs was arrested on Monday", speaker: "the minister", canonical: "the minister" },
  ]],
  ["before a second report, a first verb with no clause after it is an act: the verb phrase is an assertion", "Governor Gavin Newsom declared a state of emergency and said federal help had been requested.", [
    { kind: "assertion", text: "Governor Gavin Newsom declared a state of emergency" },
    { kind: "indirect", text: "federal help had been requested", speaker: "Governor Gavin Newsom", canonical: "Gavin Newsom", cue: "said" },
  ]],
  ["a first report with a clause before a second report stays a report", "The minister said the plan was dead and warned that costs would rise.", [
    { kind: "indirect", text: "the plan was dead", cue: "said" },
    { kind: "indirect", text: "costs would rise", cue: "warned" },
  ]],
  ["where the speaker spoke, between the audience and a clause, is the frame's (`told supporters in Berlin`)", "Alice Weidel told supporters in Berlin the result was a success.", [
    { kind: "indirect", text: "the result was a success", speaker: "Alice Weidel", cue: "told supporters" },
  ]],
  ["a name after a preposition in a source's description is no head of it (`projections for public broadcaster ZDF`)", "The party won 33% of the vote, according to projections for public broadcaster ZDF.", [
    { kind: "according_to", text: "The party won 33% of the vote", speaker: "projections for public broadcaster ZDF", canonical: "projections for public broadcaster ZDF" },
  ]],
  ["a known organisation's body named in capitals is that name (`the United Nations' World Food Programme`)", "Famine has taken hold in the region, the United Nations' World Food Programme warned.", [
    { kind: "indirect", text: "Famine has taken hold in the region", speaker: "the United Nations' World Food Programme", canonical: "World Food Programme", cue: "warned" },
  ]],
  ["in a report inside an apposition, the speaker follows the relative word (`a first in spaceflight that the company says will ...`)", "SpaceX caught the booster on Sunday, a first in spaceflight that the company says will cut costs.", [
    { kind: "assertion", text: "SpaceX caught the booster on Sunday" },
    { kind: "indirect", text: "will cut costs", speaker: "the company", canonical: "SpaceX", cue: "says" },
  ]],
  ["a comparison of two words and `than` is no speaker (`weeks earlier than it had indicated`)", "The regulator approved the launch on Saturday, weeks earlier than it had indicated.", [
    { kind: "assertion", text: "The regulator approved the launch on Saturday, weeks earlier than it had indicated" },
  ]],
  ["`the company` is the company whose officer spoke after the last company opened a sentence", "Microsoft said 8.5 million devices were affected. CrowdStrike chief executive George Kurtz said a fix had been deployed. The company stressed that the outage was no cyberattack.", [
    { kind: "indirect", text: "8.5 million devices were affected", canonical: "Microsoft" },
    { kind: "indirect", text: "a fix had been deployed", canonical: "George Kurtz" },
    { kind: "indirect", text: "the outage was no cyberattack", speaker: "The company", canonical: "CrowdStrike", cue: "stressed" },
  ]],
  ["a clause with its own verb before `to` is what was told, not an object and an infinitive", "John Smith told analysts the company expected demand to recover.", [
    { kind: "indirect", text: "the company expected demand to recover", speaker: "John Smith", cue: "told analysts" },
  ]],
  ["a bare reporting form after `a` and singular modifiers is a noun (`a Biden administration rule that ...`)", "A judge blocked a Biden administration rule that would have raised pay.", [
    { kind: "assertion", text: "A judge blocked a Biden administration rule that would have raised pay" },
  ]],
  ["after a compound participle a form in -s is a plural noun (`Republican-led states`)", "The judge blocked the rule, siding with a group of Republican-led states.", [
    { kind: "assertion", text: "The judge blocked the rule, siding with a group of Republican-led states" },
  ]],
  ["a description and a name in apposition before a verb are its subject, not what an inverted frame reports", "Portugal's prime minister, Luís Montenegro, declared a day of national mourning.", [
    { kind: "assertion", text: "Portugal's prime minister, Luís Montenegro, declared a day of national mourning" },
  ]],
  ["`long` between an auxiliary and a reporting verb is the frame's (`have long warned that`)", "Seismologists have long warned that a major earthquake could hit Istanbul.", [
    { kind: "indirect", text: "a major earthquake could hit Istanbul", speaker: "Seismologists", canonical: "seismologists", cue: "have long warned", hedged: true },
  ]],
  ["a body's description with a common noun's possessive takes the name in apposition (`the country's disaster agency, AFAD`)", "The quake was shallow, according to the country's disaster agency, AFAD.", [
    { kind: "according_to", text: "The quake was shallow", speaker: "the country's disaster agency", canonical: "AFAD" },
  ]],
  ["a number and a people's adjective open a description, whose canonical form starts in lower case", "Two Israeli officials said the strikes had been coordinated.", [
    { kind: "indirect", text: "the strikes had been coordinated", speaker: "Two Israeli officials", canonical: "two Israeli officials" },
  ]],
  ["a description with a people's adjective is the fuller form of the same noun after it, not before it", "Flights stopped, police said. Israel struck ports, the Israeli military said. The military said depots were hit. Oslo closed its airspace, Norwegian police said.", [
    { kind: "indirect", text: "Flights stopped", canonical: "police" },
    { kind: "indirect", text: "Israel struck ports", canonical: "the Israeli military" },
    { kind: "indirect", text: "depots were hit", speaker: "The military", canonical: "the Israeli military" },
    { kind: "indirect", text: "Oslo closed its airspace", canonical: "Norwegian police" },
  ]],
  ["a name in apposition before `said` is the subject, not a claim an inverted frame between commas reports", "Dresden's building mayor, Stephan Kühn, said the bridge, built in 1971, had been due for renovation.", [
    { kind: "indirect", text: "the bridge, built in 1971, had been due for renovation", speaker: "Dresden's building mayor", canonical: "Stephan Kühn", cue: "said" },
  ]],
  ["`the auction house` is the company last named; `had been estimated to` hedges", "A Magritte painting sold for $121 million at Christie's. The work had been estimated to fetch $95 million, the auction house said.", [
    { kind: "assertion", text: "A Magritte painting sold for $121 million at Christie's" },
    { kind: "indirect", text: "The work had been estimated to fetch $95 million", speaker: "the auction house", canonical: "Christie's", hedged: true },
  ]],
  ["an article, a body's name and a role open the subject of a coordinated report (`A Volkswagen spokesperson declined ... but said`)", "A Volkswagen spokesperson declined to confirm the closures but said the company needed to cut costs.", [
    { kind: "assertion", text: "A Volkswagen spokesperson declined to confirm the closures" },
    { kind: "indirect", text: "the company needed to cut costs", speaker: "A Volkswagen spokesperson", canonical: "a Volkswagen spokesperson", cue: "said" },
  ]],
  ["a title before `of` heads a description, which a person introduced next holds (`the head of its works council`)", "Volkswagen will close three factories, the head of its works council told staff. Daniela Cavallo said pay would be cut.", [
    { kind: "indirect", text: "Volkswagen will close three factories", speaker: "the head of its works council", canonical: "Daniela Cavallo", cue: "told staff" },
    { kind: "indirect", text: "pay would be cut", speaker: "Daniela Cavallo" },
  ]],
  ["`the airline` is a company whose name closes with the noun's plural (`Alaska Airlines`), not a broadcaster a medium's word follows", "An Alaska Airlines flight landed safely. \"There was a bang,\" passenger Evan Smith told KATU television. The airline said it was grounding jets.", [
    { kind: "assertion", text: "An Alaska Airlines flight landed safely" },
    { kind: "direct_quote", text: "There was a bang", speaker: "passenger Evan Smith", canonical: "Evan Smith", cue: "told" },
    { kind: "indirect", text: "it was grounding jets", speaker: "The airline", canonical: "Alaska Airlines" },
  ]],
  ["`forecast` with a plain object is an act, not a report (`Agreste forecast output of 40.6 million hectolitres`)", "The ministry's statistics service, Agreste, forecast output of 40.6 million hectolitres.", [
    { kind: "assertion", text: "The ministry's statistics service, Agreste, forecast output of 40.6 million hectolitres" },
  ]],
  ["a capital city opening a report is a place, not the company a company noun means", "Bogotá will ration water, the mayor said. The main reservoir was at 16% of capacity, the city's water utility said.", [
    { kind: "indirect", text: "Bogotá will ration water", speaker: "the mayor" },
    { kind: "indirect", text: "The main reservoir was at 16% of capacity", speaker: "the city's water utility", canonical: "the city's water utility" },
  ]],
  ["a definite description's fuller form holds every word of it (`the fire service` is no meteorological service)", "The heat would last, the country's meteorological service warned. A wildfire was burning, the fire service said.", [
    { kind: "indirect", text: "The heat would last", canonical: "the country's meteorological service" },
    { kind: "indirect", text: "A wildfire was burning", speaker: "the fire service", canonical: "the fire service" },
  ]],
  ["a body's description said twice is the first mention, not a company named after it", "Miners began a strike, their union said. The union, which represents 2,400 workers, said the company had refused to talk. BHP said it regretted the decision.", [
    { kind: "indirect", text: "Miners began a strike", canonical: "their union" },
    { kind: "indirect", text: "the company had refused to talk", speaker: "The union", canonical: "their union" },
    { kind: "indirect", text: "it regretted the decision", canonical: "BHP" },
  ]],
  ["`it` after a description opening its own report is the company the description means", "Korean Air completed its takeover of Asiana Airlines on Thursday. The carrier paid $1.1 billion for the stake, it said in a regulatory filing.", [
    { kind: "assertion", text: "Korean Air completed its takeover of Asiana Airlines on Thursday" },
    { kind: "indirect", text: "The carrier paid $1.1 billion for the stake", speaker: "it", canonical: "Korean Air" },
  ]],
  ["a participle's channel is the cue's too, before the reported clause (`writing on social media that`)", "Economy Minister Luis Caputo thanked the US government for its backing, writing on social media that the deal would bring stability.", [
    { kind: "assertion", text: "Economy Minister Luis Caputo thanked the US government for its backing" },
    { kind: "indirect", text: "the deal would bring stability", speaker: "Economy Minister Luis Caputo", cue: "writing on social media" },
  ]],
  ["a quote after a reporting participle is the main clause's subject's (`, saying: \"...\"`)", "The mayor praised the rescuers, saying: \"They worked through the night to save lives.\" A poster joined in, writing in a blog post \"I have myself loaded up the tool.\"", [
    { kind: "assertion", text: "The mayor praised the rescuers" },
    { kind: "direct_quote", text: "They worked through the night to save lives", speaker: "The mayor", cue: "saying" },
    { kind: "assertion", text: "A poster joined in" },
    { kind: "direct_quote", text: "I have myself loaded up the tool", speaker: "A poster", cue: "writing in a blog post" },
  ]],
  ["a modal refusal after `and` is said too (`would not comment`), a past one is the speaker's own act", "Air India said it was working with the investigators and would not comment on details of the inquiry. The airline said it had checked its fleet but declined to say how many jets were grounded.", [
    { kind: "indirect", text: "it was working with the investigators and would not comment on details of the inquiry", speaker: "Air India" },
    { kind: "indirect", text: "it had checked its fleet", speaker: "The airline" },
  ]],
  ["an owner's body by its name is the name (`its Fire and Disaster Management Agency`)", "Japan ordered 1.9 million people to leave the coast, its Fire and Disaster Management Agency said.", [
    { kind: "indirect", text: "Japan ordered 1.9 million people to leave the coast", speaker: "its Fire and Disaster Management Agency", canonical: "Fire and Disaster Management Agency" },
  ]],
  ["`the new mayor` is the person last named as chosen for the title or as winning a vote", "Maria Lindqvist won the mayoral election on Sunday. The new mayor said housing came first. Cardinal Robert Prevost of the United States was elected pope. The new pope said peace came first.", [
    { kind: "assertion", text: "Maria Lindqvist won the mayoral election on Sunday" },
    { kind: "indirect", text: "housing came first", speaker: "The new mayor", canonical: "Maria Lindqvist" },
    { kind: "assertion", text: "Cardinal Robert Prevost of the United States was elected pope" },
    { kind: "indirect", text: "peace came first", speaker: "The new pope", canonical: "Robert Prevost" },
  ]],
  ["a noun set beside the clause after its verb describes it: a negation in it negates nothing", "Portugal's government said the outage had begun in Spain, a claim Madrid did not dispute.", [
    { kind: "indirect", text: "the outage had begun in Spain, a claim Madrid did not dispute", negated: false },
  ]],
  ["`told the crowd` keeps its audience in the cue, before or after what was said", "Union leader Sophie Binet told the crowd that the fight was far from over. \"Peace be with you all,\" the new leader told the crowd from the balcony.", [
    { kind: "indirect", text: "the fight was far from over", cue: "told the crowd" },
    { kind: "direct_quote", text: "Peace be with you all", cue: "told the crowd" },
  ]],
  ["`adding that` after a quote's frame may follow a phrase on where it was said", "\"This has never happened before,\" Prime Minister Pedro Sánchez said in a televised address, adding that no hypothesis had been ruled out.", [
    { kind: "direct_quote", text: "This has never happened before", speaker: "Prime Minister Pedro Sánchez", cue: "said" },
    { kind: "indirect", text: "no hypothesis had been ruled out", speaker: "Prime Minister Pedro Sánchez", cue: "adding", negated: true },
  ]],
  ["a long counted subject after `, and` opens a clause of its own", "White smoke rose from the chimney, and tens of thousands of people in St Peter's Square cheered.", [
    { kind: "assertion", text: "White smoke rose from the chimney" },
    { kind: "assertion", text: "tens of thousands of people in St Peter's Square cheered" },
  ]],
  ["`told French television`: a people's medium is a generic audience and stays in the cue", "\"I'm just happy to be here,\" Pogačar told French television after the race.", [
    { kind: "direct_quote", text: "I'm just happy to be here", cue: "told French television" },
  ]],
  ["an owner's name before a body's noun is the name (`His UAE Team Emirates squad`)", "Tadej Pogačar won the race. His UAE Team Emirates squad said he would rest.", [
    { kind: "assertion", text: "Tadej Pogačar won the race" },
    { kind: "indirect", text: "he would rest", speaker: "His UAE Team Emirates squad", canonical: "UAE Team Emirates" },
  ]],
  ["a role's modifier before a title in capitals leaves the name (`acting Thai Prime Minister ...`)", "\"We must defend our territory,\" acting Thai Prime Minister Phumtham Wechayachai told reporters.", [
    { kind: "direct_quote", text: "We must defend our territory", canonical: "Phumtham Wechayachai" },
  ]],
  ["a party's word before a lowercase role in an apposition still names the person", "The bill's sponsor, Labour lawmaker Kim Leadbeater, said the vote would give people choice.", [
    { kind: "indirect", text: "the vote would give people choice", speaker: "The bill's sponsor", canonical: "Kim Leadbeater" },
  ]],
  ["an owner's body or role opening a clause is the subject of the report coordinated after it", "Cambodia's defence ministry accused Thai forces of firing first and said it had acted in self-defence. Heathrow's chief executive, Thomas Woldbye, welcomed the decision and said the airport was ready to invest.", [
    { kind: "assertion", text: "Cambodia's defence ministry accused Thai forces of firing first" },
    { kind: "indirect", text: "it had acted in self-defence", speaker: "Cambodia's defence ministry" },
    { kind: "assertion", text: "Heathrow's chief executive, Thomas Woldbye, welcomed the decision" },
    { kind: "indirect", text: "the airport was ready to invest", speaker: "Heathrow's chief executive", canonical: "Thomas Woldbye" },
  ]],
  ["`told reporters` after a speaker and an apposition closes the frame: `told` is no inverted frame", "The field could hold 1.7 trillion cubic feet of gas, the company's president, Armin Dorgathen, told reporters in La Paz.", [
    { kind: "indirect", text: "The field could hold 1.7 trillion cubic feet of gas", speaker: "the company's president", canonical: "Armin Dorgathen", cue: "told reporters" },
  ]],
  ["a participle's phrase on the channel belongs to the frame (`said in a video released by the Treasury that`)", "Scott Bessent said in a video released by the Treasury that the deal signalled support for Ukraine.", [
    { kind: "indirect", text: "the deal signalled support for Ukraine", speaker: "Scott Bessent", cue: "said in a video" },
  ]],
  ["a body's noun that no company is takes no acronym a company's noun introduced", "Bolivia's state energy company YPFB said it had found a gas field. The government hopes the find will help exports.", [
    { kind: "indirect", text: "it had found a gas field", canonical: "YPFB" },
    { kind: "indirect", text: "the find will help exports", speaker: "The government", canonical: "the government", cue: "hopes" },
  ]],
  ["a person of a long body's name the finder parted at `and` is still the person", "\"The scale is enormous,\" said Marie Manrique of the International Federation of Red Cross and Red Crescent Societies.", [
    { kind: "direct_quote", text: "The scale is enormous", canonical: "Marie Manrique" },
  ]],
  ["`were projected to` hedges as `were forecast to` does", "The Liberals were projected to win about 168 seats, according to CBC.", [
    { kind: "according_to", text: "The Liberals were projected to win about 168 seats", hedged: true },
  ]],
  ["an acronym in capitals is no relative pronoun (`the WHO said`, `Consumer group Which? said`)", "The accord was approved by 124 countries, the WHO said. Consumer group Which? said the recall was right.", [
    { kind: "indirect", text: "The accord was approved by 124 countries", speaker: "the WHO", cue: "said" },
    { kind: "indirect", text: "the recall was right", speaker: "Consumer group Which?", canonical: "Which?" },
  ]],
  ["a form in -s before `of`, after a common word opening the sentence, is a plural noun (`Member states of`)", "Member states of the World Health Organization adopted a pandemic agreement on Tuesday.", [
    { kind: "assertion", text: "Member states of the World Health Organization adopted a pandemic agreement on Tuesday" },
  ]],
  ["a `with` phrase after the main verb negates no predicate", "The accord was approved by 124 countries, with none voting against.", [
    { kind: "assertion", text: "The accord was approved by 124 countries, with none voting against", negated: false },
  ]],
  ["an adverb alone before a verb after `, but` is no subject: the verb phrase stays in what was said", "Simion said he was the rightful president, but later accepted the result in a video.", [
    { kind: "indirect", text: "he was the rightful president, but later accepted the result in a video", speaker: "Simion" },
  ]],
  ["a product's name after its owner opens no sentence as a company (`SpaceX's Starship rocket`), though a headline made it a subject", "Starship completes test flight after failures\n\nSpaceX's Starship rocket completed its test flight on Tuesday. The company said the flight had met its objectives.", [
    { kind: "assertion", text: "SpaceX's Starship rocket completed its test flight on Tuesday" },
    { kind: "indirect", text: "the flight had met its objectives", speaker: "The company", canonical: "SpaceX" },
  ]],
  ["`hope` closing the claim is a noun and hedges nothing; a rally is a generic audience of the cue", "\"Chile has chosen order, security and hope,\" Kast told a rally. \"We hope the talks succeed,\" Kast said.", [
    { kind: "direct_quote", text: "Chile has chosen order, security and hope", cue: "told a rally", hedged: false },
    { kind: "direct_quote", text: "We hope the talks succeed", hedged: true },
  ]],
  ["a subject's second act after a frame between commas is an assertion of its own", "President Prabowo Subianto cancelled a trip to China, his office said, and ordered police to take firm action.", [
    { kind: "indirect", text: "President Prabowo Subianto cancelled a trip to China", speaker: "his office" },
    { kind: "assertion", text: "ordered police to take firm action" },
  ]],
  ["`their union` is the body named in the next two sentences whose name holds `union`, not any company", "Air Canada attendants stayed on strike, their union said. The Canadian Union of Public Employees said its members would not return. Workers at a mine began a strike, their union said. BHP said it regretted the decision.", [
    { kind: "indirect", text: "Air Canada attendants stayed on strike", canonical: "the Canadian Union of Public Employees" },
    { kind: "indirect", text: "its members would not return", canonical: "the Canadian Union of Public Employees" },
    { kind: "indirect", text: "Workers at a mine began a strike", canonical: "their union" },
    { kind: "indirect", text: "it regretted the decision", canonical: "BHP" },
  ]],
  ["a partial quote inside what a frame's participle adds stays in that report", "\"We will stand by our allies,\" Trump told reporters at the summit, adding that Spain would be made to \"pay twice as much\" in trade talks.", [
    { kind: "direct_quote", text: "We will stand by our allies", cue: "told reporters" },
    { kind: "indirect", text: "Spain would be made to \"pay twice as much\" in trade talks", speaker: "Trump", cue: "adding" },
  ]],
  ["a company's arm in a country (`Ikea UK`) is no fuller form of the company", "Ikea will cut prices in Britain, the furniture retailer said. \"We want lower prices,\" Ikea UK's chief executive, Peter Jelkeby, said.", [
    { kind: "indirect", text: "Ikea will cut prices in Britain", speaker: "the furniture retailer", canonical: "Ikea" },
    { kind: "direct_quote", text: "We want lower prices", canonical: "Peter Jelkeby" },
  ]],
  ["a place's body in lowercase words is the fuller form of `the ministry`; a government meeting is a generic audience", "A tanker broke in two, Russia's emergencies ministry said. One crew member died, the ministry said. \"This is a disaster,\" Putin told a government meeting.", [
    { kind: "indirect", text: "A tanker broke in two", canonical: "Russia's emergencies ministry" },
    { kind: "indirect", text: "One crew member died", speaker: "the ministry", canonical: "Russia's emergencies ministry" },
    { kind: "direct_quote", text: "This is a disaster", cue: "told a government meeting" },
  ]],
  ["a description whose very words introduced a name, in the headline too, means that name", "Streaming service Vidora raises prices\n\nVidora is raising prices in 12 countries, the streaming service said. Rivals said the company had pricing power.", [
    { kind: "indirect", text: "Vidora is raising prices in 12 countries", speaker: "the streaming service", canonical: "Vidora" },
    { kind: "indirect", text: "the company had pricing power", canonical: "rivals" },
  ]],
  ["a company's name is kept where it has an officer, though the text writes its last word in lower case", "Severn Water won a loan to keep the region's biggest water company running. The utility had warned it could run out of money. Severn Water chief executive Ann Cole said the ruling helped.", [
    { kind: "assertion", text: "Severn Water won a loan to keep the region's biggest water company running" },
    { kind: "indirect", text: "it could run out of money", speaker: "The utility", canonical: "Severn Water" },
    { kind: "indirect", text: "the ruling helped", canonical: "Ann Cole" },
  ]],
  ["a verb phrase opened by an auxiliary after `but` shares the subject before it: one claim, its negation not the claim's", "Analysts said the restructuring was overdue but might not be enough to win back investors.", [
    { kind: "indirect", text: "the restructuring was overdue but might not be enough to win back investors", speaker: "Analysts", hedged: true, negated: false },
  ]],
  ["a participle after `told` and its named hearer reports for the same speaker", "\"We need heavy equipment now,\" Mayor Ana Reyes told DZMM radio, adding that rescuers were digging by hand.", [
    { kind: "direct_quote", text: "We need heavy equipment now", cue: "told" },
    { kind: "indirect", text: "rescuers were digging by hand", speaker: "Mayor Ana Reyes", canonical: "Ana Reyes", cue: "adding" },
  ]],
  ["a country's agency before any body is named is the body a frame in the next sentences names as its source", "A strong earthquake struck the island on Tuesday, the country's disaster agency said. Many of the victims were in the town of Bogo, according to the Office of Civil Defense.", [
    { kind: "indirect", text: "A strong earthquake struck the island on Tuesday", speaker: "the country's disaster agency", canonical: "the Office of Civil Defense" },
    { kind: "according_to", text: "Many of the victims were in the town of Bogo", canonical: "the Office of Civil Defense" },
  ]],
  ["a frame between commas may name the one `tell` spoke to before its time; what follows the frame is a clause of its own", "Two carmakers have asked Berlin to delay the rules, an official told Reuters on Monday, adding that talks would go on. Three banks have cut rates, people familiar with the matter told Reuters, as the industry struggles with weak demand.", [
    { kind: "indirect", text: "Two carmakers have asked Berlin to delay the rules", speaker: "an official", cue: "told" },
    { kind: "indirect", text: "talks would go on", speaker: "an official", cue: "adding" },
    { kind: "indirect", text: "Three banks have cut rates", speaker: "people familiar with the matter", cue: "told" },
    { kind: "assertion", text: "the industry struggles with weak demand" },
  ]],
  ["a person opening the speaker before `of` a body is the speaker, whatever the finder made of the body's name", "Car sales fell in Germany. \"This is a lobbying campaign,\" said Jens Hilgenberg of the Friends of the Earth Germany.", [
    { kind: "assertion", text: "Car sales fell in Germany" },
    { kind: "direct_quote", text: "This is a lobbying campaign", canonical: "Jens Hilgenberg" },
  ]],
  ["a phrase on when, up to a dozen words, may stand between the cue and `that`", "Frank had insisted after Sunday's 2-0 defeat at home to Aston Villa that he still had the backing of the board.", [
    { kind: "indirect", text: "he still had the backing of the board", speaker: "Frank", cue: "had insisted" },
  ]],
  ["a place's region after its comma (`in Austin, Texas`) stays in the closing frame", "More than 75% of votes backed the plan, the carmaker said at its annual meeting in Austin, Texas.", [
    { kind: "indirect", text: "More than 75% of votes backed the plan", speaker: "the carmaker", cue: "said" },
  ]],
  ["an office of a place or a body (`the mayor of Paris`) is its holder named beside it, else the description, never the place", "\"Sales rose,\" said the mayor of Paris, Anne Hidalgo. The governor of Texas said rain fell. The Governor of the Bank of England said rates would fall.", [
    { kind: "direct_quote", text: "Sales rose", speaker: "the mayor of Paris", canonical: "Anne Hidalgo" },
    { kind: "indirect", text: "rain fell", canonical: "the governor of Texas" },
    { kind: "indirect", text: "rates would fall", canonical: "the Governor of the Bank of England" },
  ]],
  ["a relative clause on a leading according-to source is the frame's, not the content", "According to the state bus corporation, which runs more than 4,000 buses, its fares will also rise.", [
    { kind: "according_to", text: "its fares will also rise", speaker: "the state bus corporation" },
  ]],
  ["a surname alone opening a sentence, before a verb and a person's pronoun, tells a person's name; a coordinated report keeps its channel in the cue", "The party beat Geert Wilders' far-right party. Wilders congratulated his rival but said on X that the result was a missed opportunity.", [
    { kind: "assertion", text: "The party beat Geert Wilders' far-right party" },
    { kind: "assertion", text: "Wilders congratulated his rival" },
    { kind: "indirect", text: "the result was a missed opportunity", speaker: "Wilders", canonical: "Geert Wilders", cue: "said on X" },
  ]],
  ["`state media` is a noun; a source cited after a closing frame is the frame's", "Some areas received heavy rain, state media reported, citing the national weather centre. Two towns were cut off, the agency said, citing local officials.", [
    { kind: "indirect", text: "Some areas received heavy rain", speaker: "state media", cue: "reported" },
    { kind: "indirect", text: "Two towns were cut off", speaker: "the agency", cue: "said" },
  ]],
  ["what a speaker declined to say is the speaker's act, no part of what was said; `refused to give up` is said", "CFM said it was increasing production but declined to give a timetable. Dunn said her side had been poor but refused to give up.", [
    { kind: "indirect", text: "it was increasing production", speaker: "CFM" },
    { kind: "indirect", text: "her side had been poor but refused to give up", speaker: "Dunn" },
  ]],
  ["a portfolio list's commas part no apposition; a person's body may follow the name set beside a description", "A spokesperson for the Ministry of Housing, Communities and Local Government said the decision was hard. \"You don't need 10,000 steps,\" said the study's lead author, Melody Ding of the University of Sydney.", [
    { kind: "indirect", text: "the decision was hard", speaker: "A spokesperson for the Ministry of Housing, Communities and Local Government" },
    { kind: "direct_quote", text: "You don't need 10,000 steps", speaker: "the study's lead author", canonical: "Melody Ding" },
  ]],
  ["a degree's adverb before a comparison after `but` opens no clause of its own", "That is slightly better than a year ago, but far above the limit set in the Paris Agreement.", [
    { kind: "assertion", text: "That is slightly better than a year ago, but far above the limit set in the Paris Agreement" },
  ]],
  ["a reporting form after `than` is a comparison; a closing frame may end with a phrase on when of up to eight words", "The economy shrank by 0.3%, more than initially estimated, the statistics office said. The two sides agreed a ceasefire, Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two sides.", [
    { kind: "indirect", text: "The economy shrank by 0.3%, more than initially estimated", speaker: "the statistics office", cue: "said" },
    { kind: "indirect", text: "The two sides agreed a ceasefire", speaker: "Malaysian Prime Minister Anwar Ibrahim", canonical: "Anwar Ibrahim" },
  ]],
  ["an accusation after `but` is the speaker's own act; a lone given name a reporting verb follows is the one person named with it", "Acting Prime Minister Phumtham Wechayachai met the envoy. Phumtham said Thailand would honour the deal but accused Cambodian troops of violating earlier agreements.", [
    { kind: "assertion", text: "Acting Prime Minister Phumtham Wechayachai met the envoy" },
    { kind: "indirect", text: "Thailand would honour the deal", speaker: "Phumtham", canonical: "Phumtham Wechayachai" },
    { kind: "assertion", text: "accused Cambodian troops of violating earlier agreements" },
  ]],
  ["a clause on when after a closing frame's verb of speaking is the frame's time; a place's body by its acronym is the acronym", "The leaders agreed to deepen security cooperation, their offices said after the two leaders met at the summit. Germany's KBA motor vehicle authority said it knew of three fires.", [
    { kind: "indirect", text: "The leaders agreed to deepen security cooperation", speaker: "their offices", cue: "said" },
    { kind: "indirect", text: "it knew of three fires", canonical: "KBA" },
  ]],
  ["a word whose possessive names a disease is no organisation the manufacturer could be", "Regulators approved a test that can detect Alzheimer's disease early, the manufacturer said. Roche said the test measures a protein. Alzheimer's patients may benefit.", [
    { kind: "indirect", text: "Regulators approved a test that can detect Alzheimer's disease early", speaker: "the manufacturer", canonical: "Roche" },
    { kind: "indirect", text: "the test measures a protein", canonical: "Roche" },
    { kind: "assertion", text: "Alzheimer's patients may benefit" },
  ]],
  ["one of a group is an individual `he` may stand for; the bloc's executive is the body named before", "The European Commission fined Apple on Wednesday. The EU executive said Apple had broken the rules. Police chief Gyan Mahato told AFP five died. One of the survivors, a French climber, said the snow gave way. \"We heard a noise,\" he told French radio.", [
    { kind: "assertion", text: "The European Commission fined Apple on Wednesday" },
    { kind: "indirect", text: "Apple had broken the rules", speaker: "The EU executive", canonical: "the European Commission" },
    { kind: "indirect", text: "five died", canonical: "Gyan Mahato" },
    { kind: "indirect", text: "the snow gave way", canonical: "one of the survivors" },
    { kind: "direct_quote", text: "We heard a noise", speaker: "he", canonical: "one of the survivors" },
  ]],
  ["a member's letters alone after a lower-case word are a role; two indefinite descriptions are two sources; a body named in apposition after a description goes by its noun", "The local MP, Helen Marsh, said she had written to the minister. A senior official of the carrier said flights would resume. The aviation regulator, the Directorate General of Civil Aviation, has sought a report, a ministry official said. The regulator said it would consider penalties.", [
    { kind: "indirect", text: "she had written to the minister", speaker: "The local MP", canonical: "Helen Marsh" },
    { kind: "indirect", text: "flights would resume", canonical: "a senior official of the carrier" },
    { kind: "indirect", text: "The aviation regulator, the Directorate General of Civil Aviation, has sought a report", speaker: "a ministry official", canonical: "a ministry official" },
    { kind: "indirect", text: "it would consider penalties", speaker: "The regulator", canonical: "the Directorate General of Civil Aviation" },
  ]],
  ["an event that speaks is its organisers, by the event's name", "More than 300 film-makers urged the Berlin International Film Festival to drop a sponsor. The festival said it was reviewing its partnerships.", [
    { kind: "assertion", text: "More than 300 film-makers urged the Berlin International Film Festival to drop a sponsor" },
    { kind: "indirect", text: "it was reviewing its partnerships", speaker: "The festival", canonical: "the Berlin International Film Festival" },
  ]],
  ["a singular name with a plural verb is a team, not a person its lone last word could be the surname of; an owner's noun names whom one told", "Dortmund sign Solberg\n\nBorussia Dortmund have agreed to sign Erik Solberg from Molde, the German club said. Solberg told the club's website he had dreamed of it. Molde said the fee was a record.", [
    { kind: "indirect", text: "Borussia Dortmund have agreed to sign Erik Solberg from Molde", speaker: "the German club", canonical: "Borussia Dortmund" },
    { kind: "indirect", text: "he had dreamed of it", speaker: "Solberg", canonical: "Erik Solberg", cue: "told" },
    { kind: "indirect", text: "the fee was a record", canonical: "Molde" },
  ]],
  ["a restrictive clause narrows a body's description, which the body named next opens; `whose` opens a relative clause inside the speaker", "A cyberattack has forced a hospital in Leeds to cancel operations, the NHS trust that runs it said. Aire Valley Hospitals NHS Trust said its systems were offline. A patient whose operation was cancelled said she had waited a year.", [
    { kind: "indirect", text: "A cyberattack has forced a hospital in Leeds to cancel operations", speaker: "the NHS trust that runs it", canonical: "Aire Valley Hospitals NHS Trust" },
    { kind: "indirect", text: "its systems were offline", canonical: "Aire Valley Hospitals NHS Trust" },
    { kind: "indirect", text: "she had waited a year", speaker: "A patient whose operation was cancelled", canonical: "a patient whose operation was cancelled" },
  ]],
  ["`advised passengers to` is an act after a report; `and no shots were fired` opens a clause; a plural's possessive before a union's noun describes the name", "Air France will cancel flights, the airline said. The SNPL pilots' union called the walkout. The carrier said long-haul flights would be spared and advised passengers to check their bookings. Sheriff Billy Woods said a student had alerted a teacher and no shots were fired.", [
    { kind: "indirect", text: "Air France will cancel flights", canonical: "Air France" },
    { kind: "assertion", text: "The SNPL pilots' union called the walkout" },
    { kind: "indirect", text: "long-haul flights would be spared", speaker: "The carrier", canonical: "Air France" },
    { kind: "assertion", text: "advised passengers to check their bookings" },
    { kind: "indirect", text: "a student had alerted a teacher", canonical: "Billy Woods" },
    { kind: "indirect", text: "no shots were fired", canonical: "Billy Woods" },
  ]],
  ["a surname after a title is still the full name's", "Governor Michele Bullock said the board was ready. Ms Bullock said the board had not met.", [
    { kind: "indirect", text: "the board was ready", canonical: "Michele Bullock" },
    { kind: "indirect", text: "the board had not met", speaker: "Ms Bullock", canonical: "Michele Bullock" },
  ]],
];

describe("speaker types", () => {
  const typeOf = (text: string) => runText(text).claims.map((c) => c.speakerType);
  it("a named person, an organisation, a medium, an anonymous source and a group", () => {
    expect(typeOf("Mayor Ann Roe said the bridge would reopen.")).toEqual(["person"]);
    expect(typeOf("The Health Ministry said the clinic would close.")).toEqual(["organization"]);
    expect(typeOf("The clinic closed, the Wall Street Journal reported.")).toEqual(["media"]);
    expect(typeOf("A senior official said the talks had stalled.")).toEqual(["anonymous"]);
    expect(typeOf("Residents said the water was rising.")).toEqual(["group"]);
    expect(typeOf("The water was rising.")).toEqual([null]);
  });
});

describe("claim rules", () => {
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const actual = claimsOf(text);
      expect(actual).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        const got = actual[i]!;
        const picked = Object.fromEntries(Object.keys(want).map((k) => [k, got[k as keyof typeof got]]));
        expect(picked, `${got.rule}`).toEqual(want);
      });
    });
  }
});

describe("words of a span", () => {
  // The rules read the words of many spans of one text; the text's words are read once, so a span
  // that cuts into a word must still get the words its own slice holds.
  const article = `Rs. 3,343 crore was spent, O'Brien told the U.S. Senate's committee on Tuesday - "we're 'rock 'n' roll' people," he said. ${"The port's 1,200 workers, who earn £9.50 an hour, walked out. ".repeat(4)}`;
  const sliceWords = (start: number, end: number) => [...article.slice(start, end).matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?(?:(?<=\p{N}),\p{N}(?:[\p{L}\p{N}'’.&-]*[\p{L}\p{N}])?)*/gu)].map((m) => ({ start: start + m.index, text: m[0] }));

  it("gives every span the words of its own slice, wherever its ends fall", () => {
    for (let start = 0; start < article.length; start += 3) {
      for (const length of [0, 1, 2, 5, 11, 40, 97, 400]) {
        const end = Math.min(article.length, start + length);
        expect(wordsIn(article, { start, end }).map((w) => ({ start: w.start, text: w.text }))).toEqual(sliceWords(start, end));
      }
    }
  });
});
