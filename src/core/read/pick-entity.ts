// The company a figure is about: the nearest company named before it in its sentence (not as an investor or
// rival), a group named right after it (then no single company), else the company the text is about so far.
import type { EvidenceScope } from '../types';
import type { EntityId } from '../vocabulary';
import { SOURCE_FIRMS, type Mention } from './aliases';
import type { RawFigure } from './find-figures';
import { lowerBound } from './lower-bound';
import { clauseStart } from './sentences';
import { LIST_GAP, respectiveRun } from './pick-period';

const MONEY_FROM_BEFORE = /(?<![a-z])(?:money|funding|funds|investment|capital|financing|backing|cash|raised|raising|raises|secured|securing|yuan|dollars|billion|million|bn|mn)\s(?:[a-z-]+\s){0,3}?from\s$/;
const VALUATION_WORDS = /(?<![a-z])(?:valuation|valued|valuing)(?![a-z])/;
const TIME_PHRASE_BEFORE = /(?<![a-z])(?:since|after|before|following|until|ahead of)\s$/;
const POSSESSIVE = /^(?:'s|’s|的)\s?(?:(?!and |or |but |while |whereas )[a-z0-9.-]+\s){0,3}(?:of\s|at\s|was\s|is\s)?(?:about |around |nearly |some |just |only )?$/;
// "its", "the company", "该公司" in the figure's own sentence: it names the company the text is about
const ANAPHOR = /(?<![a-z])(?:its|it|the company|the company's|the firm|the firm's|the start-?up|the start-?up's|the group|the group's|the developer|the chinese (?:company|firm|start-?up))(?![a-z])|该公司|公司|其/;
// (and "The Hong Kong-listed company's", "The Beijing-based start-up": the same word with what the text said of it)
const PRONOUN_START = /^\s*(?:its|it|the (?:(?:[a-z]+ )?[a-z]+-(?:listed|based|backed|headquartered) )?(?:company|firm|group|start-?up)|their|they|该公司|公司|其)(?![a-z])/;
const APPOSITION = /^,?\s(?:(?:which|that) (?:is|was) )?(?:valued at|worth|with a valuation of|at a valuation of)\s(?:about |around |more than |over )?$/;

export interface EntityChoice {
  entity: EntityId | null;
  /** The mention that names it, and how close it stands (null when no company is named for the figure). */
  mention: Mention | null;
  scope: EvidenceScope | null;
}

const NONE: EntityChoice = { entity: null, mention: null, scope: null };
const choose = (m: Mention, scope: EvidenceScope): EntityChoice => ({ entity: m.entity, mention: m, scope });

// "Alibaba, Tencent and Baidu together spent", "MiniMax and Zhipu combined", "三家合计": said of several at once
// (and "两家公司目前市销率均超过40倍", "both companies trade at": one figure said of each of several)
// a company's stake in another: "腾讯持股8.9%", "Tencent holds 8.9% of the company", "Alibaba, which owns a 13% stake"
const STAKE_AFTER = /^\s?(?:[(（][^)）]{0,20}[)）]\s?)?(?:(?:持股|持有|占股)\s?(?:约|近|逾)?\s?\d|(?:[,，]\s?which |[,，]\s?who )?(?:holds?|held|owns?|owned|has|had|retains?|retained|keeps?|kept)\s(?:a |an )?(?:about |roughly |around |some |nearly |almost )?\d[\d.]*\s?(?:%|percent|per cent)(?: stake)?(?: of| in)?(?![a-z]))/;
const COLLECTIVE = /(?<![a-z])(?:together|combined|collectively|jointly|between them|in total|all told|both (?:companies|firms|start-?ups|groups|stocks))(?![a-z])|合计|共计|总共|一共|加起来|合共|两家(?:公司)?|三家(?:公司)?|两者|二者|均(?=超过|超|为|达|在|逾)/;
// (a word that makes the figure after it a total: "together about", "a combined market value of", "合计市值逾")
const COLLECTIVE_JUST_BEFORE = /(?:(?<![a-z])(?:together|combined|collectively|between them|all told)\s(?:[a-z]+\s){0,3}|合计|共计|总计|合共|加起来)(?:[^，。,;；\d]{0,6})?$/;
/** How many companies the text names from `from` up to mention `i`. */
// ("ChatGPT changed that. The largest of a string of deals … lifted its valuation to 18 billion yuan", "when ChatGPT set
// off a scramble among investors, it raised 2.5 billion yuan": a product raises no money and has no valuation; in a
// sentence about money raised or a company's worth, "it" is a company named by its own name, not a product named before)
// (money raised, "raised more than 2.5 billion yuan", not a forecast raised, "we raise our revenue forecasts")
const COMPANY_MONEY = /(?<![a-z])(?:(?:raise[ds]?|raising)\s(?:(?:about|around|more|than|over|nearly|roughly|some|an?|another|further|fresh|new|just|under|almost|close|to)\s){0,3}(?:us|hk|rmb)?[$¥]?\d|(?:funding|financing|round|valuation|valued|valuing)(?![a-z]))|融资|融資|估值|募资|募資/;
function productNamedForCompany(norm: string, m: Mention, fig: RawFigure, sentStart: number, sentEnd: number): boolean {
  if (!m.product || !COMPANY_MONEY.test(norm.slice(sentStart, sentEnd))) return false;
  return m.start < sentStart || /(?<![a-z])(?:it|its)(?![a-z])|其/.test(norm.slice(m.end, fig.start));
}

function companiesBefore(mentions: Mention[], i: number, from: number): number {
  const seen = new Set<string>();
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= from; j--) {
    const m = mentions[j]!;
    if (m.kind === 'company' && !m.weak && m.entity !== null && m.entity !== 'china-market') seen.add(m.entity);
  }
  return seen.size;
}
const LIST_JOIN = /^\s?(?:,|、|and|&|和|与|及|以及|,\s?and|or)\s?(?:the\s)?$/;
const TOGETHER_WITH = /^\s?,\s?(?:together|along) with\s(?:[a-z-]+\s){0,2}$/;

