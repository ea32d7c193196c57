"""Pipeline component sitrep_incidents: doc._.incidents = one contract INCIDENT dict per event and place.

How an ACLED coder reads an article, and so how this component does:
1. Split each body sentence into clauses (";", ", while", ", and", "two days after ..."), because one
   sentence often reports two events ("On 7 August ISIS killed ten soldiers, while a week earlier ...").
2. A clause reports an event when it has a live trigger (sitrep/extract/events.py): not a threat, plan,
   denial, running total ("139 killed since the start of 2023") or background ("since fighting broke out").
3. A definite mention ("the attack", "Saturday's attack", "claimed the attack") or a clause with nothing new
   adds to the event it points back to instead of creating one; so do clauses at the same day and place.
4. Date: the clause's own time phrase (reporting times such as "said on Friday" are not event times),
   anchored to the publication date (weekdays, "last week") or to the event just mentioned ("a day
   earlier", "two days after"); else the date of the event the clause continues.
5. Place: the most specific place of the clause (a named site beats a town beats a region); a place that is
   only a reference point ("south of Kirkuk", "the road to Erbil") ranks lower; else the event it continues,
   else the dateline, else the article's country at precision 3.
6. Actors by voice ("X killed Y", "Y were killed", "an X attack on Y", "came under attack", "clashed with"),
   then responsibility claims and blame ("claimed the attack", "blamed X for") with actor1_claimed.
7. Fatalities: killed figures only (numbers.py); each source's figure kept in fatality_claims. Policy: the
   incident's `fatalities` is the first figure the article reports for it (the lede's, normally the most neutral
   source). Another source's different figure for the same event ("police put the death toll at seven", "the group
   claimed it had killed 47 soldiers, a figure the government rejected") becomes a fatality claim, never a second
   incident and never the incident's figure; the analyst sees every {source, fatalities} and the Sources page shows
   the disagreement. Exceptions: a later "death toll rose to N" update replaces the figure (the larger is kept), and
   the dead of the other side in the same event ("three militants killed ... two soldiers embraced martyrdom") add
   up, unless a party claims them ("its troops killed 60 militiamen", "could not be verified").
8. No publication date: absolute dates still resolve; relative ones ("on Tuesday") cannot, so the event is kept
   with a null event_date/date_start/date_end (time_precision 3) and a note naming the phrase; the pipeline adds the
   warning. Two unresolved phrases are the same day only when they say the same thing.
Every look-back is capped (a few sentences, a few incidents), so time is linear in the article's length.
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language

from sitrep.config import PACKAGE_DATA
from sitrep.extract import dates as D
from sitrep.extract import events as E
from sitrep.extract import numbers as N
from sitrep.extract.mentions import ActorMention
from sitrep.extract.meta import find_dateline, read_meta
from sitrep.extract.sentences import doc_text, sent_spans

LOOKBACK_SENTS = 6
LOOKBACK_INCIDENTS = 8
MAX_SENT_CHARS = 3000
KIND_RANK = {"site": 0, "city": 1, "town": 1, "village": 1, "district": 2, "admin2": 2, "admin1": 3, "region": 3,
             "country": 4}
SPEECH = r"(?:said|says|say|told|tells|reported|reports|announced|stated|added|confirmed|claimed|claims|wrote|noted|" \
         r"posted|tweeted|declared|insisted|alleged|estimated|according\s+to|statement|reporting|quoted|cited)"
# "said on Friday", not "told X that on 19 November ..." or "said its fighters took the base on Saturday" (the event's)
REPORT_TIME = re.compile(r"\b" + SPEECH + r"\b(?:(?!\b(?:that|(?!released|posted|published|issued|aired|quoted|cited|reported|"
                         r"signed|dated|televised|broadcasted)\w+ed|took|shook|struck|hit|shot|fought|overran|blew|threw|"
                         r"went|came|broke|fled|stole|began)\b)[^.;]){0,45}$", re.IGNORECASE)
TAIL_SOURCE = re.compile(r",\s*(?:(?!\b(?:opened|killed|attacked|struck|fired|shot|stormed|ambushed|bombed|shelled|"
                         r"abducted|kidnapped|seized|raided|clashed|fought)\b)[^,;]){0,80}?"
                         r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!the\s)(?<!an\s)(?<!a\s)"
                         r"\b(?:said|says|told\s+\w+|reported|added|confirmed|announced|stated|wrote|"
                         r"reports)\b(?![^;,]{0,45}\b(?:killed|died|dead|wounded|injured|attacked|struck|hit|shot|"
                         r"bombed|shelled|abducted|kidnapped)\b)(?:[^;,]{0,45}$|[^;,]{0,45}(?=,))", re.IGNORECASE)
ACCORDING = re.compile(r"(?:,\s*)?\baccording\s+to\b[^,;.]*", re.IGNORECASE)
LEAD_SOURCE = re.compile(r"^\W*(?:(?:meanwhile|separately|however|also|earlier|later|in\s+addition),?\s+)?(?:[\w'’.-]+\s+){0,7}?"
                         r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)"  # ("another attack was reported at X": no source)
                         r"(?:said|says|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|reported|added|claimed|announced|confirmed|alleged)"
                         r"(?:\s+(?:on|in)\s+[\w\s]{1,25}?)?(?:\s+that)?\s+(?=\S)", re.IGNORECASE)
SPLIT = re.compile(r";\s+|,\s+(?=as\s+(?:[\w-]+\s+){0,3}?(?:fighting|violence|attacks|clashes|hostilities|tensions|"
                   r"shelling|strikes)\s+(?:intensified|escalated|raged|continued|spread|grew|mounted)\b)|,\s+and\s+(?=(?:\w+\s+)?others?\s+(?:in|at|near|around|outside|were|was|died)\b)|,\s+(?:while|whereas|and\s+meanwhile)\s+|,\s+and\s+(?=that\s+(?:the\s+)?[A-Z]|(?:in|at|near)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+(?:area|district|region|province|town|village))?,?\s+(?:an?|the|\d+|[A-Z]\w+)\s)|\s+while\s+(?=[a-z]+\s)|,\s+and\s+(?!wounding|injuring|"
                   r"killing|leaving)(?=(?:[\w'’-]+\s+){0,3}?(?:\w+ed|clashes|fighting|attacks?|strikes?|fought|struck|shot|overran|"
                   r"took|blew|threw|hit)\b)")
RAN_OVER = re.compile(r"(?i)\b(?:ran|run|runs|drove|driven|rolled|went)\s+over\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:ieds?|bombs?|mines?|landmines?|explosive|device)")
THE_KIND = re.compile(r"\b(?:in|into|of|on|near|around|razed|besieged|stormed|entered|raided|shelled|attacked)\s+the\s+"
                      r"(camp|town|city|village)\b(?!\s+of\b)")
# "The fighting broke out the previous day between ...": the event the story is about, told again with its details
DEFINITE_OPEN = re.compile(r"^\W*(?:The|This|That)\s+(?:fighting|violence|rioting|riot|unrest|clashes|battle|massacre|rampage|"
                           r"mutiny)\s+(?:broke\s+out|erupted|began|started)\b")
FIRED_FROM = re.compile(r"(?i)\b(?:fired|launched|came)\s+from\s+(?:the\s+)?([A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)?)-"
                        r"(?:controlled|held|run|occupied)\b")
CAME_BEFORE = re.compile(r"(?i)\b(?:came|comes|happened|occurred|took\s+place|followed)\s+$")
GENERIC_HIT = re.compile(r"(?i)attack(?:ed|s)?|targeted|targeting|struck|hit")
BY_AIRCRAFT = re.compile(r"(?i)\bby\s+(?:\w+\s+)?(?:aircraft|aviation|the\s+air\s+(?:component|force)|warplanes|(?:fighter\s+)?jets|"
                         r"(?:combat\s+)?helicopters|(?:armed\s+)?drones|air\s+strikes|airstrikes)\b")
QUANTIFIER = re.compile(r"(?i)(?:(?:a|an|the)\s+(?:(?:very\s+)?(?:large|small|great|huge|significant|unknown|"
                        r"undetermined)\s+)?(?:number|group|gang|band|column|unit|convoy|contingent)\s+of\s+|"
                        r"(?:dozens|hundreds|scores|scores|several|some|many|members|elements|remnants)\s+of\s+(?:the\s+)?|"
                        r"(?:heavily|lightly)\s+)+")
ARMED_MEN = re.compile(r"(?i)\b(?:heavily\s+)?armed\s+(?:men|persons|people|individuals|assailants|gangs?|groups?|bandits)\b")
# a case filed about an event: "registered a first information report (FIR) against ... over the killing of"
LEGAL_FRAME = re.compile(r"(?i)\b(?:registered|filed|lodged|opened|launched|booked)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?"
                         r"(?:case|cases|fir|first\s+information\s+report|inquiry|investigation|probe|complaint)\b"
                         r"(?:\s*\([A-Z]+\))?")
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|get|got|be)\s+(?:\w+ly\s+|also\s+|reportedly\s+)?$", re.IGNORECASE)
BY_AFTER = re.compile(r"^[^,;]{0,50}?\bby\s+$", re.IGNORECASE)
PP_BEFORE = re.compile(r"\b(?:on|against|at|in|near|targeting|with|to|from|into|for|toward|towards|around|inside|"
                       r"outside|by|between|among|under|including)\s+(?:(?!(?:when|as|while|and|but|that|who|which|after|"
                       r"before|then|where|because|since|until|if)\b)[\w'’-]+\s+){0,2}$", re.IGNORECASE)
OBJ_PREP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:on|against|targeting|at|upon|in\s+an\s+attack\s+on)\s+", re.IGNORECASE)
BETWEEN = re.compile(r"^\s*(?:(?:erupted|broke\s+out|took\s+place|raged|continued)\s+)?(?:[^,;.]{0,50}?\s)?between\s+", re.IGNORECASE)
INVERT = re.compile(r"(?i)^(?:shot\s+down|downed|intercepted|foiled|thwarted|defused|dismantled|neutrali)")
# a claim of responsibility: "claimed (responsibility for) the attack", "took responsibility", "said it carried out the
# attack", "said its fighters ambushed"; not "media claimed that the strike hit a car" (a claim about what happened)
CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit)\b|\bclaim(?:ed|s|ing)?\s+(?:the|this|that|these|its|"
                   r"[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|"
                   r"ambush(?:es)?|assaults?|killings?|operations?|shootings?|abductions?|kidnappings?|massacres?|"
                   r"assassinations?|incidents?|attempts?|downing|capture|seizure)\b(?!\s+(?:hit|killed|struck|was|were|had|has|"
                   r"targeted|destroyed|damaged|left|wounded|injured))"
                   r"|\b(?:took|takes|taken|taking|assumed|accepted|admitted)\s+responsibility\b"
                   r"|\b(?:said|says|announced|stated)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?it\s+(?:had\s+)?"
                   r"(?:carried\s+out|conducted|launched|fired|struck|targeted|attacked|shot\s+down|downed|bombed|shelled|"
                   r"was\s+behind|staged|executed)\b"
                   r"|\b(?:said|says|announced|stated|claimed|claims)\s+(?:that\s+)?its\s+(?:fighters|members|militants|forces|men|units|"
                   r"mujahideen|soldiers|troops|drones|jets|warplanes|artillery)\s+(?:had\s+)?(?:carried\s+out|attacked|ambushed|killed|launched|targeted|stormed|"
                   r"struck|shot|raided|seized|fired|detonated|destroyed|hit|shelled|bombed|downed|captured)\b", re.IGNORECASE)
_CLAIM_WORDS = ("claim", "responsib", " it ", " its ")
BLAME = re.compile(r"\b(?:blamed|blames|accused|accuses|accusing|blaming|held)\b", re.IGNORECASE)
BASE_TARGET = re.compile(r"(?i)\b(?:targeted|targeting|hit|struck|attacked|on|at|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
                         r"(?:air\s+)?(?:base|garrison|outpost)\b")
NO_CLAIM = re.compile(r"(?i)\b(?:no|not|never|yet\s+to|n't|nobody|none)\b[^.;]{0,30}$")
PERFECT = re.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+|often\s+|previously\s+)?(?:been\s+)?$")
PRONOUN_SUBJ = re.compile(r"(?i)\b(?:it|they|its\s+(?:forces|troops|fighters|jets|warplanes|drones|units|members)|"
                          r"their\s+(?:forces|fighters))\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:also\s+)?$")
REPELLED = re.compile(r"(?i)\b(?:repelled|repulsed|fended\s+off|thwarted|foiled|countered|beat\s+back|repel|repulse)\s+"
                      r"(?:an?|the|\w+['’]s)\s+(?:[\w-]+\s+){0,2}$")
RECIPROCAL = re.compile(r"(?i)clash|fought|battled|skirmish|exchanged fire|engaged")
SAME_PLACE = re.compile(r"\b(?:in|near|around)\s+the\s+same\s+(?:region|area|province|governorate|city|town|village|"
                        r"district|place|location|spot)\b", re.IGNORECASE)
CONTINUED = re.compile(r"\b(?:continu(?:ed|es|ing)|ongoing|still\s+raging|persist(?:ed|s))\b", re.IGNORECASE)
DIRECTION_OF = re.compile(r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                          r"south-east|south-west)(?:ern)?\s+of|\bkm\s+(?:from|of)|\bkilometres\s+(?:from|of)|"
                          r"\bkilometers\s+(?:from|of)|\bmiles\s+(?:from|of)|\b(?:road|highway|route|way)\s+(?:to|from|"
                          r"linking|between)|\bborder\s+(?:with|between)|\bfled\s+to|\bheaded\s+(?:to|for)|\btowards?|\bbound\s+for|\ben\s+route\s+to|"
                          r"\bfrom)\s+(?:the\s+)?(?:(?!(?:near|in|at|outside|around|inside)\s)[\w'’-]+\s+){0,2}$", re.IGNORECASE)
TOLL_ROSE = re.compile(r"(?i)\b(?:rose|risen|climbed|reached|jumped|increased|has\s+grown|grew|mounted|overall|total|"
                       r"cumulative|final|updated|new)\b")
BACK_REF = re.compile(r"(?i)^\W*(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:fighting|violence|unrest|"
                      r"combat|hostilities|operation|incident|attack|assault|raid|ambush|battle|clash(?:es)?)\b")
ATTRIBUTION_LEAD = re.compile(r"(?i)^\W*(?:according\s+to|citing|quoting)\s+[^,]{2,80},\s*")
PLACE_PREP = re.compile(r"(?i)\b(?:in|into|inside|across|near|at|to|from|of|over|throughout|neighbouring|neighboring|"
                        r"northern|southern|eastern|western|central)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+|"
                        r"(?:north|south|east|west)(?:ern)?\s+)?$")
GEO_NOUN = re.compile(r"(?i)\s+(?:[\w-]+\s+)?(?:border|frontier|borderlands?|side|territory|territorial\s+waters|airspace|"
                      r"soil|waters|coast|village|town|city|capital|province|region|district|countryside|mainland|island)\b")
CAPITAL = re.compile(r"(?i)\b(?:in|near|outside|across|around|of)\s+the\s+(?:country's\s+|nation's\s+)?capital\b(?!\s+[A-Z])")
BULLET = re.compile(r"\n[ \t]*(?:[-•*·▪►]|\d{1,2}[.)])[ \t]")
UNVERIFIED = re.compile(r"(?i)\s*(?:the|this|that|its|their|these|such)\s+(?:claims?|figures?|tolls?|numbers?|reports?)\s+"
                        r"(?:could\s+not|cannot|can\s*not|were\s+not|was\s+not|has\s+not\s+been|have\s+not\s+been)\s+"
                        r"(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)")
PARTY_CLAIM = re.compile(r"(?i)\b(?:could\s+not\s+be\s+(?:independently\s+)?verified|unverified|claimed|claims|"
                         r"(?:said|says|statement)\b[^.;]{0,60}\b(?:its|their)\s+(?:troops|forces|fighters|men|units|jets|"
                         r"warplanes|drones)\b|(?:said|says|statement)\b[^.;]{0,40}\b(?:troops|forces|soldiers|fighters)\s+"
                         r"(?:had\s+)?(?:killed|neutrali[sz]ed|eliminated))")
RESPONDED = re.compile(r"(?i)\s*(?:\w+ly\s+)?(?:responded|retaliated|replied|hit\s+back|struck\s+back|answered)\s+"
                       r"(?:[\w-]+\s+){0,3}?with\s+(?:(?:heavy|intense|its\s+own|an?|the)\s+)*")
SPEAKER_TOLL = re.compile(r"(?i)\b(?:said|says|claimed|claims|claiming|stated|announced|insisted|alleged|boasted|"
                          r"reported|statement)\b[^.;]{0,90}?\b(?:it|they|its\s+(?:fighters|forces|troops|men|members|units)|"
                          r"their\s+(?:fighters|forces|troops|men))\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?"
                          r"(?:killed|kill|shot\s+dead|eliminated|neutrali[sz]ed|destroyed|lost)\b"
                          r"|\bclaim(?:ed|s|ing)\s+to\s+have\s+(?:killed|shot\s+dead|eliminated|neutrali[sz]ed)\b")
ANOTHER = re.compile(r"(?i)\b(?:also|another|separate(?:ly)?|second|new|further|other(?!\s+(?:people|civilians|persons|"
                     r"victims|passengers|residents|children|women|men|soldiers|officers|policemen))|earlier|later)\b"
                     r"(?!\s+(?:said|says|told|confirmed|reported|added|announced|put|gave|updated|raised))")
SPEAKER_IN = re.compile(r"(?i)\b(?:officials?|sources?|residents?|authorit(?:y|ies)|administration|governor|police|"
                        r"witness(?:es)?|activists?|medics?|doctors?|journalists?|correspondents?|officers?|leaders?|"
                        r"spokes(?:man|woman|person)|council|militia|rebels|locals)\s+(?:based\s+)?(?:in|from|of)\s+"
                        r"(?:the\s+)?(?:[\w'-]+\s+){0,2}$")
GENERIC_ATTACKER = re.compile(r"(?i)^(?:the\s+)?(?:unidentified\s+|unknown\s+|masked\s+|armed\s+)?(?:attackers?|gunm[ae]n|"
                              r"assailants?|armed\s+men|militants?)$")
COMPAT = {
    "Battles": {"Battles", "Violence against civilians", E.ERV},
    E.ERV: {E.ERV, "Battles", "Violence against civilians"},
    "Violence against civilians": {"Violence against civilians", "Battles", E.ERV},
    "Protests": {"Protests", "Riots"},
    "Riots": {"Riots", "Protests", "Battles", "Violence against civilians"},
    "Strategic developments": set(E.TYPES),
}
SKIP_SD = {"Change to group/activity", "Other", None}


@dataclass
class Inc:
    etype: str
    sub: str | None
    when: D.When
    explicit_date: bool
    sents: list[int]
    spans: list[tuple[int, int]]
    place: object = None  # Place
    place_rank: int = 9
    place_precision: int = 3
    actor1: object = None  # ActorMention
    actor2: object = None
    actor1_claimed: bool = False
    fatalities: int | None = None
    fatality_claims: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    ended: int = 0  # char offset of the last clause that added to it
    victims: set = field(default_factory=set)  # sides whose dead the fatalities count (numbers.victim_sides)
    sub_weak: bool = False  # the sub-type is a default ("explosions were heard": IED), not a named weapon


# "the gunmen stormed the village": the attackers or the place of an event already told
ATTACKERS_OR_PLACE_REF = re.compile(r"(?i)\b(?:the|those)\s+(?:gunmen|attackers|assailants|bandits|militants|insurgents|raiders|"
                                    r"terrorists|village|town|community|settlement|camp|base|checkpoint|outpost|"
                                    r"convoy|station|barracks|vessel|ship|boat|tanker|bus|vehicle|building|hospital|"
                                    r"school|market|mosque|church|house|home)\b")
AFTER_NOUN = re.compile(r"(?i)\s+(?:the|this|that|these|its|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(ambush|attack|raid|assault|"
                        r"massacre|killing|bombing|blast|explosion|strike|airstrike|air\s+strike|shelling|protest|march|"
                        r"rally|demonstration|clash|fighting|battle|abduction|kidnapping)")
NOUN_KINDS = {"ambush": ("Battles", "Violence against civilians"), "attack": ("Battles", "Violence against civilians", E.ERV),
              "raid": ("Battles", "Violence against civilians"), "assault": ("Battles", "Violence against civilians"),
              "massacre": ("Violence against civilians",), "killing": ("Violence against civilians", "Battles"),
              "bombing": (E.ERV,), "blast": (E.ERV,), "explosion": (E.ERV,), "strike": (E.ERV,), "airstrike": (E.ERV,),
              "air": (E.ERV,), "shelling": (E.ERV,), "protest": ("Protests", "Riots"), "march": ("Protests",),
              "rally": ("Protests",), "demonstration": ("Protests", "Riots"), "clash": ("Battles", "Riots"),
              "fighting": ("Battles",), "battle": ("Battles",), "abduction": ("Violence against civilians",),
              "kidnapping": ("Violence against civilians",)}
VICTIM_AFTER = re.compile(r"(?i)(?:\s*,[^,.;]{0,40},)?\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|has\s+been|got)\s+(?:\w+ly\s+|also\s+)?"
                          r"(?:killed|wounded|injured|hurt|slightly\s+injured|abducted|kidnapped|shot|martyred|gunned\s+down|"
                          r"shot\s+dead|neutrali[sz]ed)\s+"
                          r"(?:when|as|after|while|by|in)\b")
DEAD_REF = re.compile(r"(?i)^\W*(?:the|those|all\s+the|among\s+the)\s+(?:dead|victims|bodies|slain|wounded|injured|"
                      r"casualties|fatalities)\b")
SINCE_EVENT = re.compile(r"\bsince\s+(?=(?:at\s+least\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"dozens|hundreds|the)\s+[^.;]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?(?:killed|attacked|ambushed|"
                         r"massacred|abducted|kidnapped|bombed)\b[^.;]{0,80}?\bin\s+(?:(?:early|late|mid-?)\s*)?"
                         r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                         r"(?:19|20)\d\d\b)")
LIST_GAP = re.compile(r"(?i)\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?(?:(?:[\w'-]+\s+){0,4}?(?:town|city|village|province|state|"
                      r"port|stronghold|capital|district|region|governorate)\s+of\s+)?")
LIST_AND = re.compile(r"(?i)\s*(?:provinces?|states?|regions?|districts?|governorates?|oblasts?|cities|towns|villages)?\s*,?\s*"
                      r"(?:and|as\s+well\s+as|plus)\s+(?:the\s+|an?\s+)?(?:(?!\w+ed\b)[\w'-]+\s+){0,4}?"
                      r"(?:of|in|near|next\s+to|outside)?\s*")
TOPIC_ZONE = re.compile(r"(?i)\b(?:in\s+retaliation\s+(?:for|against)|in\s+response\s+to|to\s+avenge|in\s+revenge\s+for)\b")
WITH_SIDE = re.compile(r"(?i)\b(?:in|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:clash|encounter|firefight|gunfight|"
                       r"gun\s?battle|battle|exchange\s+of\s+fire|shootout|skirmish|fighting|confrontation)\s+with\s+")
GAPPED = re.compile(r"(?i)^\s*,?\s*and\s+([\w-]+)\s+others?\s+(?:were\s+\w+\s+|died\s+)?(?:in|at|near|around|outside)\b")
PRONOUN_START = re.compile(r"^\W*(?:[A-Z][A-Z ]+:\s*)?(?:They|They\s+then|He|She)\s+(?!said|say|told|added|claimed|"
                           r"denied|were|was|are|is|have|has|had)[a-z]+")
BLAMED_ON = re.compile(r"(?i)\b(?:blamed|pinned)\s+on\s+(?:the\s+)?")
CLAIMED_BY = re.compile(r"(?i)\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+|later\s+|swiftly\s+)?claimed\s+by\s+")
SUBORD = re.compile(r"\b(?:when|as|after|while|because|before|where)\b")
# "the ELN on Wednesday claimed responsibility for ...": the day of the claim, never the day of the attack
REPORT_AFTER = re.compile(r"(?i)\s*,?\s*(?:claimed|said|says|announced|reported|confirmed|told|stated|denied|admitted|"
                          r"acknowledged)\b")
ANOTHER_STORY = re.compile(r"(?i)^\W*(?:separately|meanwhile|elsewhere|in\s+other\s+news|in\s+a\s+separate)\b")
SHARED_TOLL = re.compile(r"(?i)\b(?:these|the|both|the\s+two)\s+(?:two\s+|three\s+|twin\s+)?(?:[\w-]+\s+)?attacks\b")
GROUP_COUNT = re.compile(r"(?i)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+"
                         r"(civilians|people|passengers|villagers|residents|soldiers|troops|policemen|police\s+officers|"
                         r"members\s+of\s+the\s+security\s+forces|servicemen|officers|guards)\b")
STATE_OP = re.compile(r"(?i)\b(military|army|security|police|counter-?terrorism|counter-?insurgency|anti-terror(?:ism|ist)?)\s+"
                      r"(?:operations?|offensive|sweep|clearance\s+operation)\b")
DURING_THE = re.compile(r"(?i)\b(?:during|in|amid|by\s+stray\s+bullets\s+during)\s+the\s+(?:ensuing\s+|subsequent\s+|resulting\s+)?"
                        r"(?:fighting|clashes|battle|exchange\s+of\s+fire|"
                        r"crossfire|cross-fire|shootout|gunfight|firefight|violence|unrest)\b")
DEFINITE_REF = re.compile(r"(?i)\b(?:the|this|that|these)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|strikes?|raids?|ambush|"
                          r"assaults?|operation|blast|explosion|shooting|killings?)\b")
SPEAKER_THEN_EVENT = re.compile(r"(?i)\s+(?:\w+ly\s+)?(?:rescued|killed|attacked|arrested|stormed|raided|shot|ambushed|"
                                r"clashed|fought|struck|shelled|bombed|seized|captured|repelled|opened\s+fire|fired)\b")
FIGHT_NOUN = re.compile(r"(?i)(?:gun\s?battle|gunfight|firefight|fire\s?fight|shootout|encounter|exchange\s+of\s+fire|"
                        r"skirmish|battle|clash)")
TERRITORY_OBJ = re.compile(r"(?i)\s+(?:control\s+of\s+|of\s+)?(?:the|a)\s+(?:[\w-]+\s+)?(?:village|town|city|district|area|"
                           r"base|garrison|outpost|camp|hill|crossing|port|airport|headquarters|barracks)\b")
SEAT_IN = re.compile(r"(?i)\b(?:ministry|ministries|government|headquarters|embassy|parliament|presidency|spokes(?:man|woman|"
                     r"person)|office|command|officials?)\s+(?:based\s+)?(?:in|at)\s+(?:the\s+)?$")
ANOTHER_PART = re.compile(r"(?i)\b(?:separate(?:ly)?|another|elsewhere|in\s+a\s+second)\b")
BODIES = re.compile(r"(?i)bodies|corpses|graves?")
THERE = re.compile(r"(?i)\bthere\b(?!\s+(?:was|were|is|are|has|have|had|will|would|may|might|could|seems?|appears?))")
# "The gunmen rode into Mafa village", "The strike hit a house": a clause whose subject points back at the attacker
# or the attack just told
ANAPHORIC_SUBJECT = re.compile(r"(?i)^\W*(?:(?:later|then|there|afterwards|meanwhile),?\s+)?(?:the|those|these)\s+"
                               r"(?:same\s+|suspected\s+|armed\s+)?(?:gunmen|attackers|assailants|bandits|militants|insurgents|"
                               r"raiders|terrorists|jihadists|fighters|rebels|bombers?|strikes?|air\s?strikes?|attack|raid|"
                               r"ambush|assault|drones?|missiles?|rockets?|shells?|blast|explosion|bomb)\b(?!\s+(?:was|were)\b)")
# "The drone targeted a group of civilians near ...": a sentence whose subject is the weapon or blast just told
DEFINITE_WEAPON_SUBJECT = re.compile(r"(?i)\s*(?:the|that|this)\s+(?:(?:israeli|russian|army|military|enemy|same)\s+)?"
                                     r"(?:drone|strike|air ?strike|missile|rocket|shell|blast|explosion|bomb|attack|raid|"
                                     r"ambush|assault)s?\s+(?!was\b|were\b|is\b|came\b)[a-z]+ed\b")


@lru_cache(maxsize=512)
def _area_site(name: str) -> bool:
    """A named area (district, mountain range, sea: sites.csv precision 2+), not a building or camp."""
    from sitrep.gazetteer import get

    p = get().lookup(name, kinds=("site",))
    return p is not None and (p.precision or 1) >= 2


def _km(a, b) -> float:
    from sitrep.gazetteer import haversine_km

    try:
        return haversine_km((a.latitude, a.longitude), (b.latitude, b.longitude))
    except (AttributeError, TypeError):  # a place without coordinates is never "near"
        return float("inf")


@lru_cache(maxsize=1)
def _country_points() -> dict:
    out = {}
    try:
        with open(PACKAGE_DATA / "countries.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                try:
                    out[r["name"]] = (float(r["latitude"]), float(r["longitude"]))
                except (KeyError, ValueError):
                    continue
    except OSError:
        pass
    return out


@lru_cache(maxsize=1)
def _country_words():
    """(regex, word -> country) for country names, aliases and demonyms (countries.csv, demonyms.csv), capitalised."""
    words: dict[str, str] = {}
    names: set[str] = set()
    try:
        with open(PACKAGE_DATA / "countries.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                for k, w in [(1, r.get("name") or "")] + [(1, x) for x in (r.get("aliases") or "").split("|")] + [
                        (0, x) for x in (r.get("demonyms") or "").split("|")]:
                    if len(w.strip()) > 3 and w.strip()[0].isupper():
                        words.setdefault(w.strip().lower(), r["name"])
                        if k:
                            names.add(w.strip().lower())
    except OSError:
        pass
    try:
        with open(PACKAGE_DATA / "demonyms.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if len(r["term"]) > 3:
                    words.setdefault(r["term"].lower(), r["country"])
                    if r.get("kind") == "name":
                        names.add(r["term"].lower())
    except OSError:
        pass
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # case-sensitive first letter: "Niger" the country, not "niger"; "Sudanese" but not "sudanese"
    rx = re.compile(r"(?<![\w-])(?=[A-Z])(?i:" + alt + r")(?![\w-])") if alt else re.compile(r"(?!x)x")
    return rx, words, names


@lru_cache(maxsize=1)
def _capitals() -> dict:
    out = {}
    try:
        with open(PACKAGE_DATA / "countries.csv", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("capital"):
                    out[r["name"]] = r["capital"]
    except OSError:
        pass
    return out


NEUTRALIZED = re.compile(r"(?i)\bneutrali[sz]ed[\"'”’]?\s+(?:at\s+least\s+|some\s+|about\s+)?([\w,-]+)\s+(?:[\w/-]+\s+){0,2}?"
                         r"(?:terrorists|militants|insurgents|fighters|members|rebels|gunmen|attackers|assailants|jihadists)"
                         r"|\b(?:at\s+least\s+|some\s+|about\s+)?([\w,-]+)\s+(?:[\w/-]+\s+){0,2}?(?:terrorists|militants|insurgents|"
                         r"fighters|members|rebels|gunmen|attackers|assailants|jihadists)\s+(?:were|have\s+been|had\s+been)\s+"
                         r"[\"'“‘]?neutrali[sz]ed")


def _neutralized(ctext: str) -> int | None:
    m = NEUTRALIZED.search(ctext)
    return N.parse_count(m.group(1) or m.group(2)) if m else None


def _iso(d) -> str | None:
    return d.isoformat() if d is not None else None


def _normalize(text: str) -> str:
    """Same length as text: one apostrophe, one space, one dash, so the regexes stay simple."""
    for a, b in (("\xa0", " "), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"),
                 ("\u2009", " "), ("\u202f", " ")):
        if a in text:
            text = text.replace(a, b)
    return text


_SPEECH_WORDS = ("said", "says", "say ", "told", "report", "added", "confirm", "announc", "stated", "wrote", "claim", "alleg")


def _has(low: str, words) -> bool:
    """Cheap substring screen before a costly regex (Python's re is slow on leading alternations)."""
    for w in words:  # a plain loop: any(<genexpr>) costs a generator step per word, and this runs per clause
        if w in low:
            return True
    return False


def source_spans(s: str) -> list[tuple[int, int]]:
    """Spans of a sentence that name who said it (not who did it): ', X said', 'according to X', 'X said that'."""
    spans = []
    low = s.lower()
    if "according" in low:
        for m in ACCORDING.finditer(s):
            spans.append((m.start(), m.end()))
    if not _has(low, _SPEECH_WORDS):
        return spans
    for m in TAIL_SOURCE.finditer(s):
        if m.start() > 10:
            spans.append((m.start(), m.end()))
    m = LEAD_SOURCE.match(s)
    if m:
        spans.append((0, m.end()))
    return spans


def clauses(s: str, times=None, extra_cuts=()) -> list[tuple[int, int]]:
    """Clause spans of a sentence; a 'two days after' phrase starts a new clause (it dates what follows)."""
    cuts = {0, len(s), *extra_cuts}
    if ";" in s or "while" in s or "whereas" in s or ", and" in s or ", as " in s:
        for m in SPLIT.finditer(s):
            cuts.add(m.start())
    for t in (D.find_times(s) if times is None else times):
        if t.kind == "after" and t.start > 15 and not (
                s[:t.start].rstrip().endswith(",") and re.match(r"\s*(?:the|a|an|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                                               r"[\w-]+\s*,", s[t.end:])):
            cuts.add(t.start)  # (", two days after the raid, the insurgents beheaded ...": a parenthesis, not a cut)
    if "since" in s:
        for m in SINCE_EVENT.finditer(s):
            cuts.add(m.end())  # "the deadliest attack since 13 officers were killed in an ambush in March 2021"
    cuts = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(cuts):
        if b - a > 3:
            out.append((a, b))
    return out


class Builder:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc_text(doc)  # spaCy rebuilds doc.text from every token on each access
        self.norm = _normalize(self.text)
        # the day relative dates count from: the publication date, or the pipeline's guess when it is unknown
        self.pub: dt.date | None = doc._.anchor_date if doc.has_extension("anchor_date") and doc._.anchor_date \
            else doc._.published
        self.sents = sent_spans(doc)
        self.sent_starts = [a for a, _ in self.sents]
        self.places = sorted(doc._.places or [], key=lambda p: p.start)
        self.place_starts = [p.start for p in self.places]
        self.actors = sorted(doc._.actors or [], key=lambda a: a.start)
        self.actor_starts = [a.start for a in self.actors]
        self.attrs = doc._.attributions or []
        self.country = doc._.country_hint or self._country_from_places()
        meta = read_meta(self.text)
        self.body_start = doc._.body_start or meta.get("body_start") or 0
        ts, te = meta.get("title_start"), meta.get("title_end")
        self.title_span = (ts, te) if ts is not None else None
        self.title_text = (doc._.title or meta.get("title") or "").strip().lower() or None
        self.dateline = meta.get("dateline") or find_dateline(self.norm, self.body_start)
        self.header_end = self._header_end()
        # later datelines in the body ("Raipur, Sep 3 (PTI):") start another story: (start, end, town)
        self.stories = []
        for st in (doc._.story_starts if doc.has_extension("story_starts") else None) or []:
            dl = find_dateline(self.norm, st) if isinstance(st, int) else None
            if dl and dl.get("start") is not None:
                self.stories.append((dl["start"], dl["end"]))
        self.incidents: list[Inc] = []
        self.pending = None
        self.scene = None  # (sentence, When, place, rank, precision) of a sentence that sets a scene but tells no event
        self._sent_trigs: dict[int, list] = {}  # each body sentence's triggers, found once
        self._siblings = []
        self.dateline_place = None
        self.dateline_town = None  # the dateline's town whatever its country ("ANKARA -" in a story about Iraq)
        if self.dateline:
            for pm in self.places_in(self.dateline["start"], self.dateline["end"]):
                p = pm.place
                if p is not None and p.latitude is not None and getattr(p, "kind", "") != "country":
                    self.dateline_town = self.dateline_town or p
                if p is not None and p.latitude is not None and getattr(p, "kind", "") != "country" and (
                        not self.country or p.country == self.country):
                    self.dateline_place = p
                    break
        self.src_by_sent: dict[int, list[dict]] = {}
        for a in self.attrs:
            if isinstance(a, dict) and isinstance(a.get("sent"), int):
                self.src_by_sent.setdefault(a["sent"], []).append(a)

    def _header_end(self) -> int:
        """Start of the first paragraph that reads as prose (ends a sentence or runs long): the lines above it are
        the header (outlet, date, headline, deck), whatever the metadata reader made of them."""
        pos = 0
        for para in re.split(r"(\n\s*\n)", self.text[:4000]):
            body = para.strip()
            if body and (len(body) > 220 or re.search(r"[.!?\"”'’)]$", body)) and "\n" not in body:
                return pos
            pos += len(para)
        return 0

    def _headline_line(self, s0: int, s1: int) -> bool:
        """The sentence is a whole line of its own with no closing punctuation ('Junta air strike kills 168')."""
        a, b = s0, s1
        while b > a and self.text[b - 1].isspace():
            b -= 1
        line_start = self.text.rfind("\n", 0, a) + 1
        line_end = self.text.find("\n", b)
        line_end = len(self.text) if line_end < 0 else line_end
        return not self.text[line_start:a].strip() and not self.text[b:line_end].strip() and b > a \
            and not re.search(r"[.!?\"”]$", self.text[a:b])

    def _country_from_places(self):
        counts = {}
        for p in self.places:
            c = getattr(p.place, "country", None)
            if c:
                counts[c] = counts.get(c, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # ---- lookups bounded to a span ------------------------------------------------------------------
    def actors_in(self, a: int, b: int):
        i = bisect.bisect_left(self.actor_starts, a)
        out = []
        while i < len(self.actors) and self.actors[i].start < b:
            if self.actors[i].end <= b:
                out.append(self.actors[i])
            i += 1
        return out

    def places_in(self, a: int, b: int):
        i = bisect.bisect_left(self.place_starts, a)
        out = []
        while i < len(self.places) and self.places[i].start < b:
            out.append(self.places[i])
            i += 1
        return out

    # ---- main loop -----------------------------------------------------------------------------------
    def run(self) -> list[Inc]:
        for si, (s0, s1) in enumerate(self.sents):
            if s1 <= self.body_start:
                continue
            if self.title_span and s0 < self.title_span[1] and s1 > self.title_span[0]:
                continue  # the headline restates the body
            if self.title_text and self.text[s0:s1].strip().lower() == self.title_text:
                continue  # the headline again (page title and h1)
            if s0 < self.header_end and self._headline_line(s0, s1):
                continue  # a headline or deck above the first paragraph: the body tells its event
            s0 = max(s0, self.body_start)
            if self.dateline and s0 <= self.dateline["start"] < s1:
                s0 = max(s0, self.dateline["end"])
            s1 = min(s1, s0 + MAX_SENT_CHARS)
            stext = self.norm[s0:s1]
            trigs = E.find_triggers(stext)
            self._sent_trigs[si] = trigs
            if not trigs:
                self._toll_update(si, s0, stext)
                continue
            try:
                self.sentence(si, s0, s1, stext, trigs)
            except (ValueError, IndexError, KeyError, AttributeError, TypeError, OverflowError) as e:
                # one odd sentence must not cost the article its other incidents
                if self.doc.has_extension("warnings") and isinstance(self.doc._.warnings, list):
                    self.doc._.warnings.append(f"sentence {si} skipped by incident rules: {type(e).__name__}: {e}")
        return self.incidents

    def sentence(self, si: int, s0: int, s1: int, stext: str, trigs):
        src_spans = [(s0 + a, s0 + b) for a, b in source_spans(stext)]
        for a in self.src_by_sent.get(si, []):
            m = a.get("mention_span")
            if isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, int) for x in m) and (
                    a.get("kind") in ("responsibility", "claim", "denial", "accusation") and not SPEAKER_THEN_EVENT.match(
                        self.norm, m[1])):
                src_spans.append((m[0], m[1]))  # (not "police rescued six hostages ..., Aya said": police acted)
        left: Inc | None = None
        self.pending = None
        self._clause_anchor = None
        times = D.find_times(stext)
        # "the deadliest attack since February 14, 2020, when soldiers killed 21 civilians": the when-clause is an
        # event of its own, on the date after 'since'
        since = {w: t for t, w in D.since_when(stext)} if "ince" in stext else {}
        came = {}
        for t in times:
            if t.kind == "after" and t.value.get("dir") == "after" and CAME_BEFORE.search(stext, max(0, t.start - 40), t.start):
                # "The raid came barely a day after a police truck ran over a bomb": the truck's blast is an event
                # of its own, a day before the raid
                came[t.end] = dataclasses.replace(t, kind="rel_prev", value={**t.value, "dir": "earlier"})
        for ca, cb in clauses(stext, times, [*since, *came]):
            ct = [dataclasses.replace(t, start=t.start - ca, end=t.end - ca) for t in trigs if ca <= t.start and t.end <= cb]
            tt = [dataclasses.replace(t, start=t.start - ca, end=t.end - ca) for t in times if ca <= t.start and t.end <= cb]
            self._first_clause = ca == 0
            self._since_date = since.get(ca)
            self._came_after = came.get(ca)
            got = self.clause(si, s0 + ca, s0 + cb, stext[ca:cb], src_spans, left, ct, tt)
            if got is not None:
                left = got
            else:
                # "The bodies were found on Wednesday, a day after ...": the next clause counts from this one's day
                self._clause_anchor = self._own_day(stext[ca:cb], s0 + ca, src_spans, tt) or self._clause_anchor
        self._since_date = self._came_after = None
        if left is None and times and self.places_in(s0, s1) and not E.is_aggregate(stext):
            # "The market in Finote Selam had just filled up on the afternoon of 13 August when the drone came.": a
            # scene with a day and a place but no event; the next sentence's undated, unplaced strike happened there
            w, explicit, _k = self.clause_date(stext, s0, src_spans, None, times)
            place, prank, pprec = self.clause_place(stext, s0, s1, src_spans, [])
            if explicit and w is not None and w.known and place is not None and getattr(place, "kind", "") != "country":
                self.scene = (si, w, place, prank, pprec)

    def clause(self, si, c0, c1, ctext, src_spans, left: Inc | None, found=None, times=None) -> Inc | None:
        if E.is_aggregate(ctext):
            return None
        if "attacks" in ctext and SHARED_TOLL.search(ctext) and self._shared_toll(si, c0, c1, ctext):
            return self.incidents[-1]
        mg = GAPPED.match(ctext) if left is not None and left.sents[-1] == si else None
        if mg is not None:
            # "Seven terrorists were neutralized in northern Iraq, and six others in northern Syria": the same verb
            # and sides at another place, with its own count
            place, prank, pprec = self.clause_place(ctext, c0, c1, src_spans, [])
            if place is not None and (left.place is None or place.name != left.place.name):
                n = N.parse_count(mg.group(1))
                inc = dataclasses.replace(left, place=place, place_rank=prank, place_precision=pprec, sents=[si],
                                          spans=[(c0, c1)], fatalities=n, notes=list(left.notes) + [
                                              "the clause before gives the verb and sides"],
                                          fatality_claims=[{"source": None, "fatalities": n}] if n is not None else [],
                                          victims=set(left.victims), ended=self._end(c0, c1))
                self.incidents.append(inc)
                return inc
        if E.is_non_conflict(ctext) and not any(a.kind in ("armed group", "militia", "state forces", "police")
                                                for a in self.actors_in(c0, c1)):
            return None
        trigs = E.live_triggers(ctext, found)
        keep = []
        for t in trigs:
            if t.role == "territory" and not self.places_in(c0 + t.end, c0 + t.end + 60) \
                    and not TERRITORY_OBJ.match(ctext, t.end):
                continue  # "captured two soldiers" is not territory; "took control of Lalibela" is
            if t.role in ("event", "blast", "weaponverb") and self._in(c0 + t.start, src_spans) and not CLAIM.search(ctext) \
                    and not CLAIMED_BY.search(ctext):
                continue
            keep.append(t)
        trigs = keep
        bodies = [t for t in trigs if t.role == "event" and BODIES.search(t.text)]
        if bodies and len(bodies) == len([t for t in trigs if t.role in ("event", "blast", "weaponverb")]) and (
                len([t for t in self._sent_trigs.get(si, []) if t.role in ("event", "blast", "weaponverb")]) > len(bodies)
                or (self.incidents and si - self.incidents[-1].sents[-1] <= 1)):
            # "The bodies of four men were found on Wednesday, a day after rebels clashed with the army": the dead of
            # the event told beside it, not an event of their own
            trigs = [t for t in trigs if t not in bodies]
        if not any(t.role in ("event", "blast", "sd", "weaponverb", "territory") for t in trigs):
            self._intervention(si, trigs)
            fat0 = N.fatality_count(ctext)
            if fat0 is not None:  # "documented the death of two soldiers, while ..., in an attack by ISIS"
                self.pending = (fat0, [a for a in self.actors_in(c0, c1) if not self._in(a.start, src_spans)],
                                self._own_day(ctext, c0, src_spans, times))
            return None
        all_acts = self.actors_in(c0, c1)
        accused = legal = None
        if "FIR" in ctext or _has(ctext.lower(), ("registered", "filed", "lodged", "opened", "launched")):
            legal = LEGAL_FRAME.search(ctext)
        if legal is not None:
            # "police registered an FIR against unknown terrorists over the killing of 23 passengers in Musakhel":
            # the killing is the event; who filed, where and when they filed it is a report about it
            nom = next((t for t in trigs if t.start >= legal.end() and t.role in ("event", "blast")
                        and re.search(r"(?i)\b(?:over|into|for|in\s+connection\s+with|regarding)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                                      ctext[max(0, t.start - 40):t.start])), None)
            if nom is not None:
                src_spans = [*src_spans, (c0, c0 + nom.start)]
                ma = re.search(r"(?i)\bagainst\s+", ctext[legal.start():nom.start])
                if ma is not None:
                    accused = next((a for a in all_acts if a.start >= c0 + legal.start() + ma.end()
                                    and a.end <= c0 + nom.start and a.kind not in ("civilians", "police")), None)
        acts = [a for a in all_acts if not self._in(a.start, src_spans)]
        a1, a2, claimed = self.roles(ctext, c0, trigs, acts, all_acts)
        if accused is not None and (a1 is None or self._in(a1.start, src_spans)):
            a1 = accused
        k1 = a1.kind if a1 is not None else None
        k2 = a2.kind if a2 is not None else None
        # "stormed the Pakistan Air Force base": a weapon word inside the target's name is not the weapon used
        trigs = [t for t in trigs if t.role != "instrument" or not any(
            a.start <= c0 + t.start < a.end and (a1 is None or a.actor != a1.actor) for a in all_acts)]
        et = E.classify(trigs, k1, k2, ctext)
        if et is None:
            self._intervention(si, trigs)
            return None
        etype, sub = et
        if etype == E.ERV and "over" in ctext and (mro := RAN_OVER.search(ctext)) is not None:
            # "a police Land Cruiser on patrol ran over an IED": the vehicle's side is hit, nobody named planted it
            hit = next((a for a in reversed(acts) if a.end <= c0 + mro.start()), None)
            if hit is not None and hit.kind in ("state forces", "police", "civilians", "armed group", "militia"):
                a2 = hit
                a1 = None if a1 is not None and a1.actor == hit.actor else a1
        if " also " in ctext and self.incidents and (a1 is None or a1.kind != "civilians") and all(
                GENERIC_HIT.fullmatch(t.text) for t in trigs if t.role in ("event", "blast", "weaponverb")):
            # "Iran's Guards fired missiles at the KDPI ... Camps of the Komala party at Zrgwez were also targeted":
            # more sites of the strike just told, by the same attacker and weapons
            prev = self.incidents[-1]
            passive = self._all_passive(ctext, trigs)
            p1 = prev.actor1.actor if prev.actor1 is not None else None
            if si - prev.sents[-1] <= 2 and prev.etype == E.ERV and (a1 is None or a1.actor == p1 or passive):
                if a1 is not None and a1.actor != p1:
                    a2 = a1  # "camps of the Komala party ... were also targeted": the party is hit
                etype, sub, a1 = prev.etype, prev.sub, prev.actor1
        if etype in ("Protests", "Riots") and ARMED_MEN.search(ctext) and not any(
                a.kind in ("protesters", "rioters") for a in all_acts):
            # "30 to 40 armed persons had blocked the highway": armed men blocking a road are no protest
            self._intervention(si, trigs)
            return None
        # a default sub-type (a bare blast is an IED, a state's 'struck' an air strike) yields to a named weapon later
        self._weak_sub = etype == E.ERV and not any(
            t.role == "instrument" or (t.role == "event" and t.event_type == E.ERV) for t in trigs)
        if etype == "Strategic developments" and sub in SKIP_SD:
            return None
        if a2 is None and etype in (E.ERV, "Battles") and BASE_TARGET.search(ctext):
            # "drones targeted the Ain al-Asad air base" in a story about "US bases": the base's owner is the target
            j = bisect.bisect_left(self.actor_starts, c0) - 1
            while j >= 0 and c0 - self.actors[j].start < 20000:
                a = self.actors[j]
                if re.search(r"(?i)\b(?:bases?|garrison|outpost)$", a.text) and a.kind in ("state forces", "police"):
                    a2 = a
                    break
                j -= 1
        if etype == "Riots" and a1 is not None and a2 is not None and a1.kind in ("state forces", "police") \
                and a2.kind in ("protesters", "rioters", "civilians"):
            a1, a2 = a2, a1  # "security forces and protesters clashed": ACLED puts the rioters first
        if etype == "Riots" and a1 is not None and a1.kind == "protesters" and (a2 is None or a2.kind != "protesters"):
            a1 = dataclasses.replace(a1, actor="Rioters", kind="rioters")
        if etype == "Battles" and (a1 is None) != (a2 is None) and (a1 or a2).kind == "state forces":
            # "Ukrainian forces repelled 12 Russian attacks", "continued attacks on the Ukrainian bridgehead": the other
            # side of a battle between two states is the one the clause's demonym names
            side = self._demonym_side(ctext, c0, all_acts, src_spans, (a1 or a2).country)
            if side is not None:
                a1, a2 = (a1, side) if a1 is not None else (side, a2)
        if etype == "Battles" and a2 is not None and a2.kind == "civilians" and a1 is not None and a1.kind != "civilians":
            # "clashes between rival armed groups killed 55 people": the dead are not a side
            a2 = a1 if re.search(r"(?i)\brival\b", ctext) else None
        if a1 is None and etype in ("Battles", E.ERV) and self.country and (mair := BY_AIRCRAFT.search(ctext)) is not None \
                and a2 is not None and a2.kind in ("armed group", "unidentified", "militia"):
            # "columns of fleeing terrorists were struck by aircraft": only the state flies here, its air force
            from sitrep.extract.actors import _fill

            name = _fill("Military Forces of {country}", self.country)
            if name:
                a1 = ActorMention(start=c0 + mair.start(), end=c0 + mair.end(), text=mair.group(0), actor=name,
                                  kind="state forces", country=self.country, extra={"implied": True})
                etype, sub = E.ERV, "Air/drone strike"
        if a1 is None and etype in ("Battles", E.ERV) and "operation" in ctext or a1 is None and etype in ("Battles", E.ERV) \
                and "offensive" in ctext:
            mo = STATE_OP.search(ctext)
            if mo is not None and (a2 is None or a2.kind not in ("state forces", "police")):
                # "eleven militants were killed in a military operation backed by air strikes": the state's forces
                from sitrep.extract.actors import _fill

                pol = mo.group(1).lower().startswith("police")
                country = self.country
                name = _fill("Police Forces of {country}" if pol else "Military Forces of {country}", country)
                if name:
                    a1 = ActorMention(start=c0 + mo.start(), end=c0 + mo.end(), text=mo.group(0), actor=name,
                                      kind="police" if pol else "state forces", country=country, extra={"implied": True})
        if etype == "Protests" and sub != "Excessive force against protesters" and a1 is not None \
                and a1.kind in ("police", "state forces") and (a2 is None or a2.kind in ("civilians", "protesters")):
            # "Police fired tear gas at students protesting": the protesters are actor1, the police act on them
            a1, a2 = (a2 or ActorMention(start=c0, end=c0, text="", actor="Protesters", kind="protesters",
                                         country=self.country, extra={"implied": True})), a1
        if etype in ("Protests", "Riots") and a1 is not None and a1.kind == "civilians":
            a1 = dataclasses.replace(a1, actor="Protesters" if etype == "Protests" else "Rioters",
                                     kind="protesters" if etype == "Protests" else "rioters")
        if etype not in ("Protests", "Riots") and a2 is not None and a2.kind == "protesters" \
                and re.fullmatch(r"(?i)(?:a\s+)?crowds?", a2.text.strip()):
            # "a suicide bomber struck a crowd of people": a crowd is not a protest unless the text says so
            a2 = dataclasses.replace(a2, actor="Civilians", kind="civilians")
        if etype == "Protests" and sub == "Peaceful protest" and a2 is not None and a2.kind not in ("protesters", "rioters"):
            a2 = None  # "protested to demand the departure of French troops": the topic, not a side acted upon
        if etype == "Violence against civilians" and a2 is None:
            a2 = ActorMention(start=c0, end=c0, text="", actor="Civilians", kind="civilians",
                              country=self.country, extra={"implied": True})
        # ---- date
        self._date_note = None
        when, explicit, kind = self.clause_date(ctext, c0, src_spans, left, times)
        scene = self.scene if self.scene is not None and self.scene[0] == si - 1 and left is None else None
        if scene is not None and not explicit:
            when, explicit, kind = scene[1], True, "date"
            self._date_note = "date of the scene the sentence before sets"
        # ---- back-reference?
        main = next((t for t in trigs if t.role in ("event", "blast")), trigs[0])
        definite = (E.is_definite(ctext, main) and E.NOUN_FORM.fullmatch(main.text) is not None) or (
            "the " in ctext and DURING_THE.search(ctext) is not None and not explicit) or (
            DEFINITE_WEAPON_SUBJECT.match(ctext) is not None and not explicit) or DEFINITE_OPEN.match(ctext) is not None
        low = ctext.lower()
        mc = CLAIM.search(ctext) if _has(low, _CLAIM_WORDS) else None
        claim = (mc is not None and not NO_CLAIM.search(ctext[max(0, mc.start() - 40):mc.start()])) or (
            "claimed by" in low and CLAIMED_BY.search(ctext) is not None) or (
            _has(low, ("blame", "accus", "held")) and bool(BLAME.search(ctext)) and (" for the " in low or " of " in low))
        nothing_new = not acts and not self.places_in(c0, c1) and N.fatality_count(ctext) is None and not explicit
        cand = None
        if definite or claim or nothing_new:
            cand = self.find_candidate(etype, si, when if explicit else None, prefer=left,
                                       reach=LOOKBACK_SENTS * 3 if explicit else LOOKBACK_SENTS)
        own_event = False
        if claim and cand is not None and a1 is not None and cand.actor1 is not None \
                and cand.actor1.kind != "unidentified" and cand.actor1.actor != a1.actor:
            # "Security forces killed three of the attackers ... Al-Shabaab said it carried out the attack": the claim
            # is of the attack whose attacker was unknown, not of the security forces' response
            alt = next((i for i in reversed(self.incidents[-LOOKBACK_INCIDENTS:]) if i is not cand
                        and (i.actor1 is None or i.actor1.kind == "unidentified") and etype in COMPAT.get(i.etype, ())
                        and si - i.sents[-1] <= LOOKBACK_SENTS * 3 and (not explicit or when is None or i.when.same_day(when)
                                                                        or not i.when.known)), None)
            if alt is None and not DEFINITE_REF.search(ctext):
                # "Hamas's armed wing said its fighters fired mortar shells at troops": a claim of its own event, not
                # of the Israeli strike told before
                cand, own_event = None, True
            else:
                cand = alt or cand
        if cand is None and (definite or claim) and nothing_new:
            return None  # points back at an event we did not record (the headline's, or one filtered out)
        if cand is None and left is not None and not explicit and (
                etype == "Strategic developments" or left.etype == "Strategic developments"):
            cand = left if etype in COMPAT.get(left.etype, ()) or left.etype == "Strategic developments" else None
        if cand is None and (definite or claim) and kind is None and self.incidents and not explicit:
            cand = None
        ref_far = None
        place, prank, pprec = self.clause_place(ctext, c0, c1, src_spans, acts)
        if place is None and scene is not None:
            place, prank, pprec = scene[2], scene[3], scene[4]
        if cand is not None and place is not None and cand.place is not None and self.places_in(c0, c1) \
                and not (claim and DEFINITE_REF.search(ctext)) \
                and getattr(place, "kind", "") != "country" and not self._inside(place, cand.place) \
                and not self._inside(cand.place, place) and _km(place, cand.place) > 30:
            # "The Kani PDF said its fighters ambushed a junta column near Kani town": a claim (or 'the attack')
            # at a place far from the event found is another event
            ref_far = cand if definite and not claim else None
            cand = None
        if cand is None and place is not None and not (definite or claim):
            cand = self.same_day_place(etype, when, place, si)
        if cand is None and place is not None and not explicit and self.incidents and not (definite or claim):
            prev = self.incidents[-1]
            if si - prev.sents[-1] <= 2 and prev.place is not None and prev.place.name == place.name \
                    and etype == prev.etype and (a1 is None or prev.actor1 is None or prev.actor1.kind == "unidentified"
                                                 or prev.actor1.actor == a1.actor) \
                    and (N.fatality_count(ctext) is None or prev.fatalities is None):
                cand = prev  # "Explosions were heard in Kharkiv ... Russian missiles struck Kharkiv": one event, told twice
        if cand is None and place is not None and self.incidents and not claim and (
                ANAPHORIC_SUBJECT.match(ctext) or (a1 is None and self._all_passive(ctext, trigs))):
            # "Boko Haram attacked Yobe state on Sunday ... The gunmen rode into Mafa village and opened fire": the
            # same event told again at a place inside (or equal to) the one told before sharpens it
            prev = self.incidents[-1]
            own = N.fatality_count(ctext) or (_neutralized(ctext) if "neutrali" in ctext.lower() else None)
            part = own is not None and prev.fatalities is not None and own < prev.fatalities and (
                prev.place is None or getattr(prev.place, "kind", "") in ("country", "admin1", "region"))
            toll_only = a1 is None and all(E.KILLING.match(t.text) for t in trigs if t.role in ("event", "blast", "weaponverb"))
            if not part and si - prev.sents[-1] <= 2 and (etype in COMPAT.get(prev.etype, ()) or toll_only) \
                    and prev.etype != "Strategic developments" \
                    and (prev.place is None or self._inside(place, prev.place) or self._inside(prev.place, place) or (
                        getattr(prev.place, "kind", "") in ("admin1", "region", "country")
                        and place.country == prev.place.country)) and (
                    not explicit or when is None or when.same_day(prev.when) or (
                    when.known and prev.when.known and when.event_date == prev.when.event_date)):
                cand = prev
                if prev.place is not None and not self._inside(place, prev.place):
                    place = None  # a namesake elsewhere in the region does not sharpen it
        if cand is None and place is not None and not explicit and a1 is not None and self.incidents \
                and N.fatality_count(ctext) is None:
            # '"The RSF shelled the Abu Shouk camp ... in the city," the group said': the same attacker, type and
            # day a few km from the event just told, with no toll or date of its own, is that event told again
            prev = self.incidents[-1]
            if si - prev.sents[-1] <= 1 and prev.etype == etype and prev.sub == sub and prev.actor1 is not None \
                    and prev.actor1.actor == a1.actor and prev.place is not None and _km(prev.place, place) <= 10:
                cand = prev
        if cand is None and left is not None and place is None and not explicit and left.sents[-1] == si and (
                etype == left.etype or "Strategic developments" in (etype, left.etype)):
            cand = left  # "...; the army said 30 militants were killed": the same event, continued
        if cand is None and explicit and (definite or ATTACKERS_OR_PLACE_REF.search(ctext)) and self.incidents and N.fatality_count(ctext) is None:
            # "Bandits have killed 11 people in Kairu ... the gunmen stormed the village on Saturday night": the
            # lede's undated event, now dated, not a second attack
            prev = self.incidents[-1]
            if not prev.explicit_date and si - prev.sents[-1] <= 2 and etype in COMPAT.get(prev.etype, ()) and (
                    place is None or prev.place is None or place.name == prev.place.name) and (
                    when is not None and when.known and prev.when.known and when.event_date <= prev.when.event_date):
                cand = prev
        if cand is None and place is None and not explicit and left is None and PRONOUN_START.match(ctext) and self.incidents:
            # "... insurgents overran Macomia on Friday. [...] They fought Mozambican soldiers for several hours": the
            # pronoun's referent is the attacker just told, and this is more of that event
            cand = self.find_candidate(etype, si, None, reach=LOOKBACK_SENTS)
            if cand is not None and a1 is None and cand.actor1 is not None and (a2 is None or a2.actor != cand.actor1.actor):
                a1 = cand.actor1
        if cand is None and place is None and not explicit and N.fatality_count(ctext) is None and self.pending is None \
                and not own_event:
            # nothing places, dates or counts it apart from the event just told: more about that event
            cand = self.find_candidate(etype, si, None, prefer=left, reach=2)
            if cand is not None and a1 is not None and cand.actor2 is not None and a1.actor == cand.actor2.actor \
                    and (cand.actor1 is None or cand.actor1.actor != a1.actor) and a1.kind not in ("civilians", "unidentified") \
                    and not any(RECIPROCAL.match(t.text) for t in trigs) and left is None:
                # "Fano fighters attacked army positions ... After they pulled back, soldiers went door to door,
                # shooting them": the side attacked now acts on others, a new event (a reprisal), not the attack again
                cand = None
            if cand is not None and etype == E.ERV and a1 is not None and cand.actor1 is not None \
                    and a1.kind not in ("unidentified", "civilians") and cand.actor1.kind not in ("unidentified", "civilians") \
                    and a1.actor != cand.actor1.actor:
                cand = None  # another side's strikes, not more of the strike just told
            if cand is not None and etype == "Battles" and a1 is not None and a1.kind in ("state forces", "external", "police") \
                    and cand.actor1 is not None and cand.actor1.kind not in ("unidentified", "civilians") \
                    and a1.actor not in {x.actor for x in (cand.actor1, cand.actor2) if x is not None}:
                # "CODECO militiamen attacked the displaced ... MONUSCO's peacekeepers exchanged fire with the
                # attackers": a third force's fight with the attackers is an event of its own
                cand = None
        disputed_claim = False
        if cand is None and place is None and not explicit and left is None and self._speaker_toll(ctext):
            # "The group claimed ... that it had killed 47 soldiers": the speaker's own toll for the event just
            # told, not a second event; kept as a fatality claim, never as the incident's figure
            prev = self.find_candidate(etype, si, None, reach=LOOKBACK_SENTS)
            if prev is not None and self._same_sides(prev, a1, a2):
                cand, disputed_claim = prev, True
        if cand is None and place is None and not explicit and a1 is None and left is None and self.incidents:
            # "... attacked a convoy near Baidoa. Three soldiers were killed, elders said.": the toll of that event
            prev = self.incidents[-1]
            events = [t for t in trigs if t.role in ("event", "blast", "weaponverb")]
            if prev.sents[-1] == si - 1 and "\n" not in self.text[prev.ended:c0] and events and not ANOTHER.search(ctext) \
                    and self._all_passive(ctext, events) \
                    and N.fatality_count(ctext) is not None and prev.etype != "Strategic developments":
                cand = prev
        fat = N.fatality_count(ctext)
        if fat is None and "neutrali" in ctext.lower():
            fat = _neutralized(ctext)  # Turkish/Malian state wording: "neutralized 13 terrorists" counts them dead
        if self.pending is not None:
            fat0, acts0, day0 = self.pending
            self.pending = None
            if day0 is not None and explicit and when is not None and when.known and when.event_date != day0:
                fat0, acts0 = None, []  # the dead were found on another day: not this event's toll
            if fat is None:
                fat = fat0
            if a2 is None:
                a2 = next((a for a in acts0 if a.kind in ("state forces", "police", "armed group", "militia", "civilians")
                           and (a1 is None or a.actor != a1.actor)), None)
        srcs = [a.get("source") for a in self.src_by_sent.get(si, []) if a.get("source")]
        if cand is not None and disputed_claim:
            if fat is not None:
                who = srcs[0] if srcs else (a1.actor if a1 is not None else None)
                cand.fatality_claims.append({"source": who, "fatalities": fat})
                rejected = re.search(r"(?i)\b(?:reject|den(?:y|ied|ies)|disput|dismiss|could\s+not\s+be\s+(?:independently\s+)?"
                                     r"verified|unverified|exaggerat)", ctext)
                cand.notes.append(f"{who or 'a party'} claimed {fat} killed" + (" (disputed)" if rejected else ""))
            if si not in cand.sents:
                cand.sents.append(si)
            cand.spans.append((c0, c1))
            return cand
        if cand is not None:
            self.merge(cand, si, c0, c1, etype, sub, a1, a2, claimed, place, prank, pprec, fat, srcs, explicit, when)
            if len(self._siblings) > 1 and fat is None and cand.place is not None and etype != "Strategic developments":
                # "Russian missiles struck Kyiv and Kharkiv" after the Kyiv blasts: Kharkiv is an event of its own
                for _pm, p2, r2, pr2 in self._siblings:
                    if p2.name == cand.place.name:
                        continue
                    other = self.same_day_place(etype, cand.when, p2, si)
                    if other is None:
                        self.incidents.append(dataclasses.replace(
                            cand, etype=etype, sub=sub, place=p2, place_rank=r2, place_precision=pr2, sents=[si],
                            spans=[(c0, c1)], fatalities=None, fatality_claims=[], notes=list(cand.notes),
                            victims=set(), actor1=a1 or cand.actor1, actor2=a2 or cand.actor2))
                    else:
                        self.merge(other, si, c0, c1, etype, sub, a1, a2, claimed, None, 9, 3, None, srcs, explicit, when)
            return cand
        # ---- new incident
        if not explicit:
            if kind == "continued":
                pass
            elif left is not None:
                when = left.when
            elif self.incidents and si - self.incidents[-1].sents[-1] <= LOOKBACK_SENTS:
                when = self.incidents[-1].when
        if when is None:
            return None  # no publication date and no date in the text: nothing to anchor the event
        fat_here = fat is not None
        if etype == "Battles" and a1 is None and a2 is None and not fat_here and not self._siblings[1:] and (
                place is None or prank >= KIND_RANK["admin1"] or re.search(r"(?i)\b(?:elsewhere|across|throughout)\b", ctext)):
            return None  # "Fighting continued elsewhere in Sagaing": no sides, no toll, no town - not codable
        if place is None and not explicit and not fat_here and not (a1 is not None and a2 is not None) \
                and not (claim and a1 is not None and self._recent_place(si, c0) is not None) \
                and not (a1 is not None and a1.kind in ("state forces", "armed group", "militia") and re.search(
                    r"(?i)\balso\s+(?:\w+ed|struck|hit|shot|fought)\b", ctext) and self.incidents) \
                and etype != "Strategic developments":
            return None  # nothing places, dates or counts it: a passing mention, not a codable event
        if place is None and not explicit and not fat_here and PERFECT.search(ctext[max(0, main.start - 40):main.start]):
            return None  # "the group has attacked civilians before": background, not an event
        if not explicit and all(E.KILLING.match(t.text) and PERFECT.search(ctext[max(0, t.start - 40):t.start])
                                for t in trigs if t.role in ("event", "blast", "weaponverb")) \
                and not any(pm.place is not None and getattr(pm.place, "kind", "") != "country"
                            for pm in self.places_in(c0, c1)):
            return None  # "On the Israeli side, nine soldiers and four civilians have been killed": a running total
        if place is None:
            # a country the clause names outside any actor ("along the Lebanese border", "in Niger") rules out
            # places of other countries told before: the clause is somewhere else
            implied = self._implied_countries(c0, c1, ctext, all_acts, src_spans)

            def fits(p):
                return p is not None and (not implied or getattr(p, "country", None) in implied)

            spk = self._speaker_place(c0, c1, ctext, src_spans)
            capital = self._capital(ctext, implied)
            # background with its own old date ("erupted in August 2023") is not in today's town
            old = explicit and when is not None and when.known and self.incidents and self.incidents[-1].when.known \
                and abs((when.event_date - self.incidents[-1].when.event_date).days) > 14

            def fits(p, _fits=fits):
                return _fits(p) and not old
            there = THERE.search(ctext) is not None and self._recent_place(si, c0) is not None
            kind_ref = THE_KIND.search(ctext) if " the " in ctext else None
            kind_place = self._last_of_kind(c0, kind_ref.group(1).lower()) if kind_ref is not None else None
            if kind_place is not None:
                # "occupation forces besieged and razed the camp", "missiles slammed into a meeting in the town": the
                # last camp/town named, even in a clause about the past
                place, prank, pprec = kind_place, 7, 1
            elif there:
                # "The latest flashpoint is Merawi ... Residents said fighters attacked army positions there"
                place, prank, pprec = self._recent_place(si, c0), 7, 1
            elif ("same" in ctext and SAME_PLACE.search(ctext) or "nearby" in ctext) and self.incidents \
                    and self.incidents[-1].place is not None:
                # "in the same area", "militants laid siege to the nearby hotel": near the place just told
                prev = self.incidents[-1]
                place, prank, pprec = prev.place, prev.place_rank, max(2, prev.place_precision)
            elif left is not None and (left.place is not None and (not implied or left.place.country in implied)) \
                    and not (capital is not None and left.place_precision >= 3):
                place, prank, pprec = left.place, left.place_rank, left.place_precision
            elif spk is not None and fits(spk.place):
                # "officials in Donetsk city said shelling killed three": the speakers' town is the story's
                place, prank, pprec = spk.place, 7, max(2, getattr(spk.place, "precision", 1) or 1)
            elif capital is not None:
                place, prank, pprec = capital, 6, 1  # "outside the interior ministry in the capital", dateline ANKARA
            elif own_event and fits(recent := self._recent_place(si, c0)) and self._recent_pos > self.incidents[-1].ended:
                place, prank, pprec = recent, 7, 2  # "In Jabalia, tanks pushed in ... Hamas said its fighters destroyed two"
            elif self.incidents and fits(self.incidents[-1].place) and si - self.incidents[-1].sents[-1] <= 3 \
                    and not ANOTHER_STORY.match(ctext) \
                    and not BULLET.search(self.norm, self.incidents[-1].ended, min(len(self.norm), c0 + 3)) \
                    and not self._story_between(self.incidents[-1].ended, c0):
                prev = self.incidents[-1]  # the story is still there (unless the clause names another country
                # or a new bullet of a roundup starts)
                place, prank, pprec = prev.place, prev.place_rank, prev.place_precision
            elif not ANOTHER_STORY.match(ctext) and fits(recent := self._recent_place(si, c0)):
                place, prank, pprec = recent, 7, 2  # "... killed in El Geneina. ... militias attacked a neighbourhood"
            elif not ANOTHER_STORY.match(ctext) and fits(self.dateline_place):
                place, prank, pprec = self.dateline_place, 8, 2  # "KIRKUK, Iraq - ...": the story's town
            elif implied:
                place, prank, pprec = self._country_place(implied[0]), KIND_RANK["country"], 3
        if place is not None and not self.places_in(c0, c1) and etype != "Strategic developments":
            # no place of its own, the story's place, same day and type as an event just told: more about that event
            dup = self.same_day_place(etype, when, place, si)
            sides = {x.actor for x in (dup.actor1, dup.actor2) if x is not None} if dup is not None else set()
            if dup is not None and dup is not left and dup.etype == etype and (
                    a1 is None or dup.actor1 is None or a1.actor == dup.actor1.actor or dup.actor1.kind == "unidentified"
                    or (etype == "Battles" and a1.actor in sides and (a2 is None or a2.actor in sides))):
                # (a battle told from the other side: "troops killed 30 militants in a counterattack")
                self.merge(dup, si, c0, c1, etype, sub, a1, a2, claimed, None, 9, 3, fat, srcs, explicit, when)
                if sub and E.SUB_RANK.get(sub, 9) < E.SUB_RANK.get(dup.sub, 9):
                    dup.sub = sub  # "a bomb attack" then "blew himself up": the more specific sub-type
                return dup
        if a1 is None and left is not None and left.sents[0] == si and left.actor1 is not None \
                and re.match(r"\s*(?:and|,\s*and)\s+(?:then\s+)?(?:\w+ed|fought|struck|shot|overran|took|blew|threw|hit|"
                             r"set|went)\b", ctext) and (a2 is None or a2.actor != left.actor1.actor):
            a1 = left.actor1  # "Fano seized Lalibela, and fought federal troops in Bahir Dar": the same subject
        if a1 is None and a2 is None and left is not None and left.sents[0] == si \
                and etype in ("Battles", E.ERV) and left.etype in ("Battles", E.ERV):
            a1, a2 = left.actor1, left.actor2
        if a2 is None and a1 is not None and etype in ("Battles", E.ERV) and self.incidents and " also " in ctext:
            # "... shelled Goris, and that Azerbaijani units also tried to advance near Kapan": the same attacker
            # again, against the side it was fighting
            prev = self.incidents[-1]
            if si - prev.sents[-1] <= 1 and prev.actor1 is not None and prev.actor1.actor == a1.actor \
                    and prev.actor2 is not None and prev.actor2.kind in ("state forces", "armed group", "militia", "police"):
                a2 = prev.actor2
        if a1 is None and etype == E.ERV and "from" in ctext and (mff := FIRED_FROM.search(ctext)) is not None:
            # "a missile fired from Houthi-controlled territory": the group holding the launch area fired it
            from sitrep.extract.actors import find_actors

            got = [a for a in find_actors(mff.group(1) + " fighters", country=self.country)
                   if a.kind in ("armed group", "militia", "state forces")]
            if got:
                a1 = dataclasses.replace(got[0], start=c0 + mff.start(1), end=c0 + mff.end(1), text=mff.group(1))
        if a1 is None and etype == E.ERV and place is not None and self.incidents:
            # "... days of Iranian artillery fire on Sidakan. On Monday, shells landed around villages near Sidakan":
            # agentless shells at the place whose shelling was just told are that shelling side's
            prev = self.incidents[-1]
            if si - prev.sents[-1] <= 1 and prev.etype == E.ERV and prev.actor1 is not None and prev.place is not None \
                    and prev.place.name == place.name and (a2 is None or a2.actor != prev.actor1.actor):
                a1 = prev.actor1
        if ref_far is not None and a1 is None and a2 is None and place is not None \
                and (etype in COMPAT.get(ref_far.etype, ()) or ref_far.etype in COMPAT.get(etype, ())):
            # "The ministry said the shelling ... targeted Goris, Sotk and Jermuk": the event pointed back to, at
            # the places now named, keeps its sides; placed only by the dateline's town, it moves to those places
            a1, a2 = ref_far.actor1, ref_far.actor2
            if ref_far.place_rank >= 6 and fat is None and ref_far in self.incidents and ref_far.place is not None \
                    and ref_far.place.name in {getattr(d, "name", None) for d in (self.dateline_place, self.dateline_town)}:
                ref_far.place, ref_far.place_rank, ref_far.place_precision = place, prank, pprec
                if etype == ref_far.etype and sub:
                    ref_far.sub = sub  # "the shelling" names what the lead's mixed weapons were
                ref_far.notes.append("placed where the back-reference to it says, not at the dateline's town")
                ref_far.sents.append(si) if si not in ref_far.sents else None
                ref_far.spans.append((c0, c1))
                for _pm, p2, r2, pr2 in (self._siblings[1:] if len(self._siblings) > 1 else []):
                    self.incidents.append(dataclasses.replace(
                        ref_far, etype=etype, sub=sub, place=p2, place_rank=r2, place_precision=pr2, sents=[si],
                        spans=[(c0, c1)], fatalities=None, fatality_claims=[], notes=list(ref_far.notes), victims=set()))
                return ref_far
        notes = [self._date_note] if self._date_note else ["no date in the text: " + (
            "date of the event it continues" if not explicit and (left or self.incidents) and when != self.pub
            else "publication date")]
        if claimed and a1 is not None:
            notes.append(f"actor1 from a claim or accusation: {a1.actor}")
        inc = Inc(etype, sub, when, explicit, [si], [(c0, c1)], place, prank, pprec, a1, a2, claimed,
                  fat, [], notes, self._end(c0, c1), N.victim_sides(ctext) if fat is not None else set())
        if fat is not None:
            inc.fatality_claims.append({"source": srcs[0] if srcs else None, "fatalities": fat})
        inc.sub_weak = bool(getattr(self, "_weak_sub", False))
        self.incidents.append(inc)
        siblings = self._siblings if place is not None and len(self._siblings) > 1 else []
        if siblings and fat is None:
            # one incident per event and place: "strikes on Sanaa and Hodeidah" are two
            for _pm, p2, r2, pr2 in siblings[1:]:
                self.incidents.append(dataclasses.replace(inc, place=p2, place_rank=r2, place_precision=pr2, sents=[si],
                                                          spans=[(c0, c1)], fatality_claims=[], notes=list(inc.notes)))
        return inc

    def _toll_update(self, si, s0, stext):
        """'The death toll rose to 30': a later figure for the event just told (the larger one is kept).
        'The fighting left six combatants dead': the toll of the event the sentence points back to."""
        if not self.incidents:
            return
        prev = self.incidents[-1]
        m = N.TOLL.search(stext) if "toll" in stext.lower() or "dead" in stext.lower() else None
        named = [pm.place for pm in self.places_in(s0, s0 + len(stext)) if pm.place is not None
                 and getattr(pm.place, "kind", "") != "country" and pm.place.latitude is not None]
        if named and m is not None:
            # "The death toll in Kyiv has risen to two": the toll of the event at that place, not the last one told
            at = next((inc for inc in reversed(self.incidents[-LOOKBACK_INCIDENTS:]) if inc.place is not None
                       and any(self._inside(p, inc.place) for p in named) and si - inc.sents[-1] <= 4 * LOOKBACK_SENTS), None)
            if at is None:
                return
            prev = at
        elif si - prev.sents[-1] > 2:
            return
        elif named and prev.place is not None and not any(self._inside(p, prev.place) or self._inside(prev.place, p)
                                                          for p in named):
            return  # a figure at another place is not this event's toll
        if si - prev.sents[-1] <= 1 and DEAD_REF.match(stext) and si not in prev.sents and prev.etype != "Strategic developments":
            prev.sents.append(si)  # "The dead included the municipality's security chief, the Guerrero prosecutor said"
        if si - prev.sents[-1] <= 2 and not named and prev.etype != "Strategic developments":
            low = stext.lower()
            if (prev.actor1 is None or prev.actor1.kind == "unidentified") and _has(low, ("blame", "accus")) \
                    and BLAME.search(stext) and not NO_CLAIM.search(stext[:BLAME.search(stext).start()][-40:]):
                # "Military sources blamed the Jalisco New Generation Cartel": the accused fills an empty actor1
                mb = BLAME.search(stext)
                got = next((a for a in self.actors_in(s0 + mb.end(), s0 + min(len(stext), mb.end() + 80))
                            if a.kind in ("armed group", "militia", "state forces", "police")), None)
                if got is not None and (prev.actor2 is None or got.actor != prev.actor2.actor):
                    prev.actor1, prev.actor1_claimed = got, True
                    prev.notes.append(f"actor1 from a claim or accusation: {got.actor}")
                    if si not in prev.sents:
                        prev.sents.append(si)
            mc = CLAIM.search(stext) if _has(low, _CLAIM_WORDS) else None
            mby = CLAIMED_BY.search(stext) if "claimed by" in low else None
            if (mc is not None or mby is not None) and (prev.actor1 is None or prev.actor1.kind == "unidentified") \
                    and not NO_CLAIM.search(stext[max(0, (mc or mby).start() - 40):(mc or mby).start()]):
                # "ISWAP took responsibility in a statement", "That attack was also claimed by the BLA": the claimant
                # of the event just told
                cands = self.actors_in(s0 + mby.end(), s0 + len(stext)) if mby is not None else list(
                    reversed(self.actors_in(s0, s0 + mc.start())))
                got = next((a for a in cands if a.kind in ("armed group", "militia", "state forces", "police")), None)
                if got is not None and (prev.actor2 is None or got.actor != prev.actor2.actor):
                    prev.actor1, prev.actor1_claimed = got, True
                    prev.notes.append(f"actor1 from a claim or accusation: {got.actor}")
                    if si not in prev.sents:
                        prev.sents.append(si)

        if m is None and prev.fatalities is None and si - prev.sents[-1] <= 1 and not named and not E.is_aggregate(stext) \
                and "\n" not in self.text[prev.ended:s0].strip("\n ") and prev.etype != "Strategic developments":
            # "A member of the rescue team said 168 bodies had been recovered": the first count of the event just told
            v = N.fatality_count(stext)
            if v is not None:
                srcs = [a.get("source") for a in self.src_by_sent.get(si, []) if a.get("source")]
                prev.fatalities = v
                prev.fatality_claims.append({"source": srcs[0] if srcs else None, "fatalities": v})
                if si not in prev.sents:
                    prev.sents.append(si)
                return
        later = m is not None and (TOLL_ROSE.search(stext[max(0, m.start() - 30):m.end()]) or re.search(
            r"(?i)\bby\s+(?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|then|"
            r"the\s+(?:end|evening|morning|night)|this|tonight|nightfall)", stext[m.end():m.end() + 40]))
        v = N.parse_count(m.group(1)) if m else None
        if not prev.explicit_date and si - prev.sents[-1] <= 1 and m is None:
            self._date_update(prev, si, stext)
        if v is None and si - prev.sents[-1] <= 1 and BACK_REF.match(stext):
            v = N.fatality_count(stext)
            if v is not None:
                srcs = [a.get("source") for a in self.src_by_sent.get(si, []) if a.get("source")]
                self.merge(prev, si, s0, s0 + len(stext), prev.etype, prev.sub, None, None, False, None, 9, 3, v, srcs,
                           False, None)
                return
        if v is None:
            return
        srcs = [a.get("source") for a in self.src_by_sent.get(si, []) if a.get("source")]
        prev.fatality_claims.append({"source": srcs[0] if srcs else None, "fatalities": v})
        if prev.fatalities is None or later:
            prev.fatalities = v if prev.fatalities is None else max(prev.fatalities, v)  # "the toll rose to 30"
        # "a community leader put the death toll at 35": another source's figure, kept as a claim
        if si not in prev.sents:
            prev.sents.append(si)

    @staticmethod
    def _all_passive(ctext, trigs) -> bool:
        """'seven civilians were killed when a house was hit': every event word is passive (no new attacker)."""
        events = [t for t in trigs if t.role in ("event", "blast", "weaponverb")]
        return bool(events) and all(PASSIVE_BEFORE.search(ctext[max(0, t.start - 30):t.start]) for t in events)

    @staticmethod
    def _inside(p, q) -> bool:
        """p is q, or lies in q (a town in q's region, a place within 15 km of q's town)."""
        if p is None or q is None:
            return False
        if p.name == q.name:
            return True
        qk = getattr(q, "kind", "")
        if qk == "country":
            return p.country == q.country
        if qk in ("admin1", "region"):
            return p.country == q.country and (p.admin1 == q.admin1 or p.admin1 == q.name)
        return getattr(p, "kind", "") not in ("admin1", "region", "country") and _km(p, q) <= 15

    def _date_update(self, prev: Inc, si: int, stext: str) -> None:
        """'According to the ISPR, the operation was conducted on the night of September 8': the date of the
        undated event just told (only a date or weekday on or before it, in a sentence that points back)."""
        lead = ATTRIBUTION_LEAD.match(stext)
        if not BACK_REF.match(stext[lead.end():] if lead else stext):
            return
        times = [t for t in D.find_times(stext) if t.kind in ("date", "weekday")]
        if len(times) != 1:
            return
        w = D.resolve(times[0], self.pub, None)
        if w is None or not w.known or not prev.when.known or w.event_date > prev.when.event_date \
                or (prev.when.event_date - w.event_date).days > 7:
            return
        prev.when, prev.explicit_date = w, True
        if si not in prev.sents:
            prev.sents.append(si)

    def _intervention(self, si, trigs):
        """'Police fired tear gas to disperse them' after a protest: the protest met intervention."""
        if not any(t.role == "intervention" for t in trigs) or not self.incidents:
            return
        prev = self.incidents[-1]
        if prev.etype == "Protests" and prev.sub in ("Peaceful protest", "Protest with intervention") and si - prev.sents[-1] <= 1:
            prev.sub = "Protest with intervention"
            if si not in prev.sents:
                prev.sents.append(si)
            if prev.actor2 is None:  # "Police fired tear gas": the police are the side that acted on the protest
                a, b = self.sents[si]
                prev.actor2 = next((x for x in self.actors_in(a, b) if x.kind in ("police", "state forces")), None)

    @staticmethod
    def _speaker_toll(ctext: str) -> bool:
        """'X claimed/said (that) it had killed 47 soldiers': a party's own account of a toll, no new event words."""
        m = SPEAKER_TOLL.search(ctext)
        return m is not None and N.fatality_count(ctext) is not None and not ANOTHER.search(ctext)

    @staticmethod
    def _same_sides(inc: Inc, a1, a2) -> bool:
        sides = {x.actor for x in (inc.actor1, inc.actor2) if x is not None}
        for a in (a1, a2):
            if a is not None and a.actor not in sides and a.kind not in ("unidentified", "civilians"):
                return False
        return True

    def _own_day(self, ctext, c0, src_spans, times) -> dt.date | None:
        """The day a clause's own time phrase names (not a reporting time), or None."""
        for t in (D.find_times(ctext) if times is None else times):
            if t.kind not in ("date", "weekday", "rel_pub") or self._in(c0 + t.start, src_spans) \
                    or REPORT_TIME.search(ctext[max(0, t.start - 60):t.start]) or REPORT_AFTER.match(ctext, t.end) \
                    or D.report_time(ctext, t):
                continue
            w = D.resolve(t, self.pub, None)
            if w is not None and w.known:
                return w.event_date
        return None

    def _end(self, c0, c1) -> int:
        """End of a clause without its trailing whitespace (a sentence span keeps the paragraph break)."""
        while c1 > c0 and self.text[c1 - 1].isspace():
            c1 -= 1
        return c1

    @staticmethod
    def _in(pos: int, spans) -> bool:
        return any(a <= pos < b for a, b in spans)

    # ---- dates ---------------------------------------------------------------------------------------
    def _anchor_of_kind(self, after: str) -> dt.date | None:
        """'Three days after the ambush': the day of the last event of that kind told (not of the last event)."""
        m = AFTER_NOUN.match(after)
        if not m:
            return None
        noun = m.group(1).lower()
        kinds = next((v for k, v in NOUN_KINDS.items() if noun.startswith(k)), None)
        for inc in reversed(self.incidents[-LOOKBACK_INCIDENTS:]):
            if kinds and inc.etype in kinds and inc.when.known and not (
                    self.pub and (self.pub - inc.when.event_date).days > 60):  # not a past event recalled in passing
                return inc.when.event_date
        return None

    def clause_date(self, ctext, c0, src_spans, left, times=None):
        """(When, explicit, kind) for the clause's own time phrase; (None, False, None) when it has none."""
        anchor_inc = left or (self.incidents[-1] if self.incidents else None)
        if left is None and anchor_inc is not None and self.pub and anchor_inc.when.known \
                and (self.pub - anchor_inc.when.event_date).days > 60 and (
                    not self.sents or self._sent_of(c0) - anchor_inc.sents[-1] > 1 or ANOTHER_STORY.match(ctext)):
            # "In June last year, militants laid siege ..." then "troops killed 20 a day earlier": not a day before
            # the past event recalled in passing, but before the article's own days
            anchor_inc = next((i for i in reversed(self.incidents[-LOOKBACK_INCIDENTS:]) if i.when.known
                               and (self.pub - i.when.event_date).days <= 60), None)
        anchor = anchor_inc.when.event_date if anchor_inc else self.pub
        if left is None and getattr(self, "_clause_anchor", None) is not None:
            anchor = self._clause_anchor
        before = getattr(self, "_came_after", None)
        ref = left or (self.incidents[-1] if self.incidents else None)  # ("The massacre came": the event just told)
        if before is not None and ref is not None and ref.when.known:
            w = D.resolve(before, self.pub, ref.when.event_date)
            if w is not None and w.known:
                self._date_note = f"date from '{before.text.strip()}' counted back from {ref.when.event_date.isoformat()}"
                return w, True, "rel_prev"
        since = getattr(self, "_since_date", None)
        if since is not None:
            w = D.resolve(since, self.pub, None)
            if w is not None and w.known:
                self._date_note = f"date from 'since {since.text.strip()}, when'"
                return w, True, since.kind
        zones = E.skip_zones(ctext)
        unresolved = None
        times = D.calendar_first(D.find_times(ctext) if times is None else times)
        if left is None and len(times) > 1:
            # "the ministry said on Friday that troops had killed 20 fighters a day earlier": a day before Friday
            for t in times:
                if t.kind in ("weekday", "date") and REPORT_TIME.search(ctext[max(0, t.start - 60):t.start]) \
                        and any(u.kind in ("rel_prev", "after") and u.start > t.end for u in times):
                    w = D.resolve(t, self.pub, None)
                    if w is not None and w.known:
                        anchor = w.event_date
                    break
        for t in times:
            if any(a <= t.start < b for a, b in zones):
                continue
            possessive = t.kind == "weekday" and t.value.get("possessive")
            if not possessive and (self._in(c0 + t.start, src_spans) or REPORT_TIME.search(ctext[max(0, t.start - 60):t.start])
                                   or REPORT_AFTER.match(ctext, t.end) or D.report_time(ctext, t)):
                continue
            if t.kind == "after" and t.start <= 15 and re.match(r"\W*(?:just\s+|only\s+|some\s+)?\w+\s+\w+\s+(?:after|before)\b",
                                                              ctext[t.start:t.end], re.IGNORECASE) and left is None \
                    and getattr(self, "_first_clause", True):
                # fronted: "Two days after the bombing, gunmen attacked ..." dates this clause after the anchor
                flip = {"after": "later", "before": "earlier"}[t.value["dir"]]
                t = dataclasses.replace(t, kind="rel_prev", value={**t.value, "dir": flip})
                anchor = self._anchor_of_kind(ctext[t.end:t.end + 40]) or anchor
            if t.kind in ("rel_prev", "after"):
                w = D.resolve(t, self.pub, anchor)
            else:
                w = D.resolve(t, self.pub, None)
            if w is None and unresolved is None:
                unresolved = t.text.strip()
            if w is not None:
                if self.pub and w.event_date > self.pub + dt.timedelta(days=1) and t.kind not in ("rel_prev",):
                    continue
                self._date_note = f"date from '{t.text.strip()}'" + (
                    f" counted from {anchor.isoformat()}" if t.kind in ("rel_prev", "after") and anchor else "")
                return w, True, t.kind
        if self.pub and _has(ctext.lower(), ("continu", "ongoing", "raging", "persist")) and CONTINUED.search(ctext):
            start = left.when.date_start if left else self.pub
            return D.When(self.pub, min(start, self.pub), self.pub, 2), False, "continued"
        if self.pub is None:
            # never drop the event: its date is unknown (null), and the note says which phrase could not resolve
            self._date_note = (f"date unknown: '{unresolved}' needs a publication date the text does not give"
                               if unresolved else "date unknown: no publication date and no date in the text")
            if unresolved is None and anchor_inc is not None and not anchor_inc.when.known:
                return anchor_inc.when, False, None
            return D.unknown(unresolved), unresolved is not None, "unresolved" if unresolved else None
        return D.When(self.pub, self.pub - dt.timedelta(days=3), self.pub, 2), False, None

    # ---- places --------------------------------------------------------------------------------------
    def _demonym_side(self, ctext, c0, all_acts, src_spans, other_country):
        """The armed forces of the first nationality the clause names outside any actor ('12 Russian attacks')."""
        from sitrep.extract.actors import _fill

        rx, by_word, names = _country_words()
        for m in rx.finditer(ctext):
            w = m.group(0).lower()
            pos = c0 + m.start()
            if w in names or self._in(pos, src_spans) or any(a.start <= pos < a.end for a in all_acts):
                continue
            country = by_word.get(w)
            if country and country != other_country:
                name = _fill("Military Forces of {country}", country)
                return ActorMention(start=pos, end=c0 + m.end(), text=m.group(0), actor=name, kind="state forces",
                                    country=country, extra={"demonym_side": True})
        return None

    def _shared_toll(self, si, c0, c1, ctext) -> bool:
        """'The toll of these two attacks stands at 49 civilians and 15 soldiers killed': the civilians are the dead of
        the attack on civilians, the soldiers those of the attack on the army (not 64 for the last one told)."""
        recent = [i for i in self.incidents[-LOOKBACK_INCIDENTS:] if si - i.sents[-1] <= 4 and i.etype != "Strategic developments"]
        if len(recent) < 2:
            return False
        parts = {}
        for m in GROUP_COUNT.finditer(ctext):
            n = N.parse_count(m.group(1))
            side = "forces" if re.match(r"(?i)sold|troop|police|members|service|officers|guards", m.group(2)) else "civilians"
            if n is not None:
                parts[side] = parts.get(side, 0) + n
        if len(parts) != 2:
            return False
        done = False
        for side, n in parts.items():
            kinds = ("state forces", "police") if side == "forces" else ("civilians",)
            inc = next((i for i in reversed(recent) if i.actor2 is not None and i.actor2.kind in kinds), None)
            if inc is None:
                continue
            srcs = [a.get("source") for a in self.src_by_sent.get(si, []) if a.get("source")]
            inc.fatalities = n if inc.fatalities is None else inc.fatalities
            inc.fatality_claims.append({"source": srcs[0] if srcs else None, "fatalities": n})
            inc.notes.append(f"{n} {side} of a toll shared between attacks")
            if si not in inc.sents:
                inc.sents.append(si)
            done = True
        return done

    def _sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _story_between(self, a: int, b: int) -> bool:
        return any(a <= st < b for st, _e in self.stories)

    def _listed(self, a, b) -> bool:
        """Two place mentions joined as items of one list ('Sanaa, the Red Sea port of Hodeidah and Saada')."""
        gap = self.norm[a[0].end:b[0].start]
        if len(gap) > 60 or a[1].name == b[1].name or a[2] >= 4 or b[2] >= 4:
            return False
        if a[2] == b[2] and LIST_GAP.fullmatch(gap):
            return True
        nested = {getattr(a[1], "kind", ""), getattr(b[1], "kind", "")} & {"admin1", "region", "country"} and (
            self._inside(a[1], b[1]) or self._inside(b[1], a[1]))  # "Mafa village in Yobe state" is one place
        return bool(LIST_AND.fullmatch(gap)) and not nested

    def clause_place(self, ctext, c0, c1, src_spans, acts):
        best = None
        self._siblings = []
        valid = []
        bi = 0
        mt = TOPIC_ZONE.search(ctext) if _has(ctext.lower(), ("retaliat", "response", "aveng", "revenge")) else None
        topic = mt.start() if mt else None
        for pm in self.places_in(c0, c1):
            if self.dateline and self.dateline["start"] <= pm.start < self.dateline["end"]:
                continue
            if any(a <= pm.start < b for a, b in self.stories):
                continue  # "Raipur, Sep 3 (PTI):" opening a second story: where it was filed, not where it happened
            if any(a.start <= pm.start < a.end for a in acts):
                continue  # "Islamic Resistance in Iraq", "Syrian Democratic Forces"
            p = pm.place
            if p is None or (p.latitude is None and getattr(p, "kind", "") != "country"):
                continue
            rank = KIND_RANK.get(getattr(p, "kind", "city"), 0)
            prec = getattr(p, "precision", 1) or 1
            if getattr(p, "kind", "") == "site" and prec >= 2 and _area_site(p.name):
                rank = KIND_RANK["district"]  # "North Waziristan's Mir Ali area": a district or range, wider than a town
            rel = pm.start - c0
            if DIRECTION_OF.search(ctext[max(0, rel - 40):rel]):
                rank += 5
                prec = max(prec, 2)
            if self._in(pm.start, src_spans) or SEAT_IN.search(ctext[max(0, rel - 40):rel]):
                continue  # "Russia's Defense Ministry said", "the defence ministry in Maputo": where the speaker sits
            if self.country and p.country and p.country != self.country and rank < 4:
                rank += 0.5
            if topic is not None and rel > topic:
                rank += 5  # "in retaliation for attacks on shipping in the Red Sea": where the grievance was
            valid.append((pm, p, rank, prec))
            if best is None or rank < best[1]:
                best = (p, rank, prec)
                bi = len(valid) - 1
        if best is not None:
            # "strikes hit Sanaa, the port of Hodeidah and the stronghold of Saada": one event per place listed
            chain = [valid[bi]]
            k = bi
            while True:  # rightwards, stepping over a place that only qualifies the next ("the Red Sea port of")
                nxt = next((j for j in (k + 1, k + 2) if j < len(valid) and self._listed(valid[k], valid[j])), None)
                if nxt is None:
                    break
                chain.append(valid[nxt])
                k = nxt
            k = bi
            while True:
                prv = next((j for j in (k - 1, k - 2) if j >= 0 and self._listed(valid[j], valid[k])), None)
                if prv is None:
                    break
                chain.append(valid[prv])
                k = prv
            chain = [v for v in chain if v[2] < 4]
            names = []
            for v in chain:
                if v[1].name not in names:
                    names.append(v[1].name)
                    self._siblings.append(v)
        if best is None:
            cap = self._capital(ctext, None)
            if cap is not None:
                return cap, 1, 1  # "in the capital" under an "ANKARA -" dateline
        return best if best else (None, 9, 3)

    def _implied_countries(self, c0, c1, ctext, all_acts, src_spans) -> list[str]:
        """Countries a clause names outside actor names and source phrases: 'along the Lebanese border',
        'in neighbouring Niger'. Empty when it names none."""
        out = []
        for pm in self.places_in(c0, c1):
            p = pm.place
            rel = pm.start - c0
            if p is not None and getattr(p, "kind", "") == "country" and p.country and not self._in(pm.start, src_spans) \
                    and not any(a.start <= pm.start < a.end for a in all_acts) \
                    and PLACE_PREP.search(ctext[max(0, rel - 30):max(0, rel)]):
                out.append(p.country)
        rx, by_word, names = _country_words()
        for m in rx.finditer(ctext):
            pos = c0 + m.start()
            if self._in(pos, src_spans) or any(a.start <= pos < a.end for a in all_acts):
                continue
            w = m.group(0).lower()
            if w in names:
                if not PLACE_PREP.search(ctext[max(0, m.start() - 30):m.start()]):
                    continue  # "talks with Uganda" names a country, not where this happened
            elif not GEO_NOUN.match(ctext, m.end()):
                continue  # "Turkmen parties", "Kurdish protesters": a people; "the Lebanese border" is a place
            country = by_word.get(w)
            if country and country not in out:
                out.append(country)
        return out

    def _last_of_kind(self, c0, noun):
        """The last place named before c0 that is a camp (its name says so) or a town (city/town/village)."""
        lo = max(self.body_start, c0 - 4000)
        for pm in reversed(self.places_in(lo, c0)):
            p = pm.place
            if p is None or p.latitude is None or pm.end > c0:
                continue
            if any(a.start <= pm.start < a.end for a in self.actors_in(max(0, pm.start - 60), pm.end + 60)):
                continue
            if noun == "camp":
                if "camp" in pm.text.lower() or "camp" in p.name.lower() or re.match(r"(?i)\s+(?:refugee\s+)?camp\b",
                                                                                    self.norm[pm.end:pm.end + 20]):
                    return p
            elif getattr(p, "kind", "") in ("city", "town", "village"):
                return p
        return None

    def _recent_place(self, si, c0):
        """The last town named in the two sentences before (not a country, not inside an actor's name)."""
        lo = max(self.body_start, self.sents[max(0, si - 2)][0])
        if BULLET.search(self.norm, lo, min(len(self.norm), c0 + 3)):
            return None  # a roundup's bullets are separate stories
        lo = max([lo] + [e for st, e in self.stories if st < c0])
        ref = None
        for pm in reversed(self.places_in(lo, c0)):
            p = pm.place
            if p is None or p.latitude is None or getattr(p, "kind", "") in ("country",) or pm.end > c0:
                continue
            if any(a.start <= pm.start < a.end for a in self.actors_in(max(0, pm.start - 60), pm.end + 60)):
                continue
            if DIRECTION_OF.search(self.norm[max(0, pm.start - 40):pm.start]):
                ref = ref or p  # "30 km south of Bahir Dar": a reference point, only if nothing else is named
                continue
            self._recent_pos = pm.start
            return p
        self._recent_pos = -1
        return ref

    def _capital(self, ctext, implied):
        """'in the capital': the dateline's town when it is its country's capital (ANKARA - ... in the capital)."""
        if "capital" not in ctext or not CAPITAL.search(ctext):
            return None
        p = self.dateline_town
        if p is None or (implied and p.country not in implied):
            return None
        return p if _capitals().get(p.country, "").lower() == (p.name or "").lower() else None

    def _speaker_place(self, c0, c1, ctext, src_spans):
        """'officials in Donetsk city said', 'a source in Tripoli told': a town inside the source phrase."""
        for pm in self.places_in(c0, c1):
            p = pm.place
            if p is None or p.latitude is None or getattr(p, "kind", "") in ("country",) or not self._in(pm.start, src_spans):
                continue
            rel = pm.start - c0
            if SPEAKER_IN.search(ctext[max(0, rel - 60):rel]):
                return pm
        return None

    def _country_place(self, country: str):
        from sitrep.extract.mentions import Place

        pt = _country_points().get(country)
        return Place(name=country, admin1=None, country=country, latitude=pt[0] if pt else None,
                     longitude=pt[1] if pt else None, precision=3, kind="country")

    # ---- actors --------------------------------------------------------------------------------------
    def roles(self, ctext, c0, trigs, acts, all_acts=None):
        """(actor1, actor2, claimed) ActorMentions for the clause. all_acts includes the speakers: a group
        that claims an attack is both the source of the claim and the actor."""
        all_acts = acts if all_acts is None else all_acts
        claimed = False
        a1 = a2 = None

        def before(pos, skip_pp=True):
            for a in reversed(acts):
                if a.end <= c0 + pos:
                    rel = a.start - c0
                    if skip_pp and PP_BEFORE.search(ctext[max(0, rel - 30):rel]):
                        continue
                    return a
            return None

        # "Two soldiers were wounded when a drone dropped explosives": the passive subject is the side hit
        victims = [a for a in acts if VICTIM_AFTER.match(self.norm, a.end)]
        if victims:
            acts = [a for a in acts if a not in victims]

        def after(pos, limit=90):
            for a in acts:
                if a.start >= c0 + pos and a.start - (c0 + pos) <= limit:
                    return a
            return None

        def agent(pos, limit=20):
            # "by a large number of armed terrorists", "between members of the Los Lobos and R7 gangs"
            mq = QUANTIFIER.match(ctext, pos)
            return after(mq.end() if mq else pos, limit=limit)

        m = CLAIM.search(ctext) if _has(ctext.lower(), _CLAIM_WORDS) else None
        if m and NO_CLAIM.search(ctext[max(0, m.start() - 40):m.start()]):
            m = None  # "No group has claimed responsibility"
        if m:
            first = next((a for a in all_acts if a.end <= c0 + m.start()), None)
            if first is not None and first.start - c0 <= 3:
                a1 = first  # "JNIM, an al Qaeda affiliate, claimed ...": the subject, not the apposition
            else:
                a1 = next((a for a in reversed(all_acts) if a.end <= c0 + m.start()), None)
            claimed = a1 is not None
        mon = BLAMED_ON.search(ctext) if "blamed on" in ctext.lower() else None
        if mon is not None:
            got = next((a for a in all_acts if 0 <= a.start - (c0 + mon.end()) <= 30), None)  # "blamed on jihadists"
            if got is not None:
                a1, claimed = got, True
        mby = CLAIMED_BY.search(ctext) if "claimed by" in ctext.lower() else None
        if mby is not None and not NO_CLAIM.search(ctext[max(0, mby.start() - 40):mby.start()]):
            got = next((a for a in all_acts if 0 <= a.start - (c0 + mby.end()) <= 40), None)  # "claimed by the BLA"
            if got is not None:
                a1, claimed = got, True
        m = BLAME.search(ctext) if _has(ctext.lower(), ("blame", "accus", "held")) else None
        if m and re.search(r"\b(?:for|of)\b", ctext[m.end():]):
            got = after(m.end(), limit=60)
            if got is not None:
                a1, claimed = got, True
        pairs = []
        for t in trigs:
            if t.role not in ("event", "blast", "weaponverb", "sd", "territory"):
                continue
            x1 = x2 = None
            pre = ctext[:t.start]
            over = [a for a in acts if a.start < c0 + t.end and c0 + t.start < a.end]
            if any(a.kind in ("protesters", "rioters") for a in over):
                continue  # "protesters" names the actor; it is not the verb
            mby0 = re.match(r"\s*by\s+", ctext[t.end:t.end + 10]) if t.text.lower().endswith("ing") else None
            if mby0:
                x1 = after(t.end + mby0.end(), limit=15)  # "shelling by the RSF hit the hospital"
                mv = re.search(r"\b(?:hit|struck|killed|targeted|destroyed|damaged)\s+", ctext[t.end:t.end + 80])
                if mv:
                    x2 = after(t.end + mv.end(), limit=40)
            elif t.role == "sd" and INVERT.match(t.text):
                x2 = before(t.start)
            elif PASSIVE_BEFORE.search(pre[-30:]) or t.text.lower().startswith("came under"):
                came = t.text.lower().startswith("came under")
                x2 = before(t.start) if not came else before(t.start, skip_pp=False)
                mby = re.search(r"\bby\s+" if not came else r"^\s*(?:by|from)\s+", ctext[t.end:t.end + 60])
                if mby:
                    x1 = agent(t.end + mby.end(), limit=20)
                if x1 is None and came and over:
                    x1 = over[0]  # "came under fire from the Ukrainian side": the side that fired
            elif E.is_nominal(t) and REPELLED.search(pre[-50:]):
                # "army units repelled an attack launched by terrorist groups": the subject was attacked
                x2 = before(t.start)
                mby = re.search(r"\bby\s+", ctext[t.end:t.end + 60])
                x1 = agent(t.end + mby.end(), limit=20) if mby else (over[0] if over else None)  # "Russian assaults"
            elif E.is_nominal(t):
                if over:
                    x1 = over[0]
                else:
                    b = before(t.start, skip_pp=False)
                    gap = self.norm[b.end:c0 + t.start] if b is not None else ""
                    if b is not None and (re.fullmatch(r"[\s\w'’()-]{0,30}", gap) and not re.search(
                            r"\b(?:on|against|at|of|in|with|and|by|was|were|is|are)\s", gap) or RESPONDED.fullmatch(gap)):
                        x1 = b  # "the army responded with artillery fire": the subject fired
                post = ctext[t.end:]
                mb = BETWEEN.match(post) or (re.match(r"\s*(?:the\s+)?", post) if t.text.lower().endswith("between") else None)
                if mb:
                    x1 = agent(t.end + mb.end(), limit=10)
                    if x1 is not None:
                        x2 = after(x1.end - c0, limit=20)
                else:
                    mo = OBJ_PREP.match(post)
                    if mo:
                        x2 = after(t.end + mo.end(), limit=25)
                    mby = re.match(r"^\s*(?:[\w'’-]+\s+){0,2}?by\s+", post)
                    if mby and x1 is None:
                        x1 = agent(t.end + mby.end(), limit=20)
                    mw = re.match(r"\s+with\s+", post) if RECIPROCAL.match(t.text) or FIGHT_NOUN.match(t.text) else None
                    if mw is not None and x2 is None:
                        # "police rescued six hostages after a gun battle with the kidnappers": the subject fought them
                        x2 = after(t.end + mw.end(), limit=20)
                        if x1 is None and x2 is not None:
                            x1 = next((a for a in acts if a.end <= c0 + t.start and a.actor != x2.actor
                                       and not PP_BEFORE.search(ctext[max(0, a.start - c0 - 30):a.start - c0])), None)
            elif re.match(r"(?i)(?:fighting|clashes|battles?|heavy|fierce)\b", t.text) and BETWEEN.match(ctext[t.end:]):
                # "the fighting, which erupted late Monday between the 444 Brigade and Rada": the two sides
                x1 = agent(t.end + BETWEEN.match(ctext[t.end:]).end(), limit=10)
                x2 = after(x1.end - c0, limit=20) if x1 is not None else None
            else:
                x1 = over[0] if over and over[0].start < c0 + t.start else before(t.start)
                if x1 is not None and x1 not in over and SUBORD.search(self.norm, x1.end, c0 + t.start):
                    x1 = None  # "al-Arouri, deputy head of Hamas, was killed when a drone struck": not Hamas's strike
                if x1 is not None and re.fullmatch(r"(?i)killing|wounding|injuring|leaving", t.text) \
                        and re.search(r",\s*$", pre) and re.search(r"\b(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$",
                                                                     ctext[max(0, x1.start - c0 - 30):x1.start - c0]):
                    # "Army units destroyed positions of terrorist organizations, killing many": the subject kills
                    subj = next((a for a in acts if a.end <= c0 + t.start and not PP_BEFORE.search(
                        ctext[max(0, a.start - c0 - 30):a.start - c0]) and not re.search(
                        r"\b(?:of|from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", ctext[max(0, a.start - c0 - 30):a.start - c0])), None)
                    if subj is not None and subj.actor != x1.actor:
                        x1 = subj
                if x1 is not None and re.fullmatch(r"(?i)killing|wounding|injuring|leaving", t.text) \
                        and re.search(r",\s*$", pre) and any(
                            u.role in ("event", "blast", "weaponverb") and u.end <= x1.start - c0 for u in trigs
                            if u is not t):
                    # "a roadside bomb struck a police van, killing three policemen": the van is what was hit, the
                    # killing is the bomb's (the main clause's subject), not the police's
                    subj = next((a for a in acts if a.end <= c0 + next(
                        u.start for u in trigs if u.role in ("event", "blast", "weaponverb") and u is not t)), None)
                    x1 = subj
                x2 = after(t.end)
                if x2 is not None and x1 is not None and x2.start < x1.end:
                    x2 = None
                if x1 is not None and x1 in acts:
                    j = acts.index(x1)
                    if j > 0 and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}",
                                              self.norm[acts[j - 1].end:x1.start]):
                        if RECIPROCAL.match(t.text):
                            x1, x2 = acts[j - 1], x1  # "M23 rebels and the army fought": the two sides
                        else:
                            x1 = acts[j - 1]  # "US and UK forces struck": the first named leads
            if x1 is not None and x2 is not None and x1.actor == x2.actor and x1.kind not in ("protesters", "rioters") \
                    and not (x1.kind in ("unidentified", "armed group", "militia") and x1.end < x2.start and re.search(
                        r"(?i)\bbetween\b", ctext[max(0, x1.start - c0 - 40):x1.start - c0])):
                x2 = None  # (but "fighting between rival gangs / members of two gangs" keeps both sides)
            pairs.append((x1, x2))
        full = [p for p in pairs if p[0] is not None and p[1] is not None]
        if full and a1 is None:
            a1, a2 = full[0]
        else:
            for x1, x2 in pairs:
                if a1 is None and x1 is not None:
                    a1 = x1
                if a2 is None and x2 is not None and (a1 is None or x2.actor != a1.actor):
                    a2 = x2
        if a1 is None:
            # "Israel said it struck Hezbollah targets": the speaker is the pronoun's referent
            for t in trigs:
                if t.role in ("event", "blast", "weaponverb") and not E.is_nominal(t):
                    mp = PRONOUN_SUBJ.search(ctext[max(0, t.start - 40):t.start])
                    if mp:
                        pos = c0 + max(0, t.start - 40) + mp.start()
                        spk = next((a for a in reversed(all_acts) if a.end <= pos), None)
                        if spk is not None and spk.kind in ("state forces", "armed group", "militia", "police"):
                            a1 = spk
                    break
        demo = any(t.event_type in ("Protests", "Riots") for t in trigs if t.role == "event")
        if a1 is not None and a1.kind == "civilians" and not demo:
            # civilians do not carry out attacks: "a market ..., killing 12 civilians" names victims twice
            a1, a2 = None, (a2 or a1)
            first = next((t for t in trigs if t.role in ("event", "blast", "weaponverb")), None)
            subj = next((a for a in acts if first is not None and a.end <= c0 + first.start
                         and a.kind in ("state forces", "police", "armed group", "militia", "unidentified")
                         and not PP_BEFORE.search(ctext[max(0, a.start - c0 - 30):a.start - c0])), None)
            if subj is not None and subj.actor != a2.actor:
                a1 = subj  # "soldiers went door to door, pulling men out of their homes and shooting them"
        if a2 is None:
            for a in acts:
                if a.kind == "civilians" and a is not a1:
                    a2 = a
                    break
        if a2 is None and a1 is not None and a1.kind not in ("protesters", "rioters", "civilians"):
            for a in acts:  # "the death of two members of regime forces ... in an attack by ISIS cells"
                if a.actor != a1.actor and a.kind in ("state forces", "police", "armed group", "militia") and not (
                        re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", self.norm[min(a.end, a1.end):max(a.start, a1.start)])):
                    a2 = a
                    break
        if victims and (a2 is None or a2.kind == "civilians" and victims[0].kind != "civilians") \
                and (a1 is None or victims[0].actor != a1.actor):
            a2 = victims[0]
        mw = WITH_SIDE.search(ctext) if victims and " with " in ctext else None
        if mw is not None:
            # "Two soldiers were wounded in a firefight with about 15 NPA guerrillas": the other side fought them
            other = after(mw.end(), limit=40)
            if other is not None and other.actor != victims[0].actor:
                a1, a2 = other, victims[0]
        if a1 is None and a2 is None and any(t.role == "territory" or (t.role == "event" and E.MUTUAL.fullmatch(t.text))
                                             for t in trigs):
            # "Somali forces backed by clan militias recaptured the village from al-Shabaab after heavy fighting": the
            # clause's subject and the other armed side named in it
            armed = [a for a in acts if a.kind in ("state forces", "police", "armed group", "militia")]
            subj = next((a for a in armed if not PP_BEFORE.search(ctext[max(0, a.start - c0 - 30):a.start - c0])), None)
            other = next((a for a in armed if subj is not None and a.actor != subj.actor and a.start > subj.start), None)
            if subj is not None and other is not None:
                a1, a2 = subj, other
        if a1 is not None and a2 is not None and a1.actor == a2.actor and a1.kind not in ("protesters", "rioters"):
            a2 = None
        return a1, a2, claimed

    # ---- merging -------------------------------------------------------------------------------------
    def find_candidate(self, etype, si, when, prefer=None, reach=LOOKBACK_SENTS):
        pool = ([prefer] if prefer is not None else []) + list(reversed(self.incidents[-LOOKBACK_INCIDENTS:]))
        for inc in pool:
            if si - inc.sents[-1] > reach:
                continue
            if etype not in COMPAT.get(inc.etype, ()) and "Strategic developments" not in (etype, inc.etype):
                continue
            if inc.sub == "Disrupted weapons use" and etype != inc.etype:
                continue  # "the strikes hit defence plants" is not the interception told before
            if when is not None and not (when.known and inc.when.known and abs((when.event_date - inc.when.event_date).days) <= 1
                                         or when.same_day(inc.when) or (
                                             not inc.explicit_date and when.known and inc.when.known
                                             and inc.when.date_start <= when.event_date <= inc.when.date_end)):
                continue  # (an undated lede's window takes the day a later sentence gives)
            return inc
        return None

    def same_day_place(self, etype, when, place, si):
        for inc in reversed(self.incidents[-LOOKBACK_INCIDENTS:]):
            if si - inc.sents[-1] > LOOKBACK_SENTS or inc.place is None or when is None:
                continue
            if inc.when.same_day(when) and inc.place.name == place.name and (
                    etype in COMPAT.get(inc.etype, ()) and (etype == inc.etype or "Strategic developments" in (etype, inc.etype))) \
                    and not (inc.sub == "Disrupted weapons use" and etype != inc.etype):
                return inc  # (shelling of a city is not the interception of drones over its region told before)
        return None

    def merge(self, inc: Inc, si, c0, c1, etype, sub, a1, a2, claimed, place, prank, pprec, fat, srcs, explicit, when):
        if si not in inc.sents:
            inc.sents.append(si)
        inc.spans.append((c0, c1))
        inc.ended = self._end(c0, c1)
        if inc.etype == "Strategic developments" and etype != "Strategic developments":
            inc.etype, inc.sub = etype, sub
            if inc.actor1 is not None and inc.actor2 is None:
                inc.actor2, inc.actor1 = inc.actor1, None
        if explicit and not inc.explicit_date and when is not None:
            inc.when, inc.explicit_date = when, True
        if etype == inc.etype == "Battles" and sub in ("Non-state actor overtakes territory", "Government regains territory") \
                and inc.sub == "Armed clash":
            inc.sub = sub  # "captured a base after a week-long battle ... took control of the base on Saturday"
        if inc.sub_weak and etype == inc.etype == E.ERV and sub and not getattr(self, "_weak_sub", True):
            inc.sub, inc.sub_weak = sub, False  # "explosions are heard in Kyiv" then "Russian missiles struck Kyiv"
        if etype == "Strategic developments" and inc.etype != "Strategic developments":
            a1 = a2 = None  # "troops arrested three suspects" after an attack: not the attack's sides
            place = None  # "after Rada detained the commander at Mitiga airport": not where the fighting was
        cop = next((x for x in (a1, a2) if x is not None and x.kind in ("police", "state forces")), None)
        if inc.etype == "Protests" and etype == "Protests" and cop is not None:
            # "Police fired tear gas to disperse the protesters": the police act on the protest, they do not protest
            if sub in ("Protest with intervention", "Excessive force against protesters") and \
                    E.SUB_RANK.get(sub, 9) == 9 and inc.sub == "Peaceful protest":
                inc.sub = sub
            if inc.actor2 is None:
                inc.actor2 = cop
            a1 = a2 = None
        better = a1 is not None and (inc.actor1 is None or inc.actor1.kind == "unidentified") and not (
            a2 is not None and inc.actor1 is not None and a2.actor == inc.actor1.actor)  # "the attacker was killed by police"
        if better and not (inc.actor2 is not None and a1.actor == inc.actor2.actor and a1.kind not in ("protesters",)):
            inc.actor1 = a1
            inc.actor1_claimed = inc.actor1_claimed or claimed
            if claimed:
                inc.notes.append(f"actor1 from a claim or accusation: {a1.actor}")
        if inc.actor2 is None and inc.actor1 is not None and a1 is not None and a2 is not None \
                and a2.actor == inc.actor1.actor and a1.actor != inc.actor1.actor and etype == "Battles":
            inc.actor2 = a1  # the same battle told from the other side: "Ukrainian forces repelled Russian attacks"
        if a2 is not None and inc.actor2 is None and (inc.actor1 is None or a2.actor != inc.actor1.actor):
            inc.actor2 = a2
            if a2.kind == "civilians" and inc.etype == "Battles" and a1 is None and inc.actor1 is not None \
                    and inc.actor1.kind not in ("civilians", "protesters", "rioters"):
                # "soldiers went door to door, shooting them ... 45 civilians were killed": armed men on civilians
                inc.etype, inc.sub = "Violence against civilians", "Attack"
        if place is not None and prank < inc.place_rank:
            same_country = inc.place is None or getattr(inc.place, "country", None) == getattr(place, "country", None)
            if same_country:
                inc.place, inc.place_rank, inc.place_precision = place, prank, pprec
        if fat is not None:
            sides = N.victim_sides(self.norm[c0:c1])
            ctext = self.norm[c0:c1]
            nxt = self.norm[c1:self.sents[si + 1][1]] if si + 1 < len(self.sents) else ""
            if inc.fatalities is not None and sides and inc.victims and not (sides & inc.victims) \
                    and inc.etype not in ("Protests", "Riots") \
                    and not PARTY_CLAIM.search(ctext) and not UNVERIFIED.match(nxt):
                # "killed three terrorists ... two soldiers embraced martyrdom": another side's dead, same event
                inc.fatalities += fat
                inc.notes.append(f"fatalities add {fat} {'/'.join(sorted(sides))} killed")
                inc.victims |= sides
                return
            inc.fatality_claims.append({"source": srcs[0] if srcs else None, "fatalities": fat})
            if inc.fatalities is None:
                inc.fatalities = fat
                inc.victims |= sides

    # ---- output --------------------------------------------------------------------------------------
    def _drop_summaries(self) -> None:
        """'The US and Britain struck 60 targets across Yemen' then 'explosions shook Sanaa, Hodeidah and Saada': a
        country-wide lede told again place by place is those events (their sides), not one more event."""
        keep = []
        for i, inc in enumerate(self.incidents):
            vague = inc.place is None or getattr(inc.place, "kind", "") in ("country", "admin1", "region")
            if not vague or inc.etype == "Strategic developments":
                keep.append(inc)
                continue
            country = inc.place.country if inc.place is not None else self.country
            parts = []
            for j in self.incidents[i + 1:i + 1 + LOOKBACK_INCIDENTS]:
                if j.etype == inc.etype and j.place is not None and KIND_RANK.get(getattr(j.place, "kind", ""), 1) < (
                        KIND_RANK.get(getattr(inc.place, "kind", ""), 4) if inc.place is not None else 4) \
                        and j.sents[0] - inc.sents[-1] <= 3 and j.when.same_day(inc.when) \
                        and ((self._inside(j.place, inc.place) if inc.place is not None else j.place.country == country)
                             or any(j.sents[0] == p.sents[0] for p in parts)):
                    parts.append(j)  # (a part told in the same sentence as another part may lie across a border)
            parts = [j for j in parts if not ANOTHER_PART.search(self.norm[self.sents[j.sents[0]][0]:self.sents[j.sents[0]][1]])]
            known = [j.fatalities for j in parts if j.fatalities is not None]
            if not parts or (inc.fatalities is not None and sum(known) > inc.fatalities):
                keep.append(inc)  # ("in a separate attack", or more dead than the lede counts: other events)
                continue
            for j in parts:
                if j.actor1 is None or j.actor1.kind == "unidentified":
                    j.actor1, j.actor1_claimed = inc.actor1 or j.actor1, j.actor1_claimed or inc.actor1_claimed
                if j.actor2 is None and (j.actor1 is None or inc.actor2 is None or inc.actor2.actor != j.actor1.actor):
                    j.actor2 = inc.actor2
                for si in inc.sents:
                    if si not in j.sents:
                        j.sents.insert(0, si)
            if len(parts) == 1 and parts[0].fatalities is None and inc.fatalities is not None:
                parts[0].fatalities = inc.fatalities
                parts[0].fatality_claims = inc.fatality_claims + parts[0].fatality_claims
        self.incidents = keep

    def _dedupe(self) -> None:
        """'Key takeaways: Russian forces continued attacks near Robotyne' and the body's 'Ukrainian forces repelled 12
        Russian attacks near Robotyne': one event per day, place, type and pair of sides (ACLED's unit)."""
        keep: list[Inc] = []
        for inc in self.incidents:
            twin = None
            if inc.place is not None and inc.etype != "Strategic developments":
                for k in keep[-3 * LOOKBACK_INCIDENTS:]:
                    if k.etype == inc.etype and k.place is not None and (k.place.name == inc.place.name or (
                            "site" in (getattr(k.place, "kind", ""), getattr(inc.place, "kind", ""))  # (an airport, its town)
                            and KIND_RANK.get(getattr(k.place, "kind", ""), 1) < 2 and KIND_RANK.get(getattr(inc.place, "kind", ""), 1) < 2
                            and _km(k.place, inc.place) <= 10)) \
                            and k.when.known and inc.when.known and k.when.event_date == inc.when.event_date:
                        sides = {x.actor for x in (k.actor1, k.actor2, inc.actor1, inc.actor2)
                                 if x is not None and x.kind not in ("unidentified", "civilians")}
                        named = [x for x in (k.actor1, inc.actor1) if x is not None and x.kind not in ("unidentified",)]
                        rivals = len(named) == 2 and named[0].actor != named[1].actor and (inc.etype != "Battles" or not (
                            k.actor2 is not None and k.actor2.actor == inc.actor1.actor) and not (
                            inc.actor2 is not None and inc.actor2.actor == k.actor1.actor))  # (a battle: the other side's account)
                        if len(sides) <= 2 and not rivals and (k.fatalities is None or inc.fatalities is None
                                                                or k.fatalities == inc.fatalities):
                            twin = k
                            break
            if twin is None:
                keep.append(inc)
                continue
            for x in (inc.actor1, inc.actor2):
                if x is None or x.actor in {y.actor for y in (twin.actor1, twin.actor2) if y is not None}:
                    continue
                if twin.actor1 is None:
                    twin.actor1 = x
                elif twin.actor2 is None:
                    twin.actor2 = x
            twin.sents = sorted(set(twin.sents) | set(inc.sents))
            if twin.fatalities is None and inc.fatalities is not None:
                twin.fatalities, twin.fatality_claims = inc.fatalities, twin.fatality_claims + inc.fatality_claims
            if twin.sub_weak and not inc.sub_weak:
                twin.sub, twin.sub_weak = inc.sub, False
        self.incidents = keep

    def _sides_from_context(self) -> None:
        """'Positional engagements continued near Bohdanivka' in an update whose other battles are all Russia against
        Ukraine: a battle with no sides named is fought between the article's one pair of sides."""
        pairs: dict = {}
        for inc in self.incidents:
            if inc.etype == "Battles" and inc.actor1 is not None and inc.actor2 is not None \
                    and inc.actor1.kind not in ("unidentified", "civilians") and inc.actor2.kind not in ("unidentified", "civilians"):
                key = frozenset((inc.actor1.actor, inc.actor2.actor))
                pairs.setdefault(key, []).append(inc)
        if len(pairs) != 1:
            return
        (key, incs), = pairs.items()
        if len(incs) < 2:
            return
        for inc in self.incidents:
            if inc.etype == "Battles" and inc.actor1 is None and inc.actor2 is None:
                inc.actor1, inc.actor2 = incs[0].actor1, incs[0].actor2
                inc.notes.append("sides from the article's other battles")

    def _weapon_nearby(self) -> None:
        """'Explosions shook Sanaa' (a sound, not a weapon): a default sub-type takes the weapon the sentences around
        name most ('Tomahawk missiles'), missiles before aircraft on a tie; else it stays an IED / air strike."""
        for inc in self.incidents:
            if inc.etype != E.ERV or not inc.sub_weak:
                continue
            lo = max(0, min(inc.sents) - 1)
            hi = min(len(self.sents) - 1, max(inc.sents) + 3)
            counts: dict = {}
            for si in range(lo, hi + 1):
                for t in self._sent_trigs.get(si, ()):
                    if t.role == "instrument" and t.sub_event_type:
                        counts[t.sub_event_type] = counts.get(t.sub_event_type, 0) + 1
            if counts:
                best = max(counts, key=lambda k: (counts[k], k == "Shelling/artillery/missile attack"))
                if best != inc.sub:
                    inc.sub = best
                    inc.notes.append(f"sub-type from the weapons named nearby: {best}")

    def finish(self) -> list[dict]:
        self._drop_summaries()
        self._dedupe()
        self._sides_from_context()
        self._weapon_nearby()
        out = []
        for idx, inc in enumerate(self.incidents):
            self._identify_attackers(inc)
            out.append(self.to_dict(inc))
        # attributions point at the incidents they back
        for a in self.attrs:
            if isinstance(a, dict):
                a.setdefault("incidents", [])
        for idx, inc in enumerate(self.incidents):
            for si in inc.sents:
                for a in self.src_by_sent.get(si, []):
                    if idx not in a["incidents"]:
                        a["incidents"].append(idx)
        return out

    def _identify_attackers(self, inc: Inc):
        """'gunmen opened fire ...' then 'the attackers, whom it described as Islamic State cells': name them."""
        if inc.actor1 is None or inc.actor1.kind != "unidentified" or not GENERIC_ATTACKER.match(inc.actor1.text.strip()):
            return
        last = inc.sents[-1]
        lo = self.sents[inc.sents[0]][0]
        hi = self.sents[min(len(self.sents) - 1, last + 2)][1]
        for a in self.actors_in(lo, hi):
            if a.extra.get("identified_as") and a.start > inc.actor1.start:
                inc.actor1 = a
                return

    def _localise(self, a, inc: Inc, country):
        """'Taliban security forces raided a hideout in Kandahar' in an article mostly about Libya: a bare 'security
        forces' whose country the paragraph never names are the forces of the country where it happened."""
        if a is None or not country or not a.extra.get("generic") or a.extra.get("local") or a.country == country \
                or a.kind not in ("state forces", "police") or "{country}" not in a.extra.get("template_name", ""):
            return a
        s0 = self.sents[min(inc.sents)][0]
        lo = self.text.rfind("\n\n", 0, s0)
        hi = self.text.find("\n\n", self._end(*self.sents[max(inc.sents)]))
        para = self.norm[lo + 1 if lo >= 0 else 0: hi if hi >= 0 else len(self.norm)]
        rx, by_word, _names = _country_words()
        named = {by_word.get(m.group(0).lower()) for m in rx.finditer(para)}
        named |= {pm.place.country for pm in self.places_in(lo + 1 if lo >= 0 else 0, hi if hi >= 0 else len(self.text))
                  if pm.place is not None}
        if a.country in named:
            return a
        from sitrep.extract.actors import _fill

        name = _fill(a.extra["template_name"], country)
        return dataclasses.replace(a, actor=name, country=country) if name else a

    @staticmethod
    def _actor_name(a, country) -> str | None:
        """ACLED names generic actors by country: 'Civilians (Sudan)', 'Unidentified Armed Group (Iraq)'."""
        if a is None:
            return None
        if a.kind in ("civilians", "protesters", "rioters", "unidentified") and country and "(" not in a.actor:
            return f"{a.actor} ({country})"
        return a.actor

    def to_dict(self, inc: Inc) -> dict:
        p = inc.place
        if p is None:
            country = self.country
            pt = _country_points().get(country) if country else None
            loc = {"location": country or "", "admin1": None, "country": country,
                   "latitude": pt[0] if pt else None, "longitude": pt[1] if pt else None, "geo_precision": 3}
        else:
            prec = inc.place_precision
            if getattr(p, "kind", "") in ("admin1", "country", "region"):
                prec = 3
            loc = {"location": p.name, "admin1": p.admin1, "country": p.country, "latitude": p.latitude,
                   "longitude": p.longitude, "geo_precision": int(min(3, max(1, prec)))}
        sources = []
        claims = list(inc.fatality_claims)
        for si in inc.sents:
            for a in self.src_by_sent.get(si, []):
                if a.get("kind") == "denial":
                    continue
                for name in (a.get("source"), a.get("via")):
                    if name and name not in sources:
                        sources.append(name)
                spans_hit = any(isinstance(a.get("start"), int) and isinstance(a.get("end"), int)
                                and a["start"] < c1 and c0 < a["end"] for c0, c1 in inc.spans)
                has_claim = any(c["source"] == a.get("source") for c in claims)
                for fig in (a.get("figures") or []) if spans_hit and not has_claim else []:  # each source's own figure
                    if isinstance(fig, int) and not any(c["source"] == a.get("source") and c["fatalities"] == fig
                                                        for c in claims):
                        claims.append({"source": a.get("source"), "fatalities": fig})
        if len({c["fatalities"] for c in claims}) <= 1 and claims and inc.fatalities is not None:
            claims = [c for c in claims if c["fatalities"] == inc.fatalities][:1] or claims[:1]
        evidence = []
        for si in sorted(set(inc.sents)):
            a, b = self.sents[si]
            while b > a and self.text[b - 1].isspace():
                b -= 1
            evidence.append({"start": a, "end": b, "text": self.text[a:b]})
        w = inc.when
        a1 = inc.actor1
        if a1 is None and inc.etype in ("Protests", "Riots"):
            # ACLED names an unnamed crowd by its country: "Protesters (Mexico)", "Rioters (India)"
            a1 = ActorMention(start=0, end=0, text="", actor="Protesters" if inc.etype == "Protests" else "Rioters",
                              kind="protesters" if inc.etype == "Protests" else "rioters", country=loc["country"],
                              extra={"implied": True})
        d = {
            "event_date": _iso(w.event_date), "date_start": _iso(w.date_start),
            "date_end": _iso(w.date_end), "time_precision": w.precision,
            "event_type": inc.etype, "sub_event_type": inc.sub,
            "actor1": self._actor_name(self._localise(a1, inc, loc["country"]), loc["country"]),
            "actor2": self._actor_name(self._localise(inc.actor2, inc, loc["country"]), loc["country"]),
            **loc,
            "fatalities": inc.fatalities,
            "sources": sources,
            "evidence": evidence,
            "actor1_claimed": bool(inc.actor1_claimed),
            "fatality_claims": claims,
        }
        if inc.notes:
            d["notes"] = "; ".join(dict.fromkeys(inc.notes))
        return d


def build_incidents(doc) -> list[dict]:
    b = Builder(doc)
    b.run()
    return b.finish()


@Language.component("sitrep_incidents")
def sitrep_incidents(doc):
    for name in ("places", "actors", "attributions"):
        if getattr(doc._, name) is None:
            setattr(doc._, name, [])
    doc._.incidents = build_incidents(doc)
    return doc
