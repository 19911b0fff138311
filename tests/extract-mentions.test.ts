// The mentions table: names of people, organisations and places with entity chains, dates resolved
// against the published date, and amounts from the same code as the claims' quantities.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../pipeline/paths.js";
import { docRows } from "../pipeline/rows.js";
import { runText, slice } from "./helpers/run.js";

const mentions = (text: string) => {
  const doc = runText(text);
  return doc.mentions.map((m) => ({ text: slice(doc, m), type: m.type, canonical: m.canonical, entity: m.entity, value: m.value }));
};
const named = (text: string) => mentions(text).filter((m) => m.entity !== null);

describe("names", () => {
  it("strip titles and keep a place or demonym before a title as its own mention", () => {
    expect(named("Israeli Prime Minister Benjamin Netanyahu met U.S. President Joe Biden.")).toMatchObject([
      { text: "Israeli", type: "place", canonical: "Israel" },
      { text: "Benjamin Netanyahu", type: "person" },
      { text: "U.S.", type: "place" },
      { text: "Joe Biden", type: "person" },
    ]);
  });

  it("give a surname the entity of the fullest name that ends in it", () => {
    const found = named("Rosa Delgado won the vote. Delgado said the lanes would open soon.");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([["Rosa Delgado", "Rosa Delgado"], ["Delgado", "Rosa Delgado"]]);
    expect(found[0]!.entity).toBe(found[1]!.entity);
  });

  it("give a surname after a title (`Ms Bullock`) the entity of the full name too", () => {
    const found = named("Governor Michele Bullock spoke first. Ms Bullock said the board had not met.");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([["Michele Bullock", "Michele Bullock"], ["Bullock", "Michele Bullock"]]);
    expect(found[0]!.entity).toBe(found[1]!.entity);
  });

  it("match an acronym that leaves out the owner's initials (`OCHA` for `U.N. Office for the Coordination of Humanitarian Affairs`)", () => {
    const found = named("The U.N. Office for the Coordination of Humanitarian Affairs said many had fled. Aid could not reach the city, OCHA said.");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      ["U.N. Office for the Coordination of Humanitarian Affairs", "U.N. Office for the Coordination of Humanitarian Affairs"],
      ["OCHA", "U.N. Office for the Coordination of Humanitarian Affairs"],
    ]);
  });

  it("join `X and Y Administration` into one body after an owner's place, and give its acronym its entity", () => {
    const found = named("The U.S. Food and Drug Administration said so. The notice is on the FDA's website.").filter((m) => m.type === "organization");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      ["U.S. Food and Drug Administration", "U.S. Food and Drug Administration"],
      ["FDA", "U.S. Food and Drug Administration"],
    ]);
  });

  it("close a company's name with its legal suffix in lower case (`Aldwych Motors plc`)", () => {
    expect(named("Aldwych Motors plc reported a loss.").map((m) => [m.text, m.type])).toEqual([["Aldwych Motors plc", "organization"]]);
  });

  it("keep a confederation or an incorporation whole through `of` (organisation words)", () => {
    expect(named("The Confederation of British Industry said it could work.").map((m) => [m.text, m.type])).toContainEqual(["Confederation of British Industry", "organization"]);
  });

  it("keep a demonym inside an organisation's name; split it off only before a title", () => {
    const found = mentions("The American Red Cross helped. Israeli Prime Minister Benjamin Netanyahu spoke.").map((m) => [m.text, m.type]);
    expect(found).toContainEqual(["American Red Cross", "organization"]);
    expect(found).not.toContainEqual(["American", "place"]);
    expect(found).toContainEqual(["Israeli", "place"]);
    expect(found).toContainEqual(["Benjamin Netanyahu", "person"]);
  });

  it("give an acronym the entity of the organisation whose initials it is", () => {
    const found = named("The Federal Aviation Administration ordered checks. The FAA said they were urgent.");
    expect(found.map((m) => [m.text, m.type, m.canonical])).toEqual([
      ["Federal Aviation Administration", "organization", "Federal Aviation Administration"],
      ["FAA", "organization", "Federal Aviation Administration"],
    ]);
    expect(found[0]!.entity).toBe(found[1]!.entity);
  });

  it("keep organisation names whole, with `of` inside, and do not read their words as titles", () => {
    const found = named("Students at the University of Southern Indiana met the Health Ministry.").filter((m) => m.type === "organization");
    expect(found).toMatchObject([
      { text: "University of Southern Indiana", type: "organization" },
      { text: "Health Ministry", type: "organization" },
    ]);
  });

  it("type a name set off by commas after a role as its holder, though its given name is unknown", () => {
    expect(named("The shadow chancellor, Mel Stride, said the plan had failed.").map((m) => [m.text, m.type])).toContainEqual(["Mel Stride", "person"]);
    // (Not a company after a company noun: `the carmaker, Northway Motors,` stays an organisation.)
    expect(named("The carmaker, Northway Motors, cut jobs.").map((m) => [m.text, m.type])).toContainEqual(["Northway Motors", "organization"]);
  });
  it("find no person in a given name before a plural no surname is (`Dayton Children's Hospital`)", () => {
    expect(named("Both were taken to Dayton Children's Hospital.").map((m) => m.type)).not.toContain("person");
  });
  it("resolve an acronym that leaves out a name's last `and` word (`CDC`)", () => {
    const found = named("The Centers for Disease Control and Prevention said cases rose. The CDC said five people died.");
    expect(found.map((m) => [m.text, m.canonical])).toContainEqual(["CDC", "Centers for Disease Control and Prevention"]);
  });
  it("read a title's word after `of` as the institution's, unless a person's name follows", () => {
    expect(named("The Ministry of Foreign Affairs summoned the envoy.").map((m) => [m.text, m.type])).toEqual([["Ministry of Foreign Affairs", "organization"]]);
    expect(named("Secretary of State Antony Blinken spoke.").map((m) => [m.text, m.type])).toEqual([["Antony Blinken", "person"]]);
  });
  it("take no lone plural after `the` for a surname: `The Ravens` is a team, so `Baltimore Ravens` is no person", () => {
    expect(named("Baltimore Ravens quarterback Lamar Jackson was hurt. The Ravens lost.").map((m) => [m.text, m.type])).toContainEqual(["Baltimore Ravens", "organization"]);
  });
  it("keep an unknown first name before a given name and a surname, and type the name by its role in apposition", () => {
    expect(named("Abba Isa Tijani, the commission's director general, called it a milestone.").map((m) => [m.text, m.type])).toEqual([["Abba Isa Tijani", "person"]]);
    // (A descriptor before the given name is no part of it: `Scientologist Tom Cruise`, `Striker Leon Baptiste`.)
    expect(named("Scientologist Tom Cruise spoke.").map((m) => m.text)).toEqual(["Tom Cruise"]);
    expect(named("Striker Leon Baptiste scored twice.").map((m) => m.text)).toEqual(["Leon Baptiste"]);
  });
  it("read a one-word name clipped from the first word of an organisation's longer name as that organisation (`Wolves`), not a name a few letters shorter (`Ford`)", () => {
    expect(named("Wolverhampton Wanderers lost. Fans of Wolves were angry. Wolves have four points.").map((m) => [m.text, m.canonical])).toEqual([["Wolverhampton Wanderers", "Wolverhampton Wanderers"], ["Wolves", "Wolverhampton Wanderers"], ["Wolves", "Wolverhampton Wanderers"]]);
    expect(named("Fordham University said fees rose. Shares of Ford fell. Ford cut jobs.").filter((m) => m.text === "Ford").map((m) => m.canonical)).toEqual(["Ford", "Ford"]);
  });
  it("open a person's name with a given name common in international news (`Vivek`, `Ngozi`, `Fumio`), not only in Latin-script locales", () => {
    expect(named("Vivek Arya said prices would rise.").map((m) => [m.text, m.type])).toEqual([["Vivek Arya", "person"]]);
  });
  it("read a title and a given name before a body's word as the body's name (`Queen Elizabeth Hospital`), not a person", () => {
    expect(named("Staff at the Queen Elizabeth Hospital were praised.").map((m) => [m.text, m.type])).not.toContainEqual(["Elizabeth Hospital", "person"]);
    expect(named("Staff at the Queen Elizabeth Hospital were praised.").map((m) => m.text)).toContain("Queen Elizabeth Hospital");
  });
  it("type a known company by the organisations lexicon before the given names (`Nike`)", () => {
    expect(named("Nike cut its forecast. Shares of Nike fell.").map((m) => [m.text, m.type])).toEqual([["Nike", "organization"], ["Nike", "organization"]]);
  });
  it("read a given name alone as the one person the text names with it, not where places stand or where two share it", () => {
    expect(named("Erling Haaland scored twice. Erling is a special player, Guardiola said.").map((m) => [m.text, m.canonical])).toContainEqual(["Erling", "Erling Haaland"]);
    expect(named("Paul Hartley and Paul Smith met. Paul said no.").filter((m) => m.text === "Paul").map((m) => m.canonical)).toEqual(["Paul"]);
  });
  it("type a lone word before an officer's role and a name as the body the person serves", () => {
    const written = (text: string, word: string) => named(text).find((m) => m.text === word) ?? null;
    expect(written("Ajax coach Joao Silva said his side had been unlucky.", "Ajax")?.type).toBe("organization");
    expect(written("Senior researcher Mu Li said the data were clear.", "Senior")).toBeNull();
    expect(written("Users group chair Ann Roe said the fee was too high.", "Users")).toBeNull();
  });

  it("keep initials as the opening of a person's name, not of a title's body", () => {
    expect(named("Chief minister A. Revanth Reddy spoke. ISRO chairman S. Somanath said so. He met K.T. Rama Rao.")).toMatchObject([
      { text: "A. Revanth Reddy", type: "person" },
      { text: "S. Somanath", type: "person" },
      { text: "K.T. Rama Rao", type: "person" },
    ]);
    expect(named("U.N. Secretary-General Antonio Guterres spoke.").map((m) => m.text)).toContain("Antonio Guterres");
  });

  it("take a lone singular word opening a sentence before a reporting verb's past form as its speaker's name", () => {
    expect(named("Ticketmaster said it did not set prices.")).toMatchObject([{ text: "Ticketmaster", type: "organization" }]);
    expect(named("Everyone said so. Police said no. Officials said yes. Recent reports suggest a fall.")).toEqual([]);
  });

  it("take a lone word opening a sentence as a name when no English dictionary holds it", () => {
    expect(named("Soundwave will cut 1,500 jobs, the company said.")).toMatchObject([
      { text: "Soundwave", type: "organization" },
      { text: "the company", canonical: "Soundwave" },
    ]);
    // (Not a dictionary's word, a plural or a word the text writes in lower case too.)
    expect(named("Revenue will fall, the company said. Policymakers held rates.")).toEqual([]);
    expect(named("Fintechs will grow. Lenders said fintechs were a risk.")).toEqual([]);
  });

  it("take a portfolio's word before a place alone as a public body, not a titled person (`Environment Canada`)", () => {
    expect(named("Environment Canada issued air quality statements.").map((m) => [m.text, m.type])).toContainEqual(["Environment Canada", "organization"]);
    // (Before a person's name the word is still a title.)
    expect(named("Environment Minister Steven Guilbeault spoke.").map((m) => [m.text, m.type])).toContainEqual(["Steven Guilbeault", "person"]);
  });
  it("keep an event's word closing a company's name when the name speaks or owns (`Nimbus Games' takeover`), not after an article", () => {
    expect(named("Regulators are studying Nimbus Games' takeover of Playcast.").map((m) => [m.text, m.type])).toContainEqual(["Nimbus Games", "organization"]);
    expect(named("Athletes arrived for the Pacific Games on Monday.").map((m) => m.text)).not.toContain("Pacific Games");
  });
  it("keep a title's word before a plural noun inside a body's name, with its demonym (`Australian Energy Producers`), but not before a surname", () => {
    expect(named("The gas industry body, Australian Energy Producers, said the ban would cost jobs.").map((m) => [m.text, m.type])).toContainEqual(["Australian Energy Producers", "organization"]);
    expect(named("Professor Burrows said the ban would cost jobs.").map((m) => [m.text, m.type])).toContainEqual(["Burrows", "person"]);
  });
  it("keep a word with digits as a company's name when it opens a sentence and speaks (`Jet2 said`), not a product's (`IE6`)", () => {
    expect(named("A jet landed safely. Jet2 said the engine was damaged.").map((m) => [m.text, m.type])).toContainEqual(["Jet2", "organization"]);
    expect(named("IE6 crashed often.").map((m) => m.text)).not.toContain("IE6");
  });
  it("spell out an acronym whose letters include a capitalised word after a hyphen (`WADA`, `World Anti-Doping Agency`)", () => {
    const doc = runText("The World Anti-Doping Agency has appealed. WADA said it was seeking a ban.");
    expect(doc.claims[1]?.speakerCanonical).toBe("the World Anti-Doping Agency");
  });
  it("take no English word opening a headline for a surname alone (`Water company fined` is no evidence that `Thames Water` is a person)", () => {
    expect(named("Water company fined\n\nThames Water has been fined. Thames Water said it was sorry.").map((m) => [m.text, m.type])).not.toContainEqual(["Thames Water", "person"]);
  });
  it("keep an organisation word that closes a name before its verb, though it could open a sentence", () => {
    expect(named("The fire was put out. Thames Valley Police said the road had reopened.").map((m) => [m.text, m.type])).toEqual([["Thames Valley Police", "organization"]]);
  });
  it("keep a plural after a known company as part of its name, not a product (`Meta Platforms`, unlike `Google Chrome`)", () => {
    // (The company's short name inside is a mention of its own, as names inside longer names are.)
    expect(named("Meta Platforms was fined on Monday.").map((m) => [m.text, m.type])).toEqual([["Meta Platforms", "organization"], ["Meta", "organization"]]);
  });
  it("keep a department whole through title words inside it (`Department of State Health Services`)", () => {
    expect(named("Thirteen people were hospitalized, according to the Texas Department of State Health Services.").map((m) => [m.text, m.type])).toContainEqual(["Texas Department of State Health Services", "organization"]);
  });
  it("propagate a type through the document: once a place, a place everywhere", () => {
    const found = named("Shelling hit Khan Younis Road overnight. Residents of Khan Younis Road fled.").filter((m) => m.text === "Khan Younis Road");
    expect(found.map((m) => m.type)).toEqual(["place", "place"]);
  });

  it("read a place name as the surname of a person in the text, unless it stands after in, at or from", () => {
    const found = named("Valeska Paris left the group. Paris said she was held for years. She later moved to Paris.");
    expect(found.map((m) => [m.text, m.type])).toEqual([["Valeska Paris", "person"], ["Paris", "person"], ["Paris", "place"]]);
  });

  it("end a name before a capitalised function word that runs into it", () => {
    expect(named("The seat went to Regina Ip In the next district, turnout fell.").map((m) => m.text)).toEqual(["Regina Ip"]);
  });

  it("take no capitalised pair for a person when the text writes its last word in lower case", () => {
    expect(named("The Space Shuttle flew in 1981. The shuttle was retired later.")).toEqual([]);
    expect(named("Ann Roe spoke. Roe left.").map((m) => m.type)).toEqual(["person", "person"]);
  });

  it("name places, organisations and people inside a longer name as mentions of their own", () => {
    expect(named("The Andy Warhol Foundation sent prints to the Comic Corps of Canada.").map((m) => [m.text, m.type])).toEqual([
      ["Andy Warhol Foundation", "organization"],
      ["Andy Warhol", "person"],
      ["Comic Corps of Canada", "organization"],
      ["Canada", "place"],
    ]);
  });

  it("read two to four capitalised words as a person when they open with a given name or have a Chinese name's shape", () => {
    expect(named("The award went to Hamdullah Mohib and Cheng Chung-tai.").map((m) => [m.text, m.type])).toEqual([
      ["Hamdullah Mohib", "person"],
      ["Cheng Chung-tai", "person"],
    ]);
  });

  it("start a person's name at the given name after an organisation that runs into it", () => {
    expect(named("CEO of the Refugee Council Enver Solomon spoke.").map((m) => [m.text, m.type])).toEqual([["Refugee Council", "organization"], ["Enver Solomon", "person"]]);
  });

  it("start a person's name at the given name after an unknown modifier", () => {
    expect(named("Scientologist Tom Cruise attended.").map((m) => m.text)).toEqual(["Tom Cruise"]);
  });

  it("read other capitalised words as an organisation, or as a person when the last word later stands alone", () => {
    expect(named("Voters backed Civic Passion in the east.").map((m) => [m.text, m.type])).toEqual([["Civic Passion", "organization"]]);
    expect(named("The goal came from Ferjani Sassi. Sassi ran on.").map((m) => [m.text, m.type, m.canonical])).toEqual([
      ["Ferjani Sassi", "person", "Ferjani Sassi"],
      ["Sassi", "person", "Ferjani Sassi"],
    ]);
  });

  it("read a name after a lowercase role as a person", () => {
    expect(named("The ball fell to striker Romelu Lukaku.").map((m) => m.type)).toEqual(["person"]);
  });

  it("read a word capitalised once inside a sentence and again at a sentence start as a name", () => {
    expect(named("Mapwise will stop selling data. A regulator said that Mapwise had shared data.").map((m) => [m.text, m.type])).toEqual(Array(2).fill(["Mapwise", "organization"]));
    expect(named("A regulator said that Mapwise had shared data.")).toEqual([]);
  });

  it("read a lone recurring word as an organisation unless it is a given name", () => {
    expect(named("Critics of Scientology met. They said Scientology had not replied.").map((m) => m.type)).toEqual(["organization", "organization"]);
    expect(named("The couple lost their child, Gloria, in May.").map((m) => [m.text, m.type])).toEqual([["Gloria", "person"]]);
  });

  it("take no name from events, laws, products with digits, tags or words the text also writes in the plural", () => {
    expect(named("Fans in Brazil watched the World Cup.").map((m) => m.text)).toEqual(["Brazil"]);
    expect(named("The page broke in IE6 for users of IE6.")).toEqual([]);
    expect(named("He bought a Polaroid camera. The Polaroids sold fast. A Polaroid was lost.")).toEqual([]);
  });

  it("read a place and the regions after it as one place, the regions kept as their own mentions, but not a list", () => {
    expect(named("She flew from Chicago, Illinois to Sydney.").map((m) => [m.text, m.canonical])).toEqual([
      ["Chicago, Illinois", "Chicago, Illinois"],
      ["Illinois", "Illinois"],
      ["Sydney", "Sydney"],
    ]);
    expect(named("Teams from Sweden, Belgium and England won.").map((m) => m.text)).toEqual(["Sweden", "Belgium", "England"]);
    expect(named("Cases rose in Sydney, Melbourne and Perth.").map((m) => m.text)).toEqual(["Sydney", "Melbourne", "Perth"]);
  });

  it("keep an abbreviation's period, an ampersand and a calendar word inside an organisation's name", () => {
    const organizations = named("Pacific Gas & Electric Co. and the Local Government Association met.").filter((m) => m.type === "organization");
    expect(organizations.map((m) => m.text)).toEqual(["Pacific Gas & Electric Co.", "Local Government Association"]);
  });

  it("keep a ministry's or a department's list of portfolios in its name, but not a second institution", () => {
    const organizations = named("The Ministry of Economy, Trade and Industry and the Department of Health and Human Services met officials of the University of Oxford and Cambridge University.").filter((m) => m.type === "organization");
    expect(organizations.map((m) => m.text)).toEqual(["Ministry of Economy, Trade and Industry", "Department of Health and Human Services", "University of Oxford", "Cambridge University"]);
  });

  it("type a lone name after a company's noun an organisation (`oil company Aramco`), not after a capitalised word", () => {
    expect(named("Saudi state oil company Aramco said the fire was out.").find((m) => m.text === "Aramco")?.type).toBe("organization");
  });

  it("end an organisation's name with a time zone that is also a place (`Pacific` is a calendar word after `p.m.`)", () => {
    const organizations = named("DP Pacific shut its systems. Shares in Acme Pacific fell.").filter((m) => m.type === "organization");
    expect(organizations.map((m) => m.text)).toEqual(["DP Pacific", "Acme Pacific"]);
  });

  it("put a speaker named by a pronoun or a description into the chain of the name it resolves to", () => {
    const found = named("President Joe Biden spoke on Monday. He said the talks would resume. Northway Motors cut jobs. The company said sales fell.");
    expect(found.map((m) => [m.text, m.canonical])).toEqual([
      ["Joe Biden", "Joe Biden"],
      ["He", "Joe Biden"],
      ["Northway Motors", "Northway Motors"],
      ["The company", "Northway Motors"],
    ]);
    expect(found[1]!.entity).toBe(found[0]!.entity);
    expect(found[3]!.entity).toBe(found[2]!.entity);
  });

  it("give an amount with a glued unit symbol that unit", () => {
    const doc = runText("It reached 40.3C on a 12km stretch.");
    expect(doc.mentions.filter((m) => m.type === "quantity").map((m) => [slice(doc, m), m.number, m.unit])).toEqual([["40.3", 40.3, "C"], ["12", 12, "km"]]);
  });

  it("read `12% to $18.9 billion` as two amounts and `between $19.5 billion and $20.5 billion` as one range", () => {
    const amounts = (t: string) => mentions(t).filter((m) => m.value !== null && m.type !== "date").map((m) => m.text);
    expect(amounts("Revenue rose 12% to $18.9 billion.")).toEqual(["12%", "$18.9 billion"]);
    expect(amounts("It expects between $19.5 billion and $20.5 billion.")).toEqual(["between $19.5 billion and $20.5 billion"]);
  });

  it("read `11% to 47,900 units` as two amounts (a range keeps its percent), `11 to 14%` as a range in percent", () => {
    const amounts = (t: string) => runText(t).claims[0]!.quantities.map((q) => [q.text, q.qualifier, q.unit]);
    expect(amounts("Sales rose 11% to 47,900 units.")).toEqual([["11%", "exact", "percent"], ["47,900", "exact", "units"]]);
    expect(amounts("Sales rose 11% TO 47,900 units.")).toEqual([["11%", "exact", "percent"], ["47,900", "exact", "units"]]);
    expect(amounts("Sales rose from 11 to 14%.")).toEqual([["11 to 14%", "range", "percent"]]);
  });

  it("read two amounts joined by `and`, or going down with `to`, as two amounts, each with its own currency sign", () => {
    const amounts = (t: string) => runText(t).claims[0]!.quantities.map((q) => [q.text, q.value, q.qualifier, q.unit]);
    expect(amounts("It pledged $5 million and $3 million.")).toEqual([["$5 million", 5e6, "exact", "USD"], ["$3 million", 3e6, "exact", "USD"]]);
    expect(amounts("Revenue fell from $5 million to $3 million.")).toEqual([["$5 million", 5e6, "exact", "USD"], ["$3 million", 3e6, "exact", "USD"]]);
    expect(amounts("It costs US$5 million and HK$3 million.")).toEqual([["US$5 million", 5e6, "exact", "USD"], ["HK$3 million", 3e6, "exact", "HKD"]]);
    expect(amounts("The vote was 88-9.")).toEqual([]);
  });

  it("read no amount in a compound modifier but an age or a measure's, nor in two years, nor in an identifier after a name", () => {
    const amounts = (t: string) => runText(t).claims.flatMap((c) => c.quantities.map((q) => [q.text, q.unit]));
    expect(amounts("Boluarte declared a 60-day state of emergency over the two-child limit.")).toEqual([]);
    expect(amounts("A 58-year-old man saw the 71-metre booster land.")).toEqual([["58", null], ["71", null]]);
    expect(amounts("Fraud went on between 2017 and 2020.")).toEqual([]);
    expect(amounts("The Boeing 737 crashed, and Ariane 6 flew.")).toEqual([]);
    expect(amounts("Norris leads the Formula One drivers' championship.")).toEqual([]);
    expect(amounts("The regulator gave Tunely 60 days.")).toEqual([["60", "days"]]);
  });

  it("give an amount's unit as the thing counted: past an owner's word and the whole's number, never a pronoun, a time word or a lone verb form", () => {
    const units = (t: string) => runText(t).claims.flatMap((c) => c.quantities.map((q) => q.unit));
    expect(units("Gatwick said 40 of its flights were diverted.")).toEqual(["flights"]);
    expect(units("The crash killed 241 of the 242 people on board.")).toEqual(["people", "people"]);
    expect(units("Rescuers pulled 240 of them out, and 75 injured were treated.")).toEqual([null, null]);
    expect(units("Ten more people fell ill, and the bank cut rates by 25 basis points.")).toEqual(["people", "basis points"]);
    expect(runText("Musk must deliver one million of its Optimus robots.").claims[0]?.quantities).toMatchObject([{ text: "one million", value: 1e6, unit: "Optimus robots" }]);
    expect(units("The world is on track for 2.3 to 2.5 degrees Celsius of warming.")).toEqual(["degrees Celsius"]);
    expect(units("One person died.")).toEqual(["person"]);
  });

  it("give a decimal times a scale its exact value: `$4.1 billion` is 4100000000, without binary noise", () => {
    expect(runText("Revenue will be $4.1 billion to $4.3 billion.").claims[0]?.quantities[0]).toMatchObject({ text: "$4.1 billion to $4.3 billion", value: 4.1e9, value_max: 4.3e9, qualifier: "range" });
  });

  it("multiply two scale words: `₹1.16 lakh crore` is 1.16 × 10^12 rupees", () => {
    expect(runText("It would release ₹1.16 lakh crore.").claims[0]?.quantities[0]).toMatchObject({ text: "₹1.16 lakh crore", value: 1.16e12, unit: "INR" });
  });

  it("read Indian digit grouping in lakhs: `Rs 1,01,450 crore` is 1,014,500 × 10^7 rupees", () => {
    expect(runText("Revenue fell to Rs 1,01,450 crore.").claims[0]?.quantities[0]).toMatchObject({ text: "Rs 1,01,450 crore", value: 1.0145e12, unit: "INR" });
  });

  it("count a number after a colon and a space; not the minutes of a clock time or the second side of a score", () => {
    const amounts = (t: string) => runText(t).claims[0]!.quantities.map((q) => q.text);
    expect(amounts("Democrats were split: 10 of them voted for the bill.")).toEqual(["10"]);
    expect(amounts("The vote began at 10:30 and ended 3:1.")).toEqual([]);
  });

  it("take only a month's own name for a date: `declined 11%` and `an 11% decline` are amounts", () => {
    const amounts = (t: string) => runText(t).claims[0]!.quantities.map((q) => q.text);
    expect(amounts("Sales declined 11% after an 8% decline in the summary.")).toEqual(["11%", "8%"]);
    expect(amounts("Talks resumed on Dec. 5 and again on 12 March.")).toEqual([]);
  });

  it("read `below` before an amount as at most", () => {
    expect(runText("Inflation stayed below 3%.").claims[0]?.quantities[0]).toMatchObject({ text: "below 3%", value: 3, qualifier: "at_most" });
  });

  it("keep `a` between a qualifier and `dozen` or `hundred` in the amount (`at least a dozen`)", () => {
    expect(runText("Divers searched for at least a dozen people.").claims[0]?.quantities[0]).toMatchObject({ text: "at least a dozen", value: 12, qualifier: "at_least", unit: "people" });
    expect(runText("About a hundred homes burned.").claims[0]?.quantities[0]).toMatchObject({ text: "About a hundred", value: 100, qualifier: "about" });
  });

  it("read `between two groups`, with no second bound, as the exact amount, but not `Between 1 in 4 and 1 in 3`", () => {
    expect(runText("The shooting followed an argument between two groups of teenagers.").claims[0]?.quantities).toMatchObject([{ text: "two", value: 2, qualifier: "exact", unit: "groups" }]);
    const ratios = runText("Between 1 in 4 and 1 in 3 adults do not meet the target.");
    expect(ratios.claims[0]?.quantities.some((q) => q.start === ratios.text.indexOf("1"))).toBe(false);
  });

  it("read `between one and two` as a range in words, but leave out one whose upper bound takes a scale", () => {
    expect(runText("WADA sought a ban of between one and two years.").claims[0]?.quantities[0]).toMatchObject({ text: "between one and two", value: 1, value_max: 2, qualifier: "range", unit: "years" });
    expect(runText("Between two and three million people fled.").claims[0]?.quantities.map((q) => q.text)).not.toContain("Between two and three");
    const doc = runText("WADA sought a ban of between one and two years.");
    expect(doc.mentions.filter((m) => m.type === "quantity").map((m) => slice(doc, m))).toEqual(["between one and two"]);
  });

  it("read `two or three weeks` as a range: the larger amount after `or` closes it, unless it takes a scale or a percent of its own", () => {
    expect(runText("He hopes to be back in two or three weeks.").claims[0]?.quantities).toMatchObject([{ text: "two or three", value: 2, value_max: 3, qualifier: "range", unit: "weeks" }]);
    expect(runText("Some 10 or 12 people were hurt.").claims[0]?.quantities[0]).toMatchObject({ value: 10, value_max: 12, qualifier: "range", unit: "people" });
    expect(runText("Two or three million people voted.").claims[0]?.quantities.map((q) => q.text)).toEqual(["Two", "three million"]);
    expect(runText("It paid 3 or 2 dollars.").claims[0]?.quantities.map((q) => q.qualifier)).toEqual(["exact", "exact"]);
    const doc = runText("He hopes to be back in two or three weeks.");
    expect(doc.mentions.filter((m) => m.type === "quantity").map((m) => slice(doc, m))).toEqual(["two or three"]);
  });

  it("take no currency's sign before an amount for a name (`Rs 253 crore`)", () => {
    const doc = runText("Net profit rose to Rs 253 crore from Rs 2 crore, the company said. Revenue grew to Rs. 4,206 crore.");
    expect(doc.mentions.filter((m) => ["person", "organization", "place"].includes(m.type)).map((m) => slice(doc, m))).toEqual([]);
    expect(doc.claims[0]?.speakerCanonical).toBe("the company");
  });

  it("take `General` after an organisation word for part of the name, which goes on through `of`", () => {
    const doc = runText("Cases rose, according to the Directorate General of Health Services.");
    expect(doc.mentions.filter((m) => m.type === "organization").map((m) => slice(doc, m))).toEqual(["Directorate General of Health Services"]);
  });

  it("type two capitalised words a person's name when `, who` or an age follows them", () => {
    expect(named("Roddy Doyle, who chaired the panel, said the book was new.").find((m) => m.text === "Roddy Doyle")?.type).toBe("person");
    expect(named("Tamsin Greave, 51, won the prize.").find((m) => m.text === "Tamsin Greave")?.type).toBe("person");
  });

  it("type a name a person's when a role in apposition closes the sentence after it", () => {
    expect(named("Roads were blocked, said Ejaz Ahmad, a provincial health official.").find((m) => m.text === "Ejaz Ahmad")?.type).toBe("person");
  });

  it("take no organisation's word alone opening a sentence before the noun it modifies for a name (`Air defences`)", () => {
    expect(named("Air defences shot down 406 drones, the air force said.").map((m) => m.text)).toEqual([]);
    expect(named("Parliament voted on Tuesday.").map((m) => m.text)).toEqual(["Parliament"]);
  });

  it("type one word after a title and before a role and a person's name as the body the person serves", () => {
    expect(named("Former Everton striker Kevin Campbell said it was harsh.").find((m) => m.text === "Everton")?.type).toBe("organization");
    expect(named("Former President Obama spoke.").find((m) => m.text === "Obama")?.type).toBe("person");
  });

  it("read a lone first word the given-name list lacks as the one person named with it, where nothing else types the word", () => {
    const mentions = named('WHO Director-General Tedros Adhanom Ghebreyesus spoke. "It is clear," Tedros said.');
    expect(mentions.filter((m) => m.text === "Tedros").map((m) => m.type)).toEqual(["person"]);
  });

  it("keep a portfolio list after an owner's place and a head with `for` (`Africa Centres for Disease Control and Prevention`)", () => {
    expect(named("Cases rose, according to the Africa Centres for Disease Control and Prevention.").map((m) => m.text)).toContain("Africa Centres for Disease Control and Prevention");
  });

  it("leave a word alone when two names part after it (`Ford` beside `Ford Explorer` and `Ford Expedition`), typed as the word is elsewhere", () => {
    const mentions = named("Ford is recalling cars. The recall covers the Ford Explorer and Ford Expedition models. Ford said it knew of no crashes.");
    expect(mentions.filter((m) => m.text === "Ford").map((m) => [m.type, m.canonical])).toEqual([["organization", "Ford"], ["organization", "Ford"]]);
  });

  it("keep an eponym's possessive inside a body's name (`Alzheimer's Association`), not a place's (`Nigeria's Senate`)", () => {
    expect(named("Maria Carrillo of the Alzheimer's Association spoke. Nigeria's Senate voted.").map((m) => m.text)).toEqual(["Maria Carrillo", "Alzheimer's Association", "Nigeria", "Senate"]);
  });

  it("read a known company named after a person as an organisation, and its surname alone as that company", () => {
    const mentions = named("Eli Lilly won approval for its drug. Lilly said the price was fair.");
    expect(mentions.map((m) => [m.text, m.type, m.canonical])).toEqual([["Eli Lilly", "organization", "Eli Lilly"], ["Lilly", "organization", "Eli Lilly"]]);
  });

  it("keep the possessive of a known name that ends in one (`Christie's`)", () => {
    expect(named("The painting sold at Christie's in New York.").map((m) => [m.text, m.type])).toEqual([["Christie's", "organization"], ["New York", "place"]]);
  });

  it("read `waited over 12 hours` as more than twelve: a verb of duration before `over`", () => {
    expect(runText("Patients waited over 12 hours.").claims[0]?.quantities[0]).toMatchObject({ text: "over 12", qualifier: "at_least", unit: "hours" });
  });

  it("read `over two years` as a span of time, not `more than two`", () => {
    const doc = runText("The airline offered more pay over two years to over 300 pilots.");
    expect(doc.mentions.filter((m) => m.type === "quantity").map((m) => [slice(doc, m), m.qualifier])).toEqual([["two", "exact"], ["over 300", "at_least"]]);
  });

  it("keep the plus of an acronym", () => {
    expect(named("Prices rose after OPEC+ cut output.").map((m) => m.text)).toEqual(["OPEC+"]);
  });

  it("keep `for the` and `of the` inside an organisation's name", () => {
    expect(named("Prints went to the Andy Warhol Foundation for the Visual Arts.")[0]?.text).toBe("Andy Warhol Foundation for the Visual Arts");
  });

  it("take no name from common-noun acronyms, religions, feasts, the Internet or `I’m`", () => {
    expect(named("The CEO said on TV that the Internet slowed during Ramadan. I’m sure, she added.")).toEqual([]);
    // Recurring, so that only the lexicon keeps them out.
    expect(named("Use of the Internet rose in Ramadan. After Ramadan, the Internet slowed.")).toEqual([]);
  });

  it("read a place beside a score as a team, an organisation, through the document", () => {
    expect(named("Belgium 3 – 0 Panama. Panama had chances, but Belgium scored.").map((m) => m.type)).toEqual(Array(4).fill("organization"));
  });

  it("skip a lone capitalised word that opens a sentence unless the text names it elsewhere", () => {
    expect(named("Officials said the road was closed.")).toEqual([]);
  });

  it("take no name from a common noun the text writes in lower case more often than capitalised", () => {
    expect(named("Salt holds iodine. If Iodine runs low, goitre follows. Doctors say Iodine matters, and iodine is cheap, so iodine is added.")).toEqual([]);
    expect(named("Iodine deficiency is common. Salt holds iodine.")).toEqual([]);
    expect(named("Critics of Scientology met. They said Scientology had not replied. The word scientology means search for truth.").map((m) => m.text)).toEqual(["Scientology", "Scientology"]);
  });

  it("take no name from products, vehicles and works, nor from their last word or initials elsewhere", () => {
    expect(named("Users of Internet Explorer 6 should move to Internet Explorer 9. IE still leads.")).toEqual([]);
    expect(named("Visit \"The Internet Explorer 6 Countdown\" today.")).toEqual([]);
    expect(named("Space Shuttle Atlantis will go to Florida. Atlantis flew 33 times.").map((m) => m.text)).toEqual(["Florida"]);
    expect(named("She lived aboard the cruise ship, Freewinds. On board the Freewinds, she worked.")).toEqual([]);
    expect(named("The recently released Google Chrome gained users.").map((m) => [m.text, m.type])).toEqual([["Google", "organization"]]);
    // A score or a figure is no version; a comma after `by phone` makes no apposition.
    expect(named("Belgium 3 – 0 Panama.").map((m) => m.text)).toEqual(["Belgium", "Panama"]);
    expect(named("Speaking by phone, Ann Roe said the plant would close.").map((m) => m.text)).toEqual(["Ann Roe"]);
  });

  it("keep a plural possessive and a title's office inside an organisation's name", () => {
    expect(named("The Korean People's Army moved.").map((m) => m.text)).toContain("Korean People's Army");
    expect(named("He joined the Workers' Party.").map((m) => m.text)).toEqual(["Workers' Party"]);
    expect(named("The Los Angeles Sheriff's Department said so.").map((m) => m.text)).toEqual(["Los Angeles Sheriff's Department", "Los Angeles"]);
    expect(named("She met Microsoft's Satya Nadella.").map((m) => m.text)).toEqual(["Microsoft", "Satya Nadella"]);
  });

  it("carry an institution's name through its connectors and over `and` to the word that ends it", () => {
    expect(named("She left the Joint Council for the Welfare of Immigrants.").map((m) => m.text)).toEqual(["Joint Council for the Welfare of Immigrants"]);
    expect(named("He chairs the Centre for Control of Iodine Deficiency Disorders.").map((m) => [m.text, m.type])).toEqual([["Centre for Control of Iodine Deficiency Disorders", "organization"]]);
    expect(named("Staff at the University of Sheffield of the UK agreed.").map((m) => m.text)).toEqual(["University of Sheffield", "UK"]);
    expect(named("The Health and Human Services Department said so.").map((m) => m.text)).toEqual(["Health and Human Services Department"]);
    expect(named("Smith College and Harvard University agreed.").map((m) => m.text)).toEqual(["Smith College", "Harvard University"]);
  });

  it("end no name at an award's sponsor: the award's name runs to the word that makes it one", () => {
    expect(named("Harry Kane won the Budweiser Man of the Match award.").map((m) => m.text)).toEqual(["Harry Kane"]);
  });

  it("take no name from a word in capitals for stress, but keep a surname that is a function word", () => {
    expect(named("He would be jailed, UNLESS of course he returned.")).toEqual([]);
    expect(named("Wong Kwok-hing was defeated by James To.").map((m) => m.text)).toEqual(["Wong Kwok-hing", "James To"]);
  });
});

