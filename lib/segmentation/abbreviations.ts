// Word lists for English sentence boundary disambiguation.
// Entries written with a capital letter match only that spelling ("No", "Sat"), because their
// lower-case twins are ordinary words ("no", "sat"); lower-case entries match any case.

const words = (list: string) => list.split(" ");

const caseAware = (list: string[]) => ({
  exact: new Set(list.filter((w) => w !== w.toLowerCase())),
  folded: new Set(list.filter((w) => w === w.toLowerCase())),
});

type WordSet = ReturnType<typeof caseAware>;

const has = (set: WordSet, word: string) => set.exact.has(word) || set.folded.has(word.toLowerCase());

/**
 * Titles that stand before a name: the period never ends the sentence ("Dr. Smith"). "St", "Mt" and
 * "Ft" are not here: "Baker St. The house" ends a sentence, so they are general abbreviations.
 */
const PREPOSITIVE = caseAware(
  words(
    "Mr Mrs Ms Mx Messrs Mme Mlle Dr Prof Gen Sen Rep Gov Pres Capt Lt Col Maj Sgt Cpl Pvt Adm Cmdr " +
      "Brig Rev Hon Fr Supt Insp Amb Atty",
  ),
);

/** Abbreviations that only stay inside a sentence when a number follows ("No. 5", "p. 55"). */
const BEFORE_NUMBER = caseAware(
  words(
    "No Nos Nr N° n° p pp fig figs vol vols art ch chap sec para tab eq ex op ref Jan Feb Mar Apr Jun " + "Jul Aug Sep Sept Oct Nov Dec",
  ),
);

/** Abbreviations that are always followed by more of the same sentence ("e.g.", "vs."). */
const INNER = caseAware(words("eg ie cf viz vs approx ca incl esp resp al aka"));

/**
 * Abbreviations that may also end a sentence ("Pitt & Co. It closed."): they end it only when a
 * typical sentence-opening word follows.
 */
const GENERAL = caseAware(
  words(
    "etc inc ltd co corp bros jr sr esq dept univ assn est govt intl natl mfg min max avg st mt ave " +
      "blvd rd hwy sq ft mi oz lb lbs hr hrs yr yrs mo mos wk wks pl ph.d Mon Tue Tues Wed Thu Thur " +
      "Thurs Fri Sat Sun Calif Mass Penn Wash",
  ),
);

/** Words that commonly open an English sentence; after an abbreviation they signal a new one. */
const SENTENCE_STARTERS = new Set(
  words(
    "A An The This That These Those There Here It Its I We You He She They My Our Your His Her Their " +
      "Some Many Most All Each Every Both Neither Either No None Any Such Another Other One " +
      "What When Where Why Who Whom Whose Which How If Although Though While Because Since As After " +
      "Before Until Unless Once Whether But And Or Nor So Yet Then Thus Therefore However Moreover " +
      "Meanwhile Furthermore Nevertheless Instead Also Still Besides Finally First Second Third Next " +
      "Last Later Today Yesterday Tomorrow Now In On At For From By With Without To Of Under Over " +
      "During Despite Through Among Between Is Are Was Were Be Been Do Does Did Have Has Had Will " +
      "Would Can Could Should Shall May Might Must Let Please Not Never Always Only Even Just Perhaps " +
      "Everyone Everybody Everything Nobody Nothing Someone Somebody Something Anyone Anything " +
      "Yes Well Oh",
  ),
);

export const isPrepositiveTitle = (word: string) => PREPOSITIVE.exact.has(word);
export const isNumberAbbreviation = (word: string) => has(BEFORE_NUMBER, word);
export const isInnerAbbreviation = (word: string) => has(INNER, word);
export const isSentenceStarter = (word: string) => SENTENCE_STARTERS.has(word);

const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u; // U.S, e.g, a.m, J.R.R (the final period is not included)

/** Abbreviations that end a sentence only when a sentence-opening word follows. */
export const isGeneralAbbreviation = (word: string) =>
  has(GENERAL, word) || INITIALISM.test(word) || /^\p{L}$/u.test(word) || isNumberAbbreviation(word);
