// Qualifier words next to a figure: "about", "more than", "up to", "~", "约", "超过", "逾", "+", "以上", "左右".
import type { Qualifier } from '../vocabulary';

const APPROX_BEFORE =
  /(?:(?<![a-z])(?:approximately|approx\.?|about|around|roughly|nearly|almost|close to|some|an estimated|circa|c\.|estimated at)|~|约合|折合|约(?:为|达|有|是|在)?|大约|近|接近|将近|近乎)\s?$/;
const OVER_BEFORE =
  /(?:(?<![a-z])(?:more than|over|above|exceeding|exceeded|exceeds|exceed|in excess of|at least|upwards of|past|surpass(?:ed|ing|es)?|crossed|topped|north of)|超过|超|逾|多于|高于|突破|超出|过)\s?$/;
/** A cap said with a negation or as a most: "不超过160亿元", "no more than", "will not exceed" (a bound from above; the text is in simplified characters). */
export const CAP_WORDS = String.raw`(?<![a-z])(?:no more than|not more than|at most|not (?:to )?exceed)(?![a-z])|不超过|不高于|不多于|至多|最多`;
const UNDER_BEFORE = new RegExp(String.raw`(?:(?<![a-z])(?:less than|under|below|fewer than|up to|as little as)|不到|不足|低于|少于|未满|${CAP_WORDS})\s?$`);
const OVER_AFTER = /^(?:\+|\s?(?:or more|plus|and above|以上|多(?!年|个月)|余(?!年)))/;
const APPROX_AFTER = /^\s?(?:左右|上下|or so)/;

