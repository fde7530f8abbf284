// Direction of a change next to a percentage or multiple: "up 131.9%", "dropped 23%", "a 50 per cent discount",
// "年減7%", "减亏40.37%", "收窄50%", "低开0.6%" (opened lower), "跌咗3%" (Cantonese, fell), "5.8% below its pre-results level". Returns 1 (growth), -1 (decline) or 0 (a level, not a change).

const UP = String.raw`up|rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|growth|increas(?:e[sd]?|ing)|jump(?:ed|s|ing)?|surg(?:ed|es?|ing)|soar(?:ed|s|ing)?|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|expand(?:ed|s|ing)?|accelerat\w*|improv\w*|widen(?:ed|s|ing)?|wider|boost(?:ed|s)?|add(?:ed|s)|higher|more|hike[sd]?|rall(?:y|ied)|spik(?:e|ed)|doubl\w*|advanc(?:ed|es|ing)|edg(?:ed|es|ing) up`;
const DOWN = String.raw`down|fell|fall(?:s|en|ing)?|drop(?:ped|s|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|slump(?:ed|s)?|plung(?:e[sd]?|ing)|shr[ua]nk|shrink(?:s|ing)?|narrow(?:ed|s|ing|er)?|cut(?:s|ting)?|reduc(?:e[sd]?|ing|tion)|lower(?:ed)?|slid(?:e|es)?|dipp?(?:ed|s)?|tumbl(?:e[sd]?|ing)|sank|sink(?:s|ing)?|discount(?:ed|s)?|less|cheaper|off|lost|shed|slipp?(?:ed|s|ing)?|eas(?:ed|es|ing)|retreat(?:ed|s|ing)?|contract(?:ed|s|ing)|weaken(?:ed|s|ing)?|soften(?:ed|s|ing)?`;
const ZH_UP = '高开|上调|调高|上修|幅度|改善|改進|改进|同比增长|同比增加|同比提升|同比上升|按年增长|按年增|年增长|年增|增长|增加|增幅|增速|提升|上涨|上升|提高|扩大|涨幅|大涨|急升|飙升|大升|涨|升|增|翻';
const ZH_DOWN = '低开|下调|调低|下修|急跌|大跌|下挫|急挫|重挫|挫|调降|降价|下滑|同比下降|同比减少|同比下滑|按年减|按年跌|年减|减亏|收窄|缩窄|缩短|下降|下跌|下滑|减少|降低|回落|缩小|缩减|降幅|跌幅|减幅|大跌|跌|降|减';

const CUE_BEFORE = new RegExp(
  String.raw`(?:(?<![a-z])(?<up>${UP})(?![a-z])|(?<down>${DOWN})(?![a-z])|(?<zup>${ZH_UP})|(?<zdown>${ZH_DOWN}))` +
    // up to a few filler words between the cue and the figure: "rose a steady 9%", "up more than 9%", "增幅超"
    String.raw`(?:\s?(?:by|a|an|the|about|around|roughly|nearly|almost|over|more than|as much as|some|steady|further|sharply|strongly|significantly|staggering|another|yoy|y-o-y|year-on-year|year over year|year-over-year|同比|按年|约|超过|超|近|逾|达|大幅|了|咗|幅度|为)\s?)*\s?[+-]?$`,
);
const CUE_AFTER = new RegExp(
  String.raw`^\s?(?:(?:yoy|y-o-y|year-on-year|year-over-year|qoq)\s)?(?:(?<up>increase|rise|jump|gain|growth|surge|climb|boost|hike|uplift|premium|higher|more|rally|expansion|improvement|above|wider|larger|bigger|deeper|greater)|(?<down>decline|decrease|drop|fall|slump|plunge|reduction|cut|discount|lower|less|cheaper|contraction|slide|loss|below|narrower|smaller|shallower|fewer))(?![a-z])`,
);
// "to 26.3%", "至23.58亿元", "reached 40%": the figure is the new level, not the change
// (and "dropped below 60%", "rose above 10%": a threshold crossed is a level)
const LEVEL_BEFORE = /(?:(?<![a-z])(?:to|reach(?:ed|es|ing)?|at|was|were|is|of|from|stood at|hit|below|above)|至|达到|达|为|由)\s?[+-]?$/;

// one item of a list of changes and the word that joins it to the next: "50%和", "5%, ", "7 per cent and "
// (and a slash list, "cut its 2026-28 forecasts by 22%/15%/9%")
const LIST_ITEM_BEFORE = /[+-]?\d[\d.,]*\s?(?:%|percent|per cent|倍)\s?(?:和|及|、|与|以及|,|，|and|, and|\/)\s?$/;

