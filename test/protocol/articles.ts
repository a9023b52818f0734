// Short articles written for the protocol tests: one person and two places shared across files.
export const LISBON = [
  'Portugal and Ghana sign a fishing accord',
  '',
  'LISBON — Monday, June 3, 2024',
  '',
  'Prime Minister Helena Costa signed a fishing accord with Ghana in Lisbon on Monday.',
  'Costa said the deal would protect sardine stocks. Kwame Mensah, the Ghanaian envoy, welcomed it.',
].join('\n');

export const ACCRA = [
  'Accra welcomes the accord',
  '',
  'ACCRA, Ghana — Wednesday, June 5, 2024',
  '',
  'Fishermen in Accra cheered on Wednesday as Costa’s accord reached the port.',
  'Kwame Mensah said Helena Costa would visit Accra in July. 😀 “It is a good day,” Mensah said.',
].join('\r\n');