describe("dates", () => {
  const articles = JSON.parse(readFileSync(join(packageRoot, "tests", "gold-dates", "articles.json"), "utf8")) as { id: string; raw: string; dates: [string, string][] }[];
  for (const article of articles) {
    it(`resolve every date in ${article.id} to the ISO date or range the gold gives`, () => {
      const found = mentions(article.raw).filter((m) => m.type === "date" || m.type === "time");
      expect(found.map((m) => [m.text, m.value])).toEqual(article.dates);
    });
  }

  it("in the sample article: the header date, October 9, 2023 and the weekend before 2023-10-10", () => {
    const doc = runText(readFileSync(join(packageRoot, "seeds", "000_8e9efd90f228f0c0.txt")));
    const dates = docRows(doc).mentions.filter((m) => m.type === "date");
    expect(dates.map((m) => [m.text, m.value, m.anchor])).toEqual([
      ["2023-10-10", "2023-10-10", null],
      ["October 9, 2023", "2023-10-09", null],
      ["over the weekend", "2023-10-07/2023-10-08", "2023-10-10"],
    ]);
    expect(dates[2]).toMatchObject({ date_start: "2023-10-07", date_end: "2023-10-08" });
  });

  it("keep a relative date without a published date, with a null value: never guessed", () => {
    expect(mentions("The talks collapsed on Monday.").filter((m) => m.type === "date")).toEqual([{ text: "Monday", type: "date", canonical: null, entity: null, value: null }]);
  });
});

describe("amounts", () => {
  it("type money, percent and counts, with values in base units", () => {
    expect(mentions("The fund lost $1.5 billion, or 12%, and cut at least 300 jobs.").filter((m) => m.entity === null)).toMatchObject([
      { text: "$1.5 billion", type: "money", value: "1500000000" },
      { text: "12%", type: "percent", value: "12" },
      { text: "at least 300", type: "quantity", value: "300" },
    ]);
  });

  it("leave the numbers of a date to the date", () => {
    expect(mentions("It happened on October 9, 2023.").map((m) => m.type)).toEqual(["date"]);
  });
});

describe("mention rows", () => {
  it("point to the claim whose content holds them", () => {
    const doc = runText("The mayor said on Tuesday that 40 homes in Springfield were flooded.");
    const rows = docRows(doc);
    const homes = rows.mentions.find((m) => m.text === "40")!;
    expect(homes.claim_id).toBe(rows.claims[0]!.claim_id);
    expect(rows.mentions.find((m) => m.text === "Tuesday")!.claim_id).toBeNull();
  });
});
