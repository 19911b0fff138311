// structure: furniture rules by example. Furniture is labelled and kept, never dropped.
import { describe, expect, it } from "vitest";
import { runText, slice } from "./helpers/run.js";

const blocks = (text: string) => {
  const doc = runText(text);
  return doc.blocks.map((b) => `${b.kind}: ${slice(doc, b)}`);
};

describe("furniture", () => {
  it("a date header glued to a caption with an agency credit", () => {
    expect(blocks(" date 2023-10-10 Residents flee Khan Younis on October 9, 2023. Reuters\n\nThe body starts here.")).toEqual([
      "header: date 2023-10-10",
      "caption: Residents flee Khan Younis on October 9, 2023.",
      "credit: Reuters",
      "body: The body starts here.",
    ]);
  });
  it("a headline that opens with a header's key in capitals and no colon is a headline (`Author Hollis wins ...`)", () => {
    expect(blocks("Author Hollis wins Booker Prize for debut novel\n\nIrish writer Aoife Hollis has won the prize.")).toEqual([
      "headline: Author Hollis wins Booker Prize for debut novel",
      "body: Irish writer Aoife Hollis has won the prize.",
    ]);
    expect(blocks("Source Reuters\n\nThe body starts here.")[0]).toBe("header: Source Reuters");
  });
  it("a headline, a byline and a dateline", () => {
    expect(blocks("Floods hit the north\n\nBy Jane Roe\n\nNAIROBI, Kenya — Rivers burst their banks on Monday.")).toEqual([
      "headline: Floods hit the north",
      "byline: By Jane Roe",
      "dateline: NAIROBI, Kenya —",
      "body: Rivers burst their banks on Monday.",
    ]);
  });
  it("a byline with the writer's role on the line below", () => {
    expect(blocks("Floods hit the north\n\nBy DANA WHITFIELD\nStaff Writer\n\nRivers burst their banks on Monday.")).toEqual([
      "headline: Floods hit the north",
      "byline: By DANA WHITFIELD Staff Writer",
      "body: Rivers burst their banks on Monday.",
    ]);
  });
  it("a bulleted list without blank lines: the line that introduces it and each item are blocks of their own", () => {
    expect(blocks("Floods hit the north\n\nThe rules set targets:\n- 63% by 2027;\n- 73% by 2030.")).toEqual([
      "headline: Floods hit the north",
      "body: The rules set targets:",
      "body: - 63% by 2027;",
      "body: - 73% by 2030.",
    ]);
    // One dash line under a quote is an attribution, no list.
    expect(blocks('Floods hit the north\n\n"It is a long game."\n- Matthew Ingram').slice(1)).toEqual(['body: "It is a long game." - Matthew Ingram']);
  });
  it("a wire dateline with the agency", () => {
    const doc = runText("WASHINGTON (Reuters) - The Senate voted on Tuesday.");
    expect(doc.meta.dateline).toBe("WASHINGTON (Reuters)");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["dateline", "body"]);
  });
  it("a place in capitals and a colon, the Indian wire dateline", () => {
    const doc = runText("MUMBAI: At least four people were killed in Mumbai on Monday, officials said.");
    expect(doc.meta.dateline).toBe("MUMBAI");
    expect(blocks("NEW DELHI: The court ruled on Monday.")).toEqual(["dateline: NEW DELHI:", "body: The court ruled on Monday."]);
  });
  it("a dateline of the agency alone", () => {
    const doc = runText("(Reuters) - Helix reported a profit on Wednesday.");
    expect(doc.meta.dateline).toBe("(Reuters)");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["dateline", "body"]);
  });
  it("boilerplate lines and a wire sign-off", () => {
    expect(blocks("The vote passed.\n\nAdvertisement\n\nRead more: Other news\n\n(Reporting by Jane Roe; Editing by John Poe)")).toEqual([
      "body: The vote passed.",
      "boilerplate: Advertisement",
      "boilerplate: Read more: Other news",
      "credit: (Reporting by Jane Roe; Editing by John Poe)",
    ]);
  });
  it("a known place in title case and a colon opening the first paragraph is a dateline (`Bengaluru:`)", () => {
    expect(blocks("Bengaluru: The state will offer free bus travel.")).toEqual(["dateline: Bengaluru:", "body: The state will offer free bus travel."]);
    expect(blocks("Update: The state will offer free bus travel.")).toEqual(["body: Update: The state will offer free bus travel."]);
  });
  it("a place, a date and the agency in brackets with no dash is a dateline (`Bengaluru, Jun 18 (PTI)`)", () => {
    expect(blocks("Bengaluru, Jun 18 (PTI) The state will raise the milk price.")).toEqual(["dateline: Bengaluru, Jun 18 (PTI)", "body: The state will raise the milk price."]);
    expect(blocks("Hong Kong (Reuters) Shares fell.")).toEqual(["dateline: Hong Kong (Reuters)", "body: Shares fell."]);
    expect(blocks("Jan 8 (Reuters) - Shares fell.")).toEqual(["dateline: Jan 8 (Reuters) -", "body: Shares fell."]);
    expect(blocks("Paris (AFP) - Shares fell.")).toEqual(["dateline: Paris (AFP) -", "body: Shares fell."]);
    expect(blocks("New Delhi, Jan 5 (ANI): Shares fell.")).toEqual(["dateline: New Delhi, Jan 5 (ANI):", "body: Shares fell."]);
  });
  it("a press release's dateline with its wire service", () => {
    expect(blocks("SAN FRANCISCO, Oct. 3, 2024 /PRNewswire/ -- Acme Corp. today announced results.")).toEqual(["dateline: SAN FRANCISCO, Oct. 3, 2024 /PRNewswire/ --", "body: Acme Corp. today announced results."]);
    expect(blocks("TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Acme Corp. today announced results.")).toEqual(["dateline: TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) --", "body: Acme Corp. today announced results."]);
  });
  it("a known place in title case and a dash is a dateline, another word is not", () => {
    expect(blocks("Washington — The Senate voted.")).toEqual(["dateline: Washington —", "body: The Senate voted."]);
    expect(blocks("Apple — The company voted.")).toEqual(["body: Apple — The company voted."]);
  });
  it("an Indian wire sign-off in brackets", () => {
    expect(blocks("The vote passed.\n\n(With inputs from PTI)")).toEqual(["body: The vote passed.", "credit: (With inputs from PTI)"]);
  });
  it("a photo credit in brackets after a caption", () => {
    expect(blocks("Body first.\n\nA man waves a flag in Kyiv. (AP Photo/Jane Roe)\n\nMore body.")).toContain("credit: (AP Photo/Jane Roe)");
  });
  it("a caption with a video credit before the dateline keeps the dateline furniture", () => {
    expect(blocks("Warhol exhibit opens\n\nOpening night of the exhibit. Video: Jane Roe.\n\nEvansville, Indiana, United States - The exhibit opened.")).toEqual([
      "headline: Warhol exhibit opens",
      "caption: Opening night of the exhibit.",
      "credit: Video: Jane Roe.",
      "dateline: Evansville, Indiana, United States -",
      "body: The exhibit opened.",
    ]);
  });
  it("a caption with an agency's photo credit in capitals and a slash", () => {
    expect(blocks("Body first.\n\nA customer counts notes at a bank in Nairobi, Kenya, March 3, 2024. REUTERS/Monicah Mwangi\n\nMore body.")).toEqual([
      "body: Body first.",
      "caption: A customer counts notes at a bank in Nairobi, Kenya, March 3, 2024.",
      "credit: REUTERS/Monicah Mwangi",
      "body: More body.",
    ]);
  });
  it("a weekday date line sets the publication date", () => {
    const doc = runText("Floods hit the north\n\nFriday, July 21, 2017\n\nRivers burst their banks.");
    expect(doc.meta.published).toBe("2017-07-21");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["headline", "dateline", "body"]);
  });
  it("an all-capitals section heading inside the body", () => {
    expect(blocks("The vote passed.\n\nWHAT HAPPENS NEXT\n\nThe bill goes to the Senate.")).toContain("headline: WHAT HAPPENS NEXT");
  });
  it("a first sentence ending in a period is body, not a headline", () => {
    expect(blocks("The vote passed on Monday.\n\nMore text.")[0]).toBe("body: The vote passed on Monday.");
  });
  it("hard-wrapped lines of one paragraph stay one body block", () => {
    expect(blocks("The vote passed\non Monday after a long\ndebate.")).toEqual(["body: The vote passed on Monday after a long debate."]);
  });
});
