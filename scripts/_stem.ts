import { STEMMERS } from '../src/core/language/stemmers';
const [lang, ...words] = process.argv.slice(2);
for (const w of words) console.log(w, STEMMERS[lang as 'es'](w));