// (a subject that is several companies: "两者合计", "三者合计市值", "两家公司上半年合计亏损", "the two companies together", "all three", "the
// pair have pulled in", "their IPOs raised a combined", "Between them, the three booked")
const PLURAL_SUBJECT = /(?:两者|二者|三者|四者|两家(?:公司|企业)?|三家(?:公司|企业)?|几家(?:公司|企业)?)[^，。,;；\d]{0,12}(?:合计|共计|总计|加起来|合共|共)|(?<![a-z])(?:the two|both|all (?:three|four|five|six)|the (?:three|four|five|six))(?: (?:companies|firms|groups|start-?ups|startups|stocks|rivals|labs))?(?: (?:together|combined|between them))(?![a-z])|(?<![a-z])(?:its|their|the (?:city's|district's|province's|region's|country's))\s(?:[a-z-]+\s){0,2}(?:companies|firms|start-?ups|startups|businesses)\s(?:had|have|posted|reported|booked|made|generated)?\s?(?:a\s)?combined(?![a-z])|(?:人工智能|ai|大模型)(?:核心)?产业(?:规模|营收|收入|产值)|(?<![a-z])the (?:pair|duo|trio)(?:'s|’s)?(?![a-z])|(?<![a-z])(?:the|all) (?:two|three|four|five|six)(?: (?:companies|firms|groups|start-?ups|startups|labs|developers|rivals))? (?:booked|reported|posted|had|lost|raised|generated|earned|made|spent|burned)(?![a-z])|(?<![a-z])their\s(?:[a-z-]+\s){0,3}(?:a |an )?combined(?![a-z])/;

/**
 * A list of two or more companies ending at mention `j` ("Acme, Beta and Gamma"), and a figure said of them
 * together: it belongs to none of them. A list alone ("Alibaba and Tencent reported revenue of 247.8 billion yuan
 * and 180 billion yuan") is ambiguous too, so only a plain list right before the figure's verb counts.
 */
function saidOfSeveral(norm: string, mentions: Mention[], j: number, fig: RawFigure, sentStart: number): boolean {
  const m = mentions[j]!;
  const prev = mentions[j - 1];
  const company = (x: Mention) => x.kind === 'company' && !x.weak && x.entity !== 'china-market';
  if (!prev || prev.start < sentStart || !company(prev) || !company(m) || prev.entity === m.entity) return false;
  // (a headline may run the names together: "阿里腾讯百度三季度资本开支合计超700亿", "智譜MiniMax市值逾4000億")
  // (and one added in an aside: "Alibaba, Tencent and Baidu, together with privately held ByteDance, spent")
  const together = TOGETHER_WITH.test(norm.slice(prev.end, m.start));
  if (!together && !LIST_JOIN.test(norm.slice(prev.end, m.start)) && !(prev.end === m.start && (/[\u3400-\u9fff]/.test(norm[m.start] ?? '') || /[\u3400-\u9fff]/.test(norm[prev.end - 1] ?? '')))) return false;
  const between = norm.slice(m.end, fig.start).replace(together ? /^\s?,\s?/ : /^$/, ' ');
  if (COLLECTIVE.test(between) || COLLECTIVE.test(norm.slice(fig.end, fig.end + 24))) return true;
  // "Alibaba and Tencent spent $9 billion": no word assigns the amount to one of them
  return !/[,;，；。]/.test(between) && !/(?:'s|’s|的)\s?$/.test(norm.slice(m.start, m.end + 3)) && between.length < 60;
}

const COMPARED_AFTER_FIGURE = /(?<![a-z])(?:vs\.?|versus|compared (?:with|to)|against|than|outpacing|outpaced|beating|lagging|trailing|ahead of|behind)\s(?:the\s|that of\s|those of\s)?$/;

/**
 * The index of the first item of a list of two or more companies in parentheses that mention `j` closes ("(Alibaba,
 * Tencent and Baidu)"), or null.
 */
function glossedListStart(norm: string, mentions: Mention[], j: number, sentStart: number): number | null {
  const m = mentions[j]!;
  if (!/^\s?[)）]/.test(norm.slice(m.end, m.end + 2))) return null;
  let k = j;
  while (k > 0 && mentions[k - 1]!.start >= sentStart && mentions[k - 1]!.kind === 'company' && LIST_JOIN.test(norm.slice(mentions[k - 1]!.end, mentions[k]!.start))) k--;
  return k < j && /[(（]\s?$/.test(norm.slice(Math.max(0, mentions[k]!.start - 2), mentions[k]!.start)) ? k : null;
}

/** Whether a mention that starts in [from, to) passes `test` (mentions are in text order: no scan of the whole text). */
function namedBetween(mentions: Mention[], from: number, to: number, test: (m: Mention) => boolean): boolean {
  for (let j = lowerBound(mentions, from); j < mentions.length && mentions[j]!.start < to; j++) if (test(mentions[j]!)) return true;
  return false;
}

// 后者 / 前者 / "the latter" / "the former" at the head of a clause (after its opening conjunction)
const POINTER = /(?:^|[,;:，；：。]\s?)(?:(?:而|但|则|但是|其中)?(?:(后者)|前者)|(?:and |but |while |whereas )?the (?:(latter)|former)(?:'s|’s)?(?![a-z]))/g;

/**
 * The company 后者 / "the latter" (the last company named before it) or 前者 / "the former" (the one named before that)
 * points to, when one heads a clause of the figure's sentence before it with no company named between; undefined when
 * none does. A pointer to a name the vocabulary does not know, or to an index, gives no company.
 */
function pointedTo(norm: string, mentions: Mention[], fig: RawFigure, sentStart: number, sentenceStartAt: (pos: number) => number): EntityChoice | undefined {
  // (looked for in the 300 characters before the figure: a long sentence of many figures is not searched once per figure)
  const from0 = Math.max(sentStart, fig.start - 300);
  const head = norm.slice(from0, fig.start);
  if (!/后者|前者|the (?:latter|former)/.test(head)) return undefined;
  let hit: RegExpExecArray | null = null;
  POINTER.lastIndex = 0;
  // (the start of the window is no clause's head unless the sentence starts there)
  for (let m = POINTER.exec(head); m; m = POINTER.exec(head)) if (m.index > 0 || from0 === sentStart || /^[,;:，；：。]/.test(m[0])) hit = m;
  if (!hit) return undefined;
  const at = from0 + hit.index + hit[0].length;
  // (within its own part of the sentence: a semicolon closes what the pointer is the subject of)
  if (/[;；]/.test(norm.slice(at, fig.start)) || namedBetween(mentions, at, fig.start, (x) => !x.weak && x.kind !== 'index')) return undefined;
  const latter = hit[1] !== undefined || hit[2] !== undefined;
  const word = from0 + hit.index;
  const from = sentenceStartAt(Math.max(0, sentStart - 1));
  let seen: Mention | null = null;
  for (let j = lowerBound(mentions, word) - 1; j >= 0 && mentions[j]!.start >= from; j--) {
    const m = mentions[j]!;
    // ("两者今年以来均跑赢恒生科技指数，后者同期累升约18%": an index is pointed to as well, and is no company)
    if (seen === null) {
      if (latter) return m.entity === null ? NONE : choose(m, 'sentence');
      seen = m;
    } else if (m.entity !== seen.entity) return m.entity === null ? NONE : choose(m, 'sentence');
  }
  return undefined;
}

/** No other company is named between mention `j` and the sentence start (so "its" can only mean that one). */
function onlySubjectSince(mentions: Mention[], j: number, sentStart: number): boolean {
  const m = mentions[j]!;
  for (let k = j + 1; k < mentions.length && mentions[k]!.start < sentStart; k++) {
    if (mentions[k]!.entity !== m.entity) return false;
  }
  for (let k = j - 1; k >= 0 && mentions[k]!.start >= m.start - 200; k--) {
    // "Alibaba and Tencent ... Its": two companies just before, "its" is ambiguous
    if (!mentions[k]!.weak && mentions[k]!.entity !== m.entity && mentions[k]!.kind !== 'index') return false;
  }
  return true;
}

// investors named before a company ("led by IDG Capital and Tencent", "Backed by Alibaba, Tencent and miHoYo")
const INVESTORS_BEFORE = /(?<![a-z])(?:(?:led|backed|funded|joined|supported|owned|financed) by|with backing from|whose (?:backers|investors) include)\s[^.;:]*$|(?<![a-z])(?:investors?|backers?) (?:including|such as|like)\s[^.;:]*$/;

// an investor's verb and its object right before the figure: "led a", "co-led the", "which joined a", "put about"
// (an investor named in full, "Alibaba Group Holding Ltd.", "Tencent Holdings", and its verb: "led", "which joined")
const INVESTOR_NAME_END = String.raw`(?:'s|’s)?(?:\s(?:group|holdings?|ltd\.?|inc\.?|co\.?|limited|corp\.?|corporation))*(?:,\s(?:which|who))?`;
const INVESTOR_VERB = String.raw`\s(?:led|co-led|joined|anchored|participated in)\s`;
// (what a round is called: "a $500 million round", "a $300 million extension", "the $1 billion Series C")
const ROUND_WORD = String.raw`(?:round|financing|funding|raise|extension|tranche|series [a-f])(?![a-z])`;
const INVESTED_BEFORE = new RegExp(String.raw`^${INVESTOR_NAME_END}(?:\s(?:also|has|had|have|will|reportedly))?${INVESTOR_VERB}(?:a |an |the |its |about |around |roughly |some |nearly )?(?:us|hk|rmb)?[$¥]?$`);
// (an investor's verb, its round, then the valuation that round set: "joined a $300 million round in August at a")
const ROUND_VALUATION_GAP = new RegExp(String.raw`^${INVESTOR_NAME_END}(?:\s(?:also|has|had|have|reportedly))?${INVESTOR_VERB}[^.;]{0,80}?${ROUND_WORD}[^.;]{0,60}?(?:at(?: an?)?|valuing (?:it|the company|the start-?up|the firm) at|valued at|that valued (?:it|the company|the start-?up|the firm) at|(?:that |which )?(?:put|puts|putting|set|sets|setting) (?:its|the (?:company|start-?up|startup|firm)(?:'s|’s)) (?:value|valuation) at)\s(?:(?:post-money|pre-money)\s)?(?:valuation of\s)?(?:about |around |roughly |some |nearly |more than )?(?:us|hk|rmb)?[$¥]?$`);
// (the figure is then the round's size: "a $500 million round", "the $1 billion Series C")
const ROUND_AFTER = new RegExp(String.raw`^\s?(?:[a-z-]+\s){0,2}${ROUND_WORD}`);

// a comparison word right before a company's name
const EXCEPTED = (norm: string, m: Mention): boolean => /(?:除了?|除却|除卻)\s?$/.test(norm.slice(Math.max(0, m.start - 3), m.start)) && /^\s?(?:以外|之外|外)/.test(norm.slice(m.end, m.end + 3));
const COMPARED_NAME_BEFORE = /(?:(?<![a-z])(?:than|ahead of|behind|versus|vs\.?|compared (?:with|to)|against|outpacing|trailing|beating|times|twice|double|triple|half)\s(?:the\s)?|高于|低于|高於|低於|超过|超過|落后于|落後於|领先于|領先於|不及|逊于|遜於|对比|對比|相比)\s?$/;

// ("OpenAI上半年收入约130亿美元，接近智谱同期的150倍", "相当于百度的3倍": N times a company's, which is the base of the
// comparison, as "150 times Zhipu's" is in English)
const MULTIPLE_BASE_AFTER = /^(?:同期|去年|全年|上半年|当年|当季)?的\s?(?:约|近|逾|超过|超)?\s?[\d.一二三四五六七八九十两几]+\s?倍/;
const MULTIPLE_OF_GAP = /^(?:同期|去年|全年|上半年|当年|当季)?的\s?(?:约|近|逾|超过|超)?\s?$/;
const multipleOf = (norm: string, m: Mention, fig: RawFigure): boolean => m.end <= fig.start && /倍$/.test(norm.slice(fig.start, fig.end)) && MULTIPLE_OF_GAP.test(norm.slice(m.end, fig.start));

// (the clause may go on past a comma: "MiniMax, Zhipu's closest listed peer, reported first-half revenue of $186 million, up 170%")
const POSSESSIVE_APPOSITION_AFTER = /^(?:'s|’s)\s[^,.;:]{1,70},\s(?:[a-z]+\s){0,2}(?:held|holds|had|has|took|takes|captured|made|makes|posted|reported|generated|booked|raised|was|is|rose|grew|fell)\s(?:[^.;:]|\.(?=\d))*$/;
// ("MiniMax Group Inc., Zhipu's closest listed peer, …": the subject's name with its company suffix, then the apposition)
// (and "Shares of Alibaba, one of Moonshot's earliest backers, rose …")
const NAME_THEN_APPOSITION = /^(?:\s(?:group|holdings?|ltd|inc|co|corp|limited|technology|technologies)\.?)*,\s(?:one of |among )?$/;

// (a company named as an investor: "Alibaba led a $600 million round", "Tencent Holdings joined a $300 million extension",
// "a round led by Alibaba"; not "Alibaba led with 42.6 billion yuan", first of a ranking)
const INVESTOR_AFTER = new RegExp(String.raw`^${INVESTOR_NAME_END}(?:\s(?:also|has|had|have|reportedly))?${INVESTOR_VERB}[^.;]{0,50}?${ROUND_WORD}`);
const isInvestor = (norm: string, m: Mention, sentStart: number): boolean => INVESTOR_AFTER.test(norm.slice(m.end, m.end + 60)) || INVESTORS_BEFORE.test(norm.slice(sentStart, m.start));

/**
 * The company a round an investor led or joined belongs to when its sentence names none ("Alibaba led a $600 million
 * round in March 2024 that put the startup's value at $2.5 billion"): the company the text is about, carried from
 * before the sentence, unless that is the investor itself; no one's when the text names none.
 */
function topicBesides(norm: string, mentions: Mention[], i: number, sentStart: number, investor: EntityId | null, sentenceStartAt: (pos: number) => number): EntityChoice {
  for (let j = lowerBound(mentions, sentStart) - 1; j >= 0 && j < i; j--) {
    const m = mentions[j]!;
    if (m.place) return NONE;
    if (m.weak) continue;
    const anInvestor = isInvestor(norm, m, sentenceStartAt(m.start)) || INVESTOR_ZH_AFTER.test(norm.slice(m.end, m.end + 30));
    // (a company outside the vocabulary, the subject before the investor's sentence: the round is its own, no one's here)
    if (m.kind === 'other' && !m.deals && !anInvestor) return NONE;
    if (m.entity === null || m.kind !== 'company' || m.entity === 'china-market' || anInvestor) continue;
    return m.entity === investor ? NONE : choose(m, 'carried');
  }
  return NONE;
}

const RIVAL_OPENS_CLAUSE = /(?:^|[,;]\s|(?<![a-z])(?:and|but|while|whereas)\s)(?:its\s|their\s)?(?:closest\s|bigger\s|smaller\s|larger\s|domestic\s|local\s)?(?:rival|competitor|peer)\s$/;
const SUBJECT_VERB_AFTER = /^(?:\s(?:inc\.?|group|holdings?|ltd\.?))?\s(?:has|have|had|said|says|is|was|will|would|plans|planned|reported|reports|posted|expects|spent|spends|raised|put|puts|booked|earned|made|grew|rose|fell)(?![a-z])/;
// (a company named in Chinese as a holder or an investor: "腾讯于6月C轮融资后持股7.2%", "智谱将持有乐聚4.8%股权", "由智谱独家投资",
// "阿里巴巴领投")
const INVESTOR_ZH_AFTER = /^\s?(?:将|已|亦|也|再|于[^，,。；;]{0,12}?)?(?:持股|持有|入股|领投|領投|跟投|参投|參投|独家投资|獨家投資|联合投资|聯合投資|注资|注資|为最大(?:外部)?股东|為最大(?:外部)?股東)/;
// (then the round or the valuation it set, right before the figure: "该轮融资额36亿元", "本轮投后估值62.5亿元", "B轮时的35亿元")
const ROUND_VALUE_BEFORE_ZH = /(?:融资额?|融資額?|估值|[轮輪])[^，,。；;\d]{0,8}$/;

/** Whether the figure is the size of a round the company named by `m` led or joined ("Tencent led a $500 million round"). */
const ledRound = (norm: string, m: Mention, fig: RawFigure): boolean =>
  m.end <= fig.start && INVESTED_BEFORE.test(norm.slice(m.end, fig.start)) && ROUND_AFTER.test(norm.slice(fig.end, fig.end + 30));

// (", which listed in Hong Kong in the same week as": an aside opened after a name, still open at the mention)
// (or a participle that says what it is or was: "The Qwen app, relaunched last year as Alibaba's answer to Doubao, had …")
const OPEN_ASIDE = /,\s(?:which|who|whose|where|(?:re)?launched|founded|backed|owned|known|formerly|released|created|built|spun off|set up|billed|pitched|positioned)\s(?:[^,;:().!?"“”]|\.(?=\d)){0,100}$/;

/** Whether mention `j` stands inside an aside ("which …", "relaunched as …") that follows another company's name and closes before `until`. */
export function inClosedAside(norm: string, mentions: Mention[], j: number, until: number): boolean {
  const m = mentions[j]!;
  const aside = OPEN_ASIDE.exec(norm.slice(Math.max(0, m.start - 110), m.start));
  if (!aside) return false;
  const close = norm.indexOf(',', m.end);
  if (close < 0 || close >= until || /[.;。；]/.test(norm.slice(m.end, close))) return false;
  const open = m.start - aside[0].length;
  // (the name the aside follows, not another named inside it: "The Qwen app, relaunched as Alibaba's answer to Doubao")
  let k = j - 1;
  while (k >= 0 && mentions[k]!.end > open) k--;
  const before = mentions[k];
  // (or an index: "the Star 50 Index in Shanghai, where Zhipu is preparing a second listing, is up only 2 per cent")
  const named = before !== undefined && (before.kind === 'index' || (before.entity !== null && before.entity !== m.entity && !before.weak));
  return named && /^(?:'s)?(?:\s[a-z0-9.-]+){0,3}$/.test(norm.slice(before.end, open));
}

/** Whether the sentence from `from` that holds mention `j` opens with a company outside the vocabulary (not a broker or data firm) as its subject. */
function opensWithOtherCompany(norm: string, mentions: Mention[], j: number, from: number): boolean {
  let k = j;
  while (k > 0 && mentions[k - 1]!.start >= from) k--;
  const first = mentions[k]!;
  return k < j && first.kind === 'other' && !first.weak && first.start - from <= 16 && !SOURCE_FIRMS.has(norm.slice(first.start, first.end)) && !/^(?:'s|’s)?\s(?:led|co-led|joined|backed|invested)(?![a-z])/.test(norm.slice(first.end, first.end + 12));
}

export function pickEntity(
  norm: string,
  mentions: Mention[],
  fig: RawFigure,
  sentStart: number,
  sentEnd: number,
  sentenceStartAt: (pos: number) => number = () => 0,
): EntityChoice {
  const i = lowerBound(mentions, fig.start);
  // "rival Moonshot AI, valued at US$3 billion": an apposition names the figure's owner even after "rival"
  const last = mentions[i - 1];
  // "Tencent led a $500 million round in StepFun", "Alibaba, which led a $1 billion round that valued Moonshot at":
  // a round an investor led or joined is the company's that raised it, never the investor's (what the investor put
  // in itself, "Alibaba put in $200 million", stays the investor's)
  if (last && last.start >= sentStart && ledRound(norm, last, fig)) {
    const gap = norm.slice(fig.end, fig.end + 80);
    for (let j = i; j < mentions.length && mentions[j]!.start < Math.min(sentEnd, fig.end + 80); j++) {
      const m = mentions[j]!;
      if (!m.weak && /(?<![a-z])(?:in|into|for|valued|valuing|of)\s[^.;]*$/.test(gap.slice(0, m.start - fig.end)) && !/[.;]/.test(gap.slice(0, m.start - fig.end))) return choose(m, 'sentence');
    }
    return topicBesides(norm, mentions, i, sentStart, last.entity, sentenceStartAt);
  }
  // ("Tencent joined a $300 million round in August at a $3.3 billion valuation": the valuation the round set is the
  // company's that raised it, named after "in", or no one's; never the investor's)
  if (last && last.start >= sentStart && last.end <= fig.start && ROUND_VALUATION_GAP.test(norm.slice(last.end, fig.start))) {
    const gap = norm.slice(last.end, fig.start);
    for (let j = i - 1; j >= 0 && mentions[j]!.start >= last.end; j--) if (!mentions[j]!.weak && /(?<![a-z])(?:in|into)\s$/.test(gap.slice(0, mentions[j]!.start - last.end))) return choose(mentions[j]!, 'sentence');
    return topicBesides(norm, mentions, i, sentStart, last.entity, sentenceStartAt);
  }
  // ("騰訊於6月C輪融資後持股7.2%，為最大外部股東；該輪融資額36億元，投後估值640億元": the round and the valuation after a company
  // named as a holder or an investor are those of the company that raised it, never the investor's; its stake stays its own)
  if (last && last.start >= sentStart && last.end <= fig.start && INVESTOR_ZH_AFTER.test(norm.slice(last.end, last.end + 30)) && ROUND_VALUE_BEFORE_ZH.test(norm.slice(Math.max(last.end, fig.start - 12), fig.start)) && !/(?:持股|持有|股权|股權)[^，,。；;\d]{0,6}$/.test(norm.slice(Math.max(last.end, fig.start - 10), fig.start))) {
    // (the company the sentence named before its investor: "乐聚完成3亿元融资，智谱将持有其4.8%股权，本轮投后估值62.5亿元")
    for (let j = i - 2; j >= 0 && mentions[j]!.start >= sentStart; j--) {
      const m = mentions[j]!;
      if (m.weak || m.place || m.kind === 'index' || m.entity === last.entity) continue;
      return m.kind === 'company' && m.entity !== null && m.entity !== 'china-market' ? choose(m, 'sentence') : NONE;
    }
    return topicBesides(norm, mentions, i, sentStart, last.entity, sentenceStartAt);
  }
  // ("more than Tencent's Yuanbao (96 million) and Alibaba's Qwen app (83 million)": a figure in parentheses right after a
  // company or its product is that company's)
  if (last && last.start >= sentStart && last.end <= fig.start && /^(?:\s?app)?\s?[(（]\s?$/.test(norm.slice(last.end, fig.start))) return last.entity === null ? NONE : choose(last, 'sentence');
  // (not the last of the investors leading a round: "a round led by IDG Capital and Tencent at a valuation of $18 billion")
  // (nor the company money came from: "Baichuan raised 1 billion yuan from Tencent at a valuation of 20 billion yuan")
  if (last && last.start >= sentStart && last.end <= fig.start && APPOSITION.test(norm.slice(last.end, fig.start)) && !INVESTORS_BEFORE.test(norm.slice(Math.max(sentStart, last.start - 60), last.start)) && !MONEY_FROM_BEFORE.test(norm.slice(Math.max(sentStart, last.start - 60), last.start))) return choose(last, 'sentence');
  // "compared with OpenAI's $60", "than ChatGPT's 20%", "Baidu's revenue of 31 billion yuan": a possessive right
  // before the figure names its owner, even a rival named for comparison
  if (last && last.start >= sentStart && last.end <= fig.start && POSSESSIVE.test(norm.slice(last.end, fig.start)) && !multipleOf(norm, last, fig)) {
    return last.entity === null ? NONE : choose(last, 'sentence');
  }
  // ("more than twice the 81 million of DeepSeek", "the 40% for Zhipu": a value set beside, named with its owner after it)
  // (and with the people it counts between: "more than the 132 million users of DeepSeek's app")
  const owner = mentions[i];
  if (owner && owner.kind === 'company' && owner.entity !== null && owner.start < sentEnd && /^\s(?:(?:monthly|daily|weekly|active|paying|paid|registered|users|subscribers|customers|developers|employees|staff)\s){0,3}(?:of|for)\s$/.test(norm.slice(fig.end, owner.start)) && /(?<![a-z])the\s(?:us|hk|rmb)?[$¥]?\s?$/.test(norm.slice(Math.max(sentStart, fig.start - 8), fig.start))) return choose(owner, 'sentence');
  // ("lagging a 52% rise in Alibaba", "after a 9% drop in Baidu's shares": a change named with the company it happened to)
  if (owner && owner.kind === 'company' && owner.entity !== null && owner.start < sentEnd && /^\s(?:rise|gain|jump|increase|climb|surge|advance|rally|fall|drop|decline|slide|slump|loss)\s(?:in|for|at)\s(?:shares (?:of|in)\s)?$/.test(norm.slice(fig.end, owner.start)) && /(?<![a-z])an?\s(?:about |around |roughly |nearly |almost )?$/.test(norm.slice(Math.max(sentStart, fig.start - 16), fig.start))) return choose(owner, 'sentence');
  // ("peers sit at RMB0.8 (ByteDance Doubao) and RMB1.2 (Alibaba Qwen3.5-Plus)": a company named in parentheses right
  // after the figure is its owner; two named there make it no one's)
  const paren = /^\s?[(（]([^()（）]{1,60})[)）]/.exec(norm.slice(fig.end, Math.min(sentEnd, fig.end + 64)));
  if (paren) {
    const from = fig.end + paren[0].indexOf(paren[1]!);
    const inside: Mention[] = [];
    for (let j = i; j < mentions.length && mentions[j]!.start < from + paren[1]!.length; j++) if (mentions[j]!.start >= from && mentions[j]!.kind === 'company' && mentions[j]!.entity !== null) inside.push(mentions[j]!);
    const owners = new Set(inside.map((m) => m.entity));
    if (owners.size === 1 && inside[0]!.start - from <= 1 && !/^\s?(?:vs\.?|versus|against|compared|up|down|from|or)\s/.test(paren[1]!)) return choose(inside[0]!, 'sentence');
    if (owners.size > 1) return NONE;
  }
  // ("腾讯的投入仍远低于阿里巴巴，后者承诺三年投入逾3800亿元", "…, and iFlytek, with a CNY68 target; the latter trades at
  // 42x": 后者 / "the latter" heading a clause is the company named last before it, 前者 / "the former" the one before that)
  const pointer = pointedTo(norm, mentions, fig, sentStart, sentenceStartAt);
  if (pointer !== undefined) return pointer;
  // ("MiniMax收报338港元，市值约1,520亿港元，两者合计逾4,200亿港元", "the two companies together lost more than 4 billion yuan":
  // a clause whose subject is several companies at once gives a figure of none of them)
  if (PLURAL_SUBJECT.test(norm.slice(Math.max(clauseStart(norm, fig.start, sentStart), last && last.end <= fig.start ? last.end : 0), fig.start))) return NONE;
  // ("Zhipu's market value stood at HK$265 billion and MiniMax's at HK$88 billion, together about US$45 billion": a total said
  // right after the values of two or more companies is none of theirs; one company's parts, "its cloud and AI units combined",
  // stay its own)
  // (the companies of the total's own clause when it names any: "即梦与Seedance合计占24%" is one company's two products)
  if (COLLECTIVE_JUST_BEFORE.test(norm.slice(Math.max(sentStart, fig.start - 40), fig.start))) {
    const inClause = companiesBefore(mentions, i, clauseStart(norm, fig.start, sentStart));
    if ((inClause > 0 ? inClause : companiesBefore(mentions, i, sentStart)) >= 2) return NONE;
  }
  // nearest strong mention before the figure in its sentence (an index name there means no company)
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= sentStart; j--) {
    const m = mentions[j]!;
    if (m.end > fig.start) continue;
    // "Rival Zhipu, which listed a day earlier, has gained 80%": the sentence's subject despite "rival"
    // (not an investor opening it: "Backed by Alibaba, Tencent and miHoYo, the company was valued at …")
    // (nor an investor the sentence opens with: "Alibaba led the next, in March 2024: $600 million at …")
    // (nor "A Tencent-led round in 2023 brought in about $250 million": the investor, named as what led the round)
    const opensSentence = m.start - sentStart <= 16 && (j === 0 || mentions[j - 1]!.start < sentStart) && !INVESTORS_BEFORE.test(norm.slice(sentStart, m.start)) && !/^(?:\s(?:led|co-led|joined)\s|-(?:led|backed|funded|owned|controlled)(?![a-z]))/.test(norm.slice(m.end, m.end + 12));
    // ("高于GPT-5的91.6%;在C-Eval上得分92.7%", "ahead of OpenAI's 88%, and 71.5% on SWE-bench": a company named only as what
    // the subject is compared with is not the subject of the clauses after it)
    // (unless a relative clause is about it: "puts Moonshot ahead of MiniMax Group Inc., whose market value was …")
    if (COMPARED_NAME_BEFORE.test(norm.slice(Math.max(sentStart, m.start - 14), m.start)) && /[,;，；]/.test(norm.slice(m.end, fig.start)) && !RELATIVE_ABOUT_NAME.test(norm.slice(m.end, m.end + 40))) continue;
    // ("智谱2025年收入为31.2亿元，是MiniMax的近两倍，但归母净亏损达47.6亿元": a company named as the base of a multiple is
    // what the subject is compared with, not the subject of the clauses after it)
    if (MULTIPLE_BASE_AFTER.test(norm.slice(m.end, m.end + 16)) && /[,;，；]/.test(norm.slice(m.end, fig.start)) && /(?:是|为|為|相当于|相當於)\s?$/.test(norm.slice(Math.max(sentStart, m.start - 4), m.start))) continue;
    // ("除字節跳動以外估值最高的公司": a company named as the exception is not the one the sentence is about)
    if (EXCEPTED(norm, m)) continue;
    // ("Baichuan raised 1 billion yuan from Tencent at a valuation of 20 billion yuan", "take new money from iFlytek at a
    // valuation of": the company money came from is the investor; the valuation is the raiser's)
    if (MONEY_FROM_BEFORE.test(norm.slice(Math.max(sentStart, m.start - 60), m.start)) && VALUATION_WORDS.test(norm.slice(m.end, fig.start))) continue;
    // ("Alibaba's shares …, extending their decline since DeepSeek's announcement on Tuesday to 5.8%": a company whose deed
    // only dates the figure, in a sentence that has named its subject before)
    if (TIME_PHRASE_BEFORE.test(norm.slice(Math.max(sentStart, m.start - 16), m.start)) && /^(?:'s|’s)\s[a-z]/.test(norm.slice(m.end, m.end + 4)) && mentions.slice(lowerBound(mentions, sentStart), j).some((x) => !x.weak && x.kind === 'company' && x.entity !== null && x.entity !== m.entity)) continue;
    if (productNamedForCompany(norm, m, fig, sentStart, sentEnd)) continue;
    // (a company named in an aside about the subject that closes before the figure: "The Qwen app, relaunched last year as
    // Alibaba's answer to Doubao, had 182 million users")
    if (inClosedAside(norm, mentions, j, fig.start)) continue;
    // ("the big four hyperscalers (Alibaba, Tencent, ByteDance and Baidu) to RMB640bn, up 38%", "四大云厂商（阿里、腾讯、百度）"):
    // a list in parentheses names the members of a group; none of them is the subject
    const first = glossedListStart(norm, mentions, j, sentStart);
    if (first !== null) {
      if (first === 0 || mentions[first - 1]!.start < sentStart) return NONE;
      j = first;
      continue;
    }
    // ("接近智谱同期的150倍": the company a multiple is of is what the subject is compared with)
    if (multipleOf(norm, m, fig)) continue;
    // ("ByteDance's Volcano Engine, Alibaba's closest rival in selling access to AI models, held 46%": a company named in an
    // apposition that says what the subject is to it)
    const prevName = mentions[j - 1];
    if (prevName && prevName.start >= sentStart && !prevName.weak && NAME_THEN_APPOSITION.test(norm.slice(prevName.end, m.start)) && POSSESSIVE_APPOSITION_AFTER.test(norm.slice(m.end, fig.start))) continue;
    // (not a weak mention after a pronoun that opens the sentence: "该公司去年将团队并入阿里云后，今年3月以约60亿元估值…" goes on
    // about the company before, see below)
    if (m.weak && opensSentence && PRONOUN_START.test(norm.slice(sentStart, sentStart + 40))) continue;
    // (a group standing for the market with companies named between it and the figure, "Chinese internet companies plan to
    // spend more than ever, with Tencent, Alibaba and ByteDance together pledging 600 billion yuan", "Chinese AI start-ups
    // such as Zhipu and MiniMax raised …": the figure may be theirs, not the market's)
    if (m.group && !m.weak) return namedBetween(mentions, m.end, fig.start, (x) => x.kind === 'company') ? NONE : choose(m, 'sentence');
    // ("…, and rival Li Auto has said it will put about 12 billion yuan into AI": a rival opening a clause, then its verb, is
    // that clause's subject)
    if (m.weak && RIVAL_OPENS_CLAUSE.test(norm.slice(Math.max(sentStart, m.start - 24), m.start)) && SUBJECT_VERB_AFTER.test(norm.slice(m.end, m.end + 24))) return m.entity === null || m.kind !== 'company' ? NONE : choose(m, 'sentence');
    if (!m.weak || opensSentence) return saidOfSeveral(norm, mentions, j, fig, sentStart) ? NONE : choose(m, 'sentence');
  }
  // right after it: several companies listed are a group ("超 10 亿元的企业仅剩 MiniMax、智谱 AI、月之暗面"), one is the subject
  const near = new Set<EntityId | null>();
  const later = new Set<EntityId | null>();
  for (let j = i; j < mentions.length && mentions[j]!.start < sentEnd; j++) {
    const m = mentions[j]!;
    if (m.weak) continue;
    // ("The stock has risen 212% since its January listing, vs. Zhipu's 255%", "rose 20%, outpacing MiniMax": a company
    // named after the figure as what it is compared with is not its owner)
    if (COMPARED_AFTER_FIGURE.test(norm.slice(Math.max(fig.end, m.start - 24), m.start))) continue;
    later.add(m.entity);
    if (m.start - fig.end <= 40) near.add(m.entity);
  }
  if (near.size > 1) return NONE;
  // (a company named only after the figure is a guess, no evidence: "X's revenue rose 20%, outpacing MiniMax" with X
  // a name the reader does not know would otherwise hand the figure to MiniMax)
  if (near.size === 1) {
    const entity = [...near][0]!;
    const m = mentions.slice(i).find((x) => !x.weak && x.entity === entity)!;
    return choose(m, 'carried');
  }
  // "Nvidia shares fell 17%. Its revenue rose 94%.": a pronoun after a sentence about a company outside the
  // vocabulary refers to that company, so the figure is no tracked company's
  const k0 = lowerBound(mentions, sentStart) - 1;
  // (a pronoun later in a sentence that names no company before the figure: "Paying users of its apps climbed to 2.7
  // million")
  const pronounSubject = PRONOUN_START.test(norm.slice(sentStart, sentStart + 40)) || (/(?<![a-z])(?:its|it)(?![a-z])/.test(norm.slice(sentStart, fig.start)) && !namedBetween(mentions, sentStart, fig.start, (x) => !x.weak && x.entity !== null && !productNamedForCompany(norm, x, fig, sentStart, sentEnd)));
  if (k0 >= 0 && pronounSubject) {
    const prevFrom = sentenceStartAt(mentions[k0]!.start);
    let first: Mention | null = null;
    for (let k = k0; k >= 0 && mentions[k]!.start >= prevFrom; k--) if (!mentions[k]!.weak && mentions[k]!.kind !== 'index') first = mentions[k]!;
    if (first && first.kind === 'other' && sentenceStartAt(sentStart - 1) === prevFrom && PRONOUN_START.test(norm.slice(sentStart, sentStart + 40))) return NONE;
    // ("MiniMax is racing Zhipu, …, and Moonshot AI, valued at …, to turn downloads into sales. It had cash of $1.06
    // billion": a sentence opened by a pronoun goes on about the company that opened the sentence before, not the
    // rivals named later in it)
    if (first && first.kind === 'company' && first.entity !== null && first.entity !== 'china-market' && first.start - prevFrom <= 16 && sentenceStartAt(sentStart - 1) === prevFrom && mentions[k0]!.entity !== first.entity && !INVESTORS_BEFORE.test(norm.slice(prevFrom, first.start)) && !isInvestor(norm, first, prevFrom)) return choose(first, 'carried');
  }
  // carried from the text so far: the last company named as a subject; an anaphor in the figure's own sentence
  // ("its revenue", "the company said") naming it from the sentence before is as good as its name
  // (the anaphor is the sentence's, looked for once, not once per company before it)
  const anaphor = k0 >= 0 ? ANAPHOR.exec(norm.slice(sentStart, fig.start)) : null;
  for (let j = k0; j >= 0; j--) {
    const m = mentions[j]!;
    // (a group standing for the market is carried only as the subject its sentence opens with, "Chinese generative AI
    // start-ups raised 61.3 billion yuan … The number of deals rose to 64"; named later in a sentence, "a price war that
    // Chinese developers had hoped was over", the text goes on about the company it is about)
    // (a city or province the text last named as a subject, "Beijing's AI industry generated …", is what it goes on
    // about: "In the second quarter alone, core industry revenue rose 26%" is the region's, no company's)
    if (m.place) return NONE;
    if (m.weak || m.entity === null || (m.group && m.start - sentenceStartAt(m.start) > 30)) continue;
    if (productNamedForCompany(norm, m, fig, sentStart, sentEnd)) continue;
    // ("MiniMax, which listed in the same week as Zhipu, told a similar story. Revenue rose …": a company named inside an
    // aside the sentence closes is no subject; the text goes on about the company the aside is about)
    if (inClosedAside(norm, mentions, j, sentStart)) continue;
    // (nor one named as an investor in another's round: "Tencent Holdings joined a $300 million extension in July. The
    // January IPO added HK$4.2 billion" goes on about the company that raised it)
    if (isInvestor(norm, m, sentenceStartAt(m.start))) continue;
    // ("腾讯持股8.9%。公司今年1月完成…融资", "Tencent holds 8.9% of the company. The company raised …": a shareholder
    // named for its stake is not the company the text goes on about; "its" may still be it)
    if (STAKE_AFTER.test(norm.slice(m.end, m.end + 40)) && !(anaphor && /^(?:its|it|其)$/.test(anaphor[0]))) continue;
    // (nor is a company named as the exception, "除字節跳動以外估值最高的公司")
    if (EXCEPTED(norm, m)) continue;
    // (nor one set against the subject with 则: "…市销率约49倍，智谱则约为64倍。她预期公司明年收入可达45亿元" is the subject's)
    if (anaphor && /^\s?则/.test(norm.slice(m.end, m.end + 2))) continue;
    // ("its rivals", "the company's peers": other companies, named through this one)
    const others = anaphor !== null && /^'?s?\s?(?:rivals?|competitors?|peers?|counterparts?)(?![a-z])/.test(norm.slice(sentStart + anaphor.index + anaphor[0].length, fig.start));
    const recent = sentenceStartAt(sentStart - 1) <= m.start && onlySubjectSince(mentions, j, sentStart);
    if (anaphor && recent && !others) return { entity: m.entity, mention: m, scope: 'sentence' };
    // ("Xiaomi said its assistant, which routes harder questions to Qwen, is active on 190 million devices. Monthly
    // active users rose to 162 million": the sentence before was about a company outside the vocabulary, which opened
    // it; a tracked company named later in it is no subject to carry)
    if (!anaphor && opensWithOtherCompany(norm, mentions, j, sentenceStartAt(m.start))) return NONE;
    return choose(m, 'carried');
  }
  if (later.size === 1) {
    const entity = [...later][0]!;
    return choose(mentions.slice(i).find((x) => !x.weak && x.entity === entity)!, 'carried');
  }
  // a headline before any company is named: the company the text names first, soon after
  for (let j = i; j < mentions.length && mentions[j]!.start < sentEnd + 400; j++) {
    const m = mentions[j]!;
    if (!m.weak && m.entity !== null && m.entity !== 'china-market') return choose(m, 'carried');
  }
  // only weak mentions so far in the sentence ("backed by Alibaba"): better than nothing, but no evidence
  for (let j = i - 1; j >= 0 && mentions[j]!.start >= sentStart; j--) if (mentions[j]!.entity) return choose(mentions[j]!, 'carried');
  return NONE;
}

/**
 * The company a construction of the sentence names for figure `k`, over `chosen` (the nearest company): the subject a
 * relative clause closed before the figure is about ("DeepSeek, which briefly overtook Doubao in February, slipped to
 * 81 million"), a company named just before "at"/"with" ("ahead of Alibaba Cloud at 27%", "DeepSeek with 140 million")
 * or just after "at" ("less than 20% at Moonshot"), or the company at the same place in a list said "respectively".
 * Null when no such construction holds (a mention whose entity is null: a company outside the vocabulary).
 */
export function companyByConstruction(norm: string, mentions: Mention[], figures: RawFigure[], k: number, ss: number, se: number, chosen: Mention | null): Mention | null {
  const fig = figures[k]!;
  let named: Mention | null = null;
  if (chosen && chosen.start >= ss) {
    const relFrom = Math.max(ss, chosen.start - 200);
    // (and an apposition: "Zhipu, the only one of the AI tigers besides MiniMax to have listed, has a market value of …")
    const rel = /,\s(?:which|who|whose|the|a|an)\s[^,]*$/.exec(norm.slice(relFrom, chosen.start));
    const close = rel ? norm.indexOf(',', chosen.end) : -1;
    if (rel && close >= 0 && close < fig.start) {
      const antecedent = mentions[lowerBound(mentions, relFrom + rel.index) - 1];
      // (the last of a list is no antecedent of its own: "Zhipu and MiniMax, the two that trade publicly, had a combined …")
      const listed = antecedent ? mentions[lowerBound(mentions, antecedent.start) - 1] : undefined;
      const ofList = listed !== undefined && listed.start >= ss && /^\s?(?:and|or|,|、|和|及|与)\s?$/.test(norm.slice(listed.end, antecedent!.start));
      if (antecedent && antecedent.start >= ss && antecedent.kind !== 'index' && !ofList && /^(?:'s)?(?:\s[a-z0-9.-]+){0,3}$/.test(norm.slice(antecedent.end, relFrom + rel.index))) named = antecedent;
    }
  }
  const before = mentions[lowerBound(mentions, fig.start) - 1];
  // (not an investor: "a $1.2 billion round led by IDG Capital and Tencent at a valuation of $18 billion")
  if (before && before.start >= ss && before.kind !== 'index' && NAME_AT_BEFORE.test(norm.slice(before.end, fig.start)) && !INVESTORS_BEFORE.test(norm.slice(Math.max(ss, before.start - 60), before.start))) named = before;
  // "outpacing rival Zhipu, which reported first-half revenue of 832 million yuan": a figure inside a relative clause
  // is the antecedent's, rival or not
  // (of a list, item by item: "rivals Zhipu and MiniMax, whose market values were $14 billion and $11 billion")
  // (past an amount restated in parentheses: "StepFun, which was valued at 32 billion yuan ($4.5 billion) after raising …")
  // (not a round the antecedent led: "Alibaba, which led a $1 billion round that valued Moonshot at", see pickEntity)
  if (before && before.start >= ss && before.kind !== 'index' && before.entity !== null && OPEN_RELATIVE_AFTER.test(norm.slice(before.end, fig.start)) && !ledRound(norm, before, fig)) {
    named = before;
    const names = [before];
    for (let j = lowerBound(mentions, before.start) - 1; j >= 0 && mentions[j]!.start >= ss && LIST_GAP.test(norm.slice(mentions[j]!.end, names[0]!.start)); j--) names.unshift(mentions[j]!);
    if (names.length > 1) {
      let first = k;
      while (first > 0 && figures[first - 1]!.start > before.end && FIGURE_LIST_GAP.test(norm.slice(figures[first - 1]!.end, figures[first]!.start))) first--;
      let last = k;
      while (last + 1 < figures.length && figures[last + 1]!.start < se && FIGURE_LIST_GAP.test(norm.slice(figures[last]!.end, figures[last + 1]!.start))) last++;
      named = last - first + 1 === names.length ? names[k - first]! : { ...before, entity: null };
    }
  }
  const after = mentions[lowerBound(mentions, fig.end)];
  // (and "compared with 150 million for ByteDance's Doubao": the company a compared figure is for)
  // (and "RMB703.7 million of first-half revenue at rival Zhipu": the figure's metric, then its company)
  if (after && after.start < se && after.kind !== 'index' && /^\s?(?:of\s(?:[a-z0-9-]+\s){0,2}?(?:revenue|sales|net loss|net profit|losses|profit)\s)?(?:at|for)\s(?:the\s|(?:its\s)?(?:rival|peer|competitor)\s)?$/.test(norm.slice(fig.end, after.start)) && NAME_ENDS_AFTER.test(norm.slice(after.end, after.end + 24))) named = after;
  // (and "Tidewater expects US$352 million from MiniMax", "pencils in $596m of revenue from MiniMax": what a forecaster
  // expects a company to bring in, named after "from"; not money raised from an investor)
  else if (after && after.start < se && after.kind === 'company' && FORECASTER_VERB_BEFORE.test(norm.slice(Math.max(ss, fig.start - 30), fig.start)) && /^\s?(?:(?:of|in)\s(?:[a-z0-9-]+\s){0,2}?(?:revenue|sales)\s)?from\s$/.test(norm.slice(fig.end, after.start)) && NAME_ENDS_AFTER.test(norm.slice(after.end, after.end + 24))) named = after;
  // ("about 4% of the $60 that OpenAI then asked for o1", "the $9.6 billion which Moonshot fetched", "the 36% growth
  // Google Cloud reported", "the roughly US$7 billion OpenAI is expected to make", "the US$13 billion in revenue OpenAI is
  // expected to book": the company of a relative clause that
  // says what it charged, raised, made or reported)
  if (after && after.start < se && after.kind !== 'index' && after.entity !== null && /^\s?(?:\)\s?)?(?:in (?:revenue|sales|funding|profit|losses) )?(?:(?:that|which)\s(?:the\s)?|(?:growth|rise|increase|jump|gain|fall|decline|drop|margin|share)\s(?:that\s|which\s)?)?$/.test(norm.slice(fig.end, after.start)) && new RegExp(String.raw`^(?:'s)?(?:${CORP_SUFFIX})*(?:\s[a-z0-9.-]+)?\s(?:then |had |has |once |previously |last |itself |also |(?:is |was |are |were )?(?:expected|forecast|projected|set|likely) to )?(?:asked|charged|charges|charge|paid|raised|fetched|commanded|reported|posted|booked|book|books|earned|made|make|earn|generate|spent|spend|lost|lose|set|listed|recorded|logged|delivered)(?![a-z])`).test(norm.slice(after.end, after.end + 40))) named = after;
  // ("wider than the 6.3% average on Hong Kong tech placings", "an average of 12% across the sector": an average over a
  // group of deals or companies is no single company's)
  if (AVERAGE_AFTER.test(norm.slice(fig.end, fig.end + 40)) || AVERAGE_OF_GROUP_ZH.test(norm.slice(Math.max(ss, fig.start - 24), fig.start)) || (AVERAGE_OF_BEFORE.test(norm.slice(Math.max(ss, fig.start - 16), fig.start)) && /^\s?(?:for|across|among|on|in)\s(?:the\s)?(?:[a-z-]+\s){0,3}(?:sector|industry|market|peers|rivals|deals|placings|ipos|listings|companies|firms|start-?ups|groups)(?![a-z])/.test(norm.slice(fig.end, fig.end + 50)))) {
    return { start: fig.start, end: fig.end, entity: null, kind: 'other', weak: false };
  }
  // ("25% to 30% in 2027, compared with about 35% for the four largest US spenders", "against 12% for US peers": a value
  // set beside for a group of other companies is theirs, no one company's)
  const forGroup = FOR_GROUP_AFTER.exec(norm.slice(fig.end, Math.min(se, fig.end + 70)));
  if (forGroup && VALUE_COMPARED_BEFORE.test(norm.slice(Math.max(ss, fig.start - 32), fig.start)) && !namedBetween(mentions, fig.end, fig.end + forGroup[0].length, (m) => m.kind !== 'index')) {
    return { start: fig.end + forGroup[0].indexOf('for'), end: fig.end + forGroup[0].length, entity: null, kind: 'other', weak: false };
  }
  // ("Average list prices for flagship-model output fell 63%", "大模型平均价格一年内下降63%": a sentence about an average,
  // naming no company before the figure, is about the market, not the company the text went on about)
  // (nor one whose subject is a group of companies, totalled, "园区内AI企业今年首十个月共获融资约86亿港元", or counted,
  // "中国头部四家公司2026年资本开支合计约5000亿元")
  const namedBefore = (market: boolean) => namedBetween(mentions, ss, fig.start, (m) => m.entity !== null && (market || m.entity !== 'china-market'));
  if (((AVERAGE_SUBJECT.test(norm.slice(ss, fig.start)) || GROUP_TOTAL_SUBJECT.test(norm.slice(ss, fig.start))) && !namedBefore(true)) || (GROUP_COUNTED_SUBJECT.test(norm.slice(clauseStart(norm, fig.start, ss), fig.start)) && !namedBefore(false))) {
    return { start: fig.start, end: fig.end, entity: null, kind: 'other', weak: false };
  }
  return respectiveCompany(norm, mentions, figures, k, ss, se) ?? named;
}
const AVERAGE_SUBJECT = /^[\s"“]*(?:the )?average (?:[a-z-]+ ){0,3}(?:prices?|costs?|fees?|rates?|pay|salar(?:y|ies)|valuations?|spending)(?![a-z])|^[\s“]*[^，。,;；\d]{0,12}(?:平均价格|平均價格|均价|均價|平均薪酬|平均估值)/;
const GROUP_TOTAL_SUBJECT = /(?:企业|企業|公司|初创|初創|创企|創企|大厂|大廠|云厂商|雲廠商|厂商|廠商)[^，。,;；\d]{0,14}(?:共获|共獲|共计|共計|合计|合計|总计|總計|合共|累计获|累計獲)/;
// (a group counted, "中国头部四家公司", "the four biggest US cloud providers", is no market either)
// (and the leaders of a market together: "The top five vendors held 71.3% of the market", "前五大厂商合计占比")
const GROUP_COUNTED_SUBJECT = /(?:[两兩三四五六七八九十]|[2-9])\s?(?:家|大)(?:公司|企业|企業|厂|廠|大厂|大廠|云厂商|雲廠商|巨头|巨頭|厂商|廠商)|(?<![a-z])(?:two|three|four|five|six|big three|big four)(?: [a-z-]+){0,2} (?:companies|firms|groups|giants|hyperscalers|cloud providers)(?![a-z])|(?<![a-z])(?:top|biggest|largest|leading) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]) (?:[a-z-]+ ){0,2}(?:companies|firms|groups|vendors|players|providers|apps|labs|makers|developers|suppliers)(?![a-z])/;
const FOR_GROUP_AFTER = /^\s?for\s(?:the\s)?(?:[a-z-]+\s){0,4}(?:spenders|companies|firms|peers|rivals|groups|labs|start-?ups|startups|providers|hyperscalers|makers|developers|players)(?![a-z])/;
// (the words that set a value beside another: "compared with about 35%"; periods.ts's COMPARED_BEFORE is the same idea before a
// period, not a value)
const VALUE_COMPARED_BEFORE = /(?<![a-z])(?:compared (?:with|to)|against|versus|vs\.?|than)\s(?:about |around |roughly |nearly |some |just |only )?(?:us|hk|rmb)?[$¥]?$/;
const AVERAGE_AFTER = /^\s?(?:industry |sector |market |peer |group )?average (?:on|for|across|among|in) (?!(?:its|the company's|the group's)\s)/;
// ("低于今年以来科创板新股上市首日平均213%的涨幅", "较内地同业平均约25倍": the average of a group of listings or peers)
const AVERAGE_OF_GROUP_ZH = /(?:同业|同業|同行|行业|行業|新股|板块|板塊|可比公司|市场|市場)[^，。,;；\d]{0,12}(?:平均|均值)(?:值|水平)?\s?(?:约|約|为|為|达|達|仅|僅)?\s?$/;
const AVERAGE_OF_BEFORE = /(?<![a-z])(?:an |the )?average of (?:about |around |roughly )?(?:us|hk|rmb)?\$?$/;

const FIGURE_LIST_GAP = /^\s?(?:,|and|,\s?and)\s(?:about |around |roughly |nearly )?(?:us|hk|rmb)?$/;
const TICKER_IN_PARENS = /^\s?[(（][^)）]{1,14}[)）]/;
const PRODUCT_IN_QUOTES = /^\s?[「“"『][^」”"』]{1,12}[」”"』]/;
// the words that may end a company's name: "MiniMax Group Inc.", "Alibaba Holdings", "Google Cloud"
const CORP_SUFFIX = String.raw`\s(?:group|holdings?|inc\.?|ltd\.?|corp\.?|limited)`;
// (and after a model's name and version: "Anthropic's Claude Opus 5, which lists at US$5")
// (past an apposition set after the name: "Tencent Holdings, China's most valuable listed internet group, which last week
// reported 2025 revenue of 741.5 billion yuan")
const FORECASTER_VERB_BEFORE = /(?<![a-z])(?:expects?|expected|forecasts?|sees|projects?|estimates?|pencils? in|models?)\s(?:about |around |roughly |some )?(?:us|hk|rmb)?[$¥]?\s?$/;
const OPEN_RELATIVE_AFTER = new RegExp(String.raw`^(?:'s)?(?:${CORP_SUFFIX})*(?:\s(?=[a-z0-9.-]*\d)[a-z0-9.-]+|\s(?:opus|sonnet|haiku|pro|max|plus|turbo|flash|mini|ultra|lite))*(?:,\s(?:[a-z0-9'’&.-]+\s){1,6}[a-z0-9'’&.-]+)?,\s(?:which|who|whose)\s(?:[^,;:()]|\([^,;:()]{0,30}\)){0,120}$`);
// (a relative clause about the company just named: "MiniMax Group Inc., whose market value")
const RELATIVE_ABOUT_NAME = new RegExp(String.raw`^(?:${CORP_SUFFIX})*\s?,\s(?:whose|which|where)\s`);
// (the end of a name after "at" or "for": "9% at Google Cloud", "for ByteDance's Doubao")
// (or a time after it: "about US$5 billion for Anthropic at the start of the year")
const NAME_ENDS_AFTER = new RegExp(String.raw`^(?:'s(?:\s[a-z0-9.-]+){0,2}|${CORP_SUFFIX}|\scloud)?\s?(?:[,.;)]|and\s|$|(?:at the (?:start|end|beginning)|in (?:the )?(?:first|second|third|fourth|same|previous|prior|june|march|september|december|january)|last year|a year (?:earlier|ago|before)|this year|in \d{4}|on (?:the same|a similar|a comparable|a like-for-like|that|this) (?:basis|measure|metric|yardstick))(?![a-z]))`);
const NAME_AT_BEFORE = /^(?:'s)?(?:\s(?:ai|cloud|intelligence|engine|group))*\s(?:at|with)\s(?:about |around |roughly |nearly |just )?$/;

/**
 * The company of a figure in a list said "respectively" (分别) of a list of companies as long as it: the one at the
 * same place ("两家公司去年的收入分别为3.5亿元和3.1亿元" after "MiniMax和智谱"); else null.
 */
function respectiveCompany(norm: string, mentions: Mention[], figures: RawFigure[], k: number, ss: number, se: number): Mention | null {
  const run = respectiveRun(norm, figures, k, ss, se);
  if (!run) return null;
  const [first, last] = run;
  const n = last - first + 1;
  // the last run of company names joined only by list words before the figures
  const named: Mention[] = [];
  for (let j = lowerBound(mentions, ss); j < mentions.length && mentions[j]!.end <= figures[first]!.start; j++) {
    const m = mentions[j]!;
    if (m.kind === 'index') continue;
    // (a product named in quotes after its company is that company once: "騰訊「元寶」及阿里巴巴「千問」")
    const last = named[named.length - 1];
    if (last && last.entity === m.entity && /^\s?[「“"『]\s?$/.test(norm.slice(last.end, m.start))) continue;
    named.push(m);
  }
  for (let end = named.length - 1; end >= 0; end--) {
    let start = end;
    // (past a ticker in parentheses or a product in quotes: "智谱(2513)及MiniMax(0100)", "騰訊「元寶」及阿里巴巴")
    while (start > 0 && LIST_GAP.test(norm.slice(named[start - 1]!.end, named[start]!.start).replace(TICKER_IN_PARENS, '').replace(PRODUCT_IN_QUOTES, ''))) start--;
    if (end - start + 1 >= 2) return end - start + 1 === n ? named[start + (k - first)]! : null;
  }
  // (companies named apart, each with figures of its own: "预期智谱全年收入约14.5亿元，MiniMax则约4.1亿美元，按年分别增长约120%
  // 及150%": as many as the list, in the order named)
  // (not when the run's own clause names its company: "ByteDance's Doubao lists at 0.6 yuan and 3.6 yuan respectively")
  const own = distinctCompanies(named.filter((m) => !m.weak));
  const clause = clauseStart(norm, figures[first]!.start, ss);
  if (own.length === n && !own.some((m) => m.start >= clause) && !named.some((m) => m.start >= clause && m.kind === 'company')) return own[k - first]!;
  // ("……MiniMax收报405港元。两者市值分别约2190亿港元及1240亿港元", "the two are worth HK$219 billion and HK$124 billion
  // respectively": the two companies the text named last, in the order named)
  if (n === 2 && own.length === 0 && THE_TWO.test(norm.slice(ss, figures[first]!.start))) {
    const back: Mention[] = [];
    for (let j = lowerBound(mentions, ss) - 1; j >= 0 && mentions[j]!.start >= ss - 400 && back.length < 2; j--) {
      const m = mentions[j]!;
      if (m.weak || m.kind !== 'company' || m.entity === null || m.entity === 'china-market' || m.place) continue;
      const at = back.findIndex((b) => b.entity === m.entity);
      if (at >= 0) back[at] = m;
      else back.push(m);
    }
    if (back.length === 2) return back.sort((a, b) => a.start - b.start)[k - first]!;
  }
  return null;
}

const THE_TWO = /两者|二者|两家(?:公司)?|两间公司|(?<![a-z])the two(?: companies| groups| firms| start-?ups)?(?![a-z])/;

/** The first mention of each company among `named`, in order (no place, index, group or market). */
function distinctCompanies(named: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of named) if (m.kind === 'company' && m.entity !== null && m.entity !== 'china-market' && !m.place && !m.group && !out.some((o) => o.entity === m.entity)) out.push(m);
  return out;
}

