/**
 * The word that stands for any name of another organisation or programme (conversation.yaml
 * otherSubjects.names), as COUNTRY_NAME stands for any country: a question that names one is about it.
 */
export const OTHER_NAME = 'othername';
