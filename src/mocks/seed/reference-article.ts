/**
 * The article of the reference page, word for word: the page this reader reproduces.
 * The picture is our own generated image; the caption is the page's.
 */
export const referenceParagraphs: readonly string[] = [
  "Recently, after meeting with Japanese politicians and companies, Thierry Breton, head of the EU industry, announced the signing of a memorandum of understanding with Japan to deepen cooperation with Japan in the field of semiconductors. Chips are crucial to the development of national defense, electronics and automobile industries, prompting countries to take specific actions Strengthen control over key technologies.",
  "Thierry Breton said the EU would work with Japan to monitor chip supply chains and facilitate exchanges between researchers and engineers. The EU will also consider financial subsidies to support Japanese semiconductor companies doing business in the EU.",
  "Thierry Breton told Reuters in an interview in Tokyo that the EU considered it important to ensure the security of the semiconductor supply chain. He is currently in Tokyo meeting with government and business people to discuss cooperation in chips and artificial intelligence.",
  "It is understood that Japan has been providing subsidies to revitalize the chip industry and maintain a competitive advantage in materials and equipment. However, Japan’s share of the global market has declined and it is now strongly supporting Rapidus, a chip foundry. Separately, a Japanese government-backed fund agreed last week to buy photoresist maker JSR for $6.4 billion in a bid to boost consolidation in the semiconductor industry. These measures show that the Japanese government attaches great importance to the development of the domestic chip industry.",
  "On Tuesday, Thierry Breton met with senior executives of the Japanese semiconductor company Rapidus to discuss cooperation between the EU and Japan. The company plans to produce cutting-edge chips, which rely on the technical support of the Belgian Microelectronics Research Center (imec) and International Business Machines (IBM). Thierry Breton is scheduled to meet with Rapidus executives on Tuesday. “I think it’s a very important move and it’s going in the right direction,” he said of the foundry.",
  "Thierry Breton also met こうのたろう, Japan’s Minister of Digital Affairs, たけあき, the Minister of the Interior and Communications Matsumoto , and the Minister of State for Economy, Trade and Industry for the first EU-Japan Digital Partnership Ministerial Talks.",
  "In a joint statement, they said they agreed to cooperate on undersea cable connections, semiconductor and cybersecurity, and other areas of the digital economy.",
  "At the subsequent press conference, Thierry Breton said that the focus of this discussion was mainly on artificial intelligence, and the two sides will have more in-depth talks in Brussels, Belgium, in the first half of next year.",
];

export const referenceCaption = "Thierry Breton";
/** The picture is a drawn stand-in (scripts/generate-media.mjs), and its text says so. */
export const referenceImageAlt = 'Illustration standing in for a portrait of Thierry Breton: a speaker at a lectern';