/** Qualifier from the words just before the figure's span (`before` ends where the span starts) and just after. */
export function findQualifier(before: string, after: string): Qualifier {
  // only a word, "~" or a Chinese character right before the figure can be a qualifier ("| 88.5" cannot)
  const last = before.trimEnd().slice(-1);
  // (or the dot of "c.", circa: "fell c.55%")
  if (!/[a-z~\u4e00-\u9fff]/.test(last) && !/(?<![a-z])c\.$/.test(before.trimEnd())) return APPROX_AFTER.test(after) ? 'approx' : OVER_AFTER.test(after) ? 'over' : 'exact';
  // ("below the $14 billion discussed", "more than the 1 billion yuan it raised": a value compared with, not a bound)
  if (/(?<![a-z])(?:than|below|above|under|over|past|exceeding|exceeded|surpassing|surpassed|topped)\sthe\s?["“]?\s?(?:us|hk|rmb)?[$¥]?$/.test(before.slice(-30))) return APPROX_AFTER.test(after) ? 'approx' : 'exact';
  // "an almost 3% decline", "raised about 5 billion yuan", "swell past US$2.7 billion"
  const trimmed = before.slice(-30).replace(/(?:\s(?:a|an|the))+\s?$/, ' ');
  if (APPROX_BEFORE.test(trimmed) || APPROX_AFTER.test(after)) return 'approx';
  if (UNDER_BEFORE.test(trimmed)) return 'under';
  if (OVER_BEFORE.test(trimmed) || OVER_AFTER.test(after)) return 'over';
  return 'exact';
}

// "expected to reach", "projected", "target", "estimates of", "will", "could generate", "预计", "目标" (and "pencils in", an
// analyst's word for a figure put in a model, and "base case", "fair value": a value a model gives)
const FORECAST_CUE =
  /(?:(?<![a-z])(?:expect(?:s|ed|ing|ation|ations)?|project(?:ed|ing|ion|ions)|projects(?=\s(?:that|a|an|the|its|their|revenue|sales|growth|profits?|losses?|capex|spending|about|around|[\d$¥]|us\$|hk\$|rmb))|forecasts?|forecasting|estimates?|estimated to|target(?:s|ed|ing)?|goals?|guidance|guided|outlook|consensus|if|should|unless|(?:will|could|would|might|may) (?:reach|hit|exceed|grow|rise|top|surpass|increase|double|be worth|climb|generate|bring in|earn|make)|(?:would|could|might) (?:trade|be valued|value|cost|need|fall|drop|shrink|lose|spend|burn|imply)|aims? (?:to|for)|plans? to|poised to|on track to|set to|anticipate[sd]?|pencil(?:s|led|ed|ling|ing)? in|(?:base|bull|bear)[- ]case|fair value)(?![a-z])|预计|预期|目标|有望|预测|预估|计划|如果|若能|(?<![倘如])若(?![干])|倘若|假如|假设|假定|将达|将超|将突破|将实现|指引)/;
// "by 2027", "by year-end", "FY25E", "2H24E" right after the figure
// (and "the 189 billion yuan average of analyst estimates", "the consensus forecast": a figure that is itself the forecast)
// (and "高於年初定下的40億元目標", "the 4 billion yuan target": a figure named as a target)
// (and "beating the 51.1 billion yuan analysts had pencilled in", "the $200 million the market expected": the figure others foresaw)
const FORECAST_AFTER = /^\s(?:that |which )?(?:the )?(?:analysts?|the market|market|investors|brokers?|economists?|the street|wall street)(?: polled by [a-z]+)?(?: (?:on average|had|have|has|were|was|widely|broadly|generally|mostly))* (?:expected|forecast|projected|estimated|pencil(?:l)?ed in|predicted|anticipated|looking for)(?![a-z])|^\s?(?:的)?\s?(?:收入|营收|销售|销售额|全年|年度)?\s?目标|^\s(?:revenue |sales |annual |full-year )?target(?![a-z])|^(?:\s?(?:\([^()]{0,30}\)\s?)?(?:average|mean|median|consensus)(?: of| among| from)? (?:[a-z]+ ){0,3}?(?:estimates?|forecasts?|expectations?|projections?|analysts?|polled)(?![a-z])|\s?(?:consensus|analyst|street|market) (?:estimate|forecast|expectation)s?(?![a-z]))|^[^,;.。，；]{0,30}?(?:(?<![a-z])by (?:(?:fiscal |fy\s?)?20\d\d|year-end|the end of)|(?<![a-z0-9])(?:fy)?\d{2}(?:-\d{2})?e(?![a-z])|(?<![a-z0-9])[12]h\d{2}e(?![a-z]))/;

export function isForecast(clauseBefore: string, after: string): boolean {
  // ("had grown to 800 staff by 2023": a past perfect tells of what had happened by then, no forecast)
  return FORECAST_CUE.test(clauseBefore) || (FORECAST_AFTER.test(after) && !/(?<![a-z])had\s(?:[a-z]+ly\s)?[a-z]+(?:ed|en|wn|un|ng)\s/.test(clauseBefore));
}
/**
 * Whether a figure is the past outcome a forecast is set against: "expects revenue of 2 billion yuan in 2026, against
 * 724 million yuan last year", "a goal of 2.5 billion yuan for 2026, up from 1.41 billion yuan a year earlier". (Not an
 * earlier forecast: "raised its forecast to 3.2 billion yuan from 2.7 billion yuan" says no past time.)
 */
export const isPastBase = (clauseBefore: string, after: string): boolean => PAST_BASE_BEFORE.test(clauseBefore) && PAST_BASE_AFTER.test(after);
const PAST_BASE_BEFORE = /(?:^|\s)(?:against|compared with|compared to|versus|vs\.?|up from|down from|from)\s(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|over|less than|under) )?(?:rmb|hk\$|us\$|\$|¥)?\s?$/;
const PAST_BASE_AFTER = /^[^,;.]{0,30}?(?<![a-z])(?:last year|the (?:previous|prior) year|the year (?:before|earlier)|a year (?:earlier|ago|before)|in the same period (?:of )?last year)(?![a-z])/;
