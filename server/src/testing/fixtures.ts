// Three short articles (written for these tests) sharing a person and a place.
export const ARTICLES = {
  'file:///news/a.txt': [
    'Lisbon hosts the summit',
    '',
    'LISBON — {{PERSON:ana ribeiro|Foreign Minister Ana Ribeiro|Foreign Minister}} opened the summit in {{PLACE:lisbon|Lisbon}} on {{DATE:2024-03-12|Tuesday}}.',
    'Later {{PERSON:ana ribeiro|Ribeiro}} met {{PERSON:david okafor|David Okafor}}.',
  ].join('\n'),
  'file:///news/b.txt': [
    'Talks move to Nairobi',
    '',
    '{{PERSON:ribeiro|Ribeiro’s}} team flew from {{PLACE:lisbon|Lisbon}} to {{PLACE:nairobi|Nairobi}} on {{DATE:2024-03-12|March 12}}.',
  ].join('\r\n'),
  'file:///news/c.md': '# Quiet week 😀\n\nNothing happened on {{DATE:?tuesday|Tuesday}}.\n',
};