// "a year-on-year increase of 130%", "a decline of 12%"
const NOUN_OF = /(?<![a-z])(?:(?<up>increase|growth|rise|gain|jump|surge|expansion)|(?<down>decrease|decline|drop|fall|reduction|cut|contraction|slide))\s(?:of|by)\s(?:about |around |nearly |almost |over |more than )?$/;

// "Baidu cut its capex by 9 per cent", "raised its prices by 20%", "cut token prices by 10%", "narrowed its net loss by
// 38%": a verb, what it acts on, then "by" (a possessive among its words: "cut prices for Hunyuan's API by 60%")
const VERB_OBJECT_BY =
  /(?<![a-z])(?:(?<up>raised|raises|increased|increases|boosted|lifted|expanded|widened|widens)|(?<down>cut|cuts|reduced|reduces|lowered|lowers|slashed|slashes|trimmed|trims|narrowed|narrows))\s(?:(?:its|their|the|his|her)\s)?(?:[a-z0-9.'’-]+\s){1,7}by\s(?:another |a further |about |around |nearly |almost |over |more than |some |as much as |up to )?$/;

const SIZE_OF_MOVE_TO = /(?:(?<down>跌幅|降幅|减幅)|(?<up>涨幅|增幅|升幅))\s?(?:一度|进一步|再)?\s?(?:扩大|收窄|缩小|扩阔)?\s?(?:至|到|达到|达|为)\s?(?:约|近|超过)?$|(?<![a-z])(?:(?<edown>declines?|drops?|falls?|slides?|losses)|(?<eup>gains?|rises?|increases?|rall(?:y|ies)))\s(?:widened|deepened|extended|grew|narrowed|eased|accelerated|slowed)\sto\s(?:about |around |nearly |almost |more than )?$/;

// ("降幅较第二季度的15%有所收窄", "增幅高于上季的8%": the size of a fall or a rise in another period, set beside this one's)
// ("extending their decline since Tuesday to 5.8%", "extended its gains this year to 40%": the size a move has grown to)
const EXTENDED_MOVE_TO = /(?<![a-z])extend(?:s|ed|ing)?\s(?:its|their|the)\s(?:(?<edown>declines?|drops?|falls?|losses|slide|slump|retreat)|(?<eup>gains?|rise|rally|advance|climb|surge))(?![a-z])[^.;]{0,60}?\sto\s(?:about |around |nearly |almost |more than )?$/;
const SIZE_OF_MOVE_COMPARED = /(?:(?<down>跌幅|降幅|减幅)|(?<up>涨幅|增幅|升幅))\s?(?:较|比|相比|对比|低于|高于)[^，,。；;\d]{0,12}的\s?(?:约|近)?$/;

/** `re` at the end of `before`, or, failing that, past up to four items of a list of changes before the figure. */
function pastListItems(re: RegExp, before: string): RegExpExecArray | null {
  let m = re.exec(before);
  for (let rest = before, i = 0; !m && i < 4; i++) {
    const cut = rest.replace(LIST_ITEM_BEFORE, '');
    if (cut === rest) break;
    rest = cut;
    m = re.exec(rest);
  }
  return m;
}

export function findDirection(before: string, after: string): 1 | -1 | 0 {
  const a = CUE_AFTER.exec(after);
  if (a) return a.groups?.down !== undefined ? -1 : 1;
  // ("cut its forecasts by 22%/15%/9%", "raised them by 5% and 8%": the later items of a list share the verb)
  const n = NOUN_OF.exec(before) ?? pastListItems(VERB_OBJECT_BY, before);
  if (n) return n.groups?.down !== undefined ? -1 : 1;
  // ("跌幅一度扩大至10.2%", "最高降幅达55%", "增幅收窄至5%", "its decline widened to 10%", "extending their decline since
  // Tuesday to 5.8%": the new size of a fall or a rise, whose noun says which it is)
  const size = SIZE_OF_MOVE_TO.exec(before) ?? SIZE_OF_MOVE_COMPARED.exec(before) ?? EXTENDED_MOVE_TO.exec(before);
  if (size) return size.groups?.down !== undefined || size.groups?.edown !== undefined ? -1 : 1;
  if (LEVEL_BEFORE.test(before)) return 0;
  // ("分别下降50%和60%", "fell 5% and 7%": the later items of a list share the first one's direction)
  const b = pastListItems(CUE_BEFORE, before);
  if (!b) return 0;
  if (b.groups?.down !== undefined || b.groups?.zdown !== undefined) return -1;
  return 1;
}
