"""German: how people write about wanting to die, hurting themselves, and getting ready.

Written like `core/safety/en.py` (read its docstring): patterns over folded clauses. German
tokens are folded further (`core.safety.text.german`): ä/ae → a, ö/oe → o, ü/ue → u, ß → ss,
so "müde", "muede" and "mude" are one word, "wäre" is "ware", "hängen" is "hangen", and
"Feuer" is "feur". Every pattern here is written in that form.

What German needs beyond English:

- Word order. The verb is second in a main clause ("ich will sterben"), last in a
  subordinate one ("weil ich sterben will"), first in a question, and a fronted infinitive
  moves it again ("umbringen will ich mich"). Rules come in both orders.
- Separable verbs and zu-infinitives: "ich bringe mich um", "mich umzubringen",
  "mir das Leben zu nehmen", "aufzuwachen". The particle ("um", "auf") may close the clause.
- Pronouns say whose it is: "mich/mir" hers, "sich" someone else's (owner fixed in the rule).
- Negation mostly stands after the verb ("ich will nicht sterben"): gaps inside a rule skip
  no negator ({GAPN}), and DENIAL spans catch a negation after the hit ("sterben will ich
  nicht", "Selbstmordgedanken hab ich keine").
- Compounds ("Selbstmordgedanken", "Suizidversuch", "Schlaftabletten", "Abschiedsbrief") are
  matched by their stems, without writing the long words themselves (the speller would
  otherwise mend English "suicidal" into German "suizidal").
- Dialect and chat: Bavarian/Austrian "i", "mi", "ned", "nimma", "a", "des", "koaner",
  "gschnitten"; Swiss "nüm(me)" (numm), "läbe" (labe), "ufwache", "ig"; chat "nich", "hab",
  "is", "grad", "ne", "n", "iwie", lowercase nouns.
- Words shared with English ("will", "last", "gift", "so", "die") never stand alone in a rule.
"""

from __future__ import annotations

import re

from core.safety.anchors import KEY, all_anchors, cost
from core.safety.engine import Lexicon, alternatives, whole_words
from core.safety.engine import lexicon as build
from core.safety.text import german


def _h(words: str) -> str:
    """Words a match needs but the index should not use: too common to narrow anything down.

    The lookahead keeps them out of a rule's anchors (`core.safety.anchors`), so the rule is
    found by its distinctive words ("sterben", "Tabletten"), not by "ich", "dann" or "mein".
    """
    return r"(?=(?:" + words + r") )\w+"


M: dict[str, str] = {}

# --- building blocks ----------------------------------------------------------------------
M["GAP"] = r"(?:\w+ ){0,3}"
M["GAPFIVE"] = r"(?:\w+ ){0,5}"
M["NEGWORD"] = (
    r"nicht|nich|nit|net|ned|nid|nod|nie|niemals|nimmer|nimma|kein|keine|keinen|keinem|"
    r"keiner|keinesfalls|nix|nichts|niemand|koa|koan|koane|nein|nee"
)
# A gap that does not skip a negation: "ich will (wirklich) sterben", not "ich will nicht sterben".
M["GAPN"] = r"(?:(?!(?:{NEGWORD}) )\w+ ){0,3}"
M["GAPNFIVE"] = r"(?:(?!(?:{NEGWORD}) )\w+ ){0,5}"
M["START"] = r"(?<=^ )"
# "ich" and its dialect forms; the lookahead keeps these common words out of the index.
M["ICH"] = r"(?=(?:ich|i|ih|ig|isch|xich|xi) )\w+"
M["MICH"] = _h("mich|mi|mech|mii")
M["MIR"] = _h("mir|mia|mer|ma")
M["ME"] = _h("mich|mi|mech|mir|mia")
M["SICH"] = _h("sich|si|xmich|xmir|xmi")
M["NOMORE"] = (
    r"nicht mehr|nich mehr|nit mehr|net mehr|ned mehr|nid mehr|nod mehr|nichtmehr|nichmehr|"
    r"nimmer|nimma|nimmer mehr|nimmermehr|nimmi|nimme|nimmr|numm|numme|nummi|numma|num|"
    r"nie mehr|nie wieder|niemals mehr|niemals wieder|keine sekunde (?:mehr|langer)|"
    r"nicht langer|nich langer|nicht wieder|nich wieder|ned wieder|nimma wieder|ni mehr|nimme meh|"
    r"numme meh|nid meh|nume|nume meh|nod meh|nod meh|kei meh|nicht meh|nich meh|nee mehr|nüscht mehr|nuscht mehr|"
    r"nicht mer|nich mer|nit mer|ned mer|net mer|nich mehr"
)
# Wanting and wishing, in every person the verb has (whose it is comes from the subject).
M["WANT"] = (
    r"will|wil|wll|wollt|wollte|wolt|wollen|mag|mog|mochte|mocht|mochti|mochtest|mecht|"
    r"mechat|wui|wu|wott|wett|woit|wunsch|wunsche|wunscht|wunschte|wunschen|wunschi|"
    r"wurde gern|wurde gerne|wurd gern|wurd gerne|wurd so gern|wurde so gerne|hatte gern|"
    r"ware gern|ware gerne|ware so gern|ware so gerne|war so gern|war so gerne|war gern|war gerne|"
    r"hoffe|hoff|hoffen|hoffentlich|sehne mich|sehn mich|sehne mi|bete|bet|am liebsten|"
    r"am liebste|am liebschte|am liabsten|am liebstn|lieber|will einfach|will nur|mocht nur"
)
M["SEIN"] = r"sein|sei|si|bleiben"
# Being dead, in the words that follow a wish ("ich will ... sterben").
M["DIE"] = (
    r"sterben|sterbn|sterbe|sterba|sterb|schterbe|schterbn|steben|sterbem|sterbenn|"
    r"tot sein|tot si|tod sein|tot umfallen|tot umfalle|tod umfallen|gestorben sein|"
    r"abkratzen|abkratze|abnippeln|abnibbeln|verrecken|verrecke|krepieren|draufgehen|"
    r"drauf gehen|den loffel abgeben|ins gras beissen|erlost werden|erlost sein|"
    r"fur immer einschlafen|einschlafen fur immer|fur immer (?:weg|fort) (?:sein|si)|"
    r"fur immer verschwinden|fur immer gehen|fur immer ruhe haben|aufhoren zu existieren|"
    r"aufhoren zu leben|nie wieder aufwachen|nie mehr aufwachen|bei (?:gott|jesus) sein|"
    r"in den himmel kommen|heim zu gott|von dieser welt gehen|"
    r"aus dem leben gehen|aus dem leben scheiden|tot(?= $)|tod(?= $)"
)
# Living, being here, waking up: what "nicht mehr" denies ("ich will nicht mehr leben").
M["LIVE"] = (
    r"leben|lebn|lebm|lebe|labe|labn|leba|weiterleben|weiter leben|weiterlebn|"
    r"am leben sein|am leben bleiben|am leben si|existieren|existiern|da sein|da si|do sein|"
    r"hier sein|hier si|do si|auf der welt sein|auf dieser welt sein|auf erden sein|"
    r"aufwachen|aufwachn|aufwache|aufwach|aufwacha|ufwache|ufwacha|erwachen|erwache|erwach|"
    r"aufstehen und leben|atmen|da zu sein|hier zu sein|am leben zu sein|zu leben|zu existieren|"
    r"auf der welt zu sein|aufzuwachen|zu sein|erleben|weiterzuleben|zlabe|z labe|zlebe|labe|da si|do z si|"
    r"da sei|do sei|do sein|hier sei|am lebn|do bleibn|da bleiben|da sii|do sii|da sy|do sy|da zsi|do zsi"
)
M["WAKE"] = (
    r"aufwachen|aufwachn|aufwache|aufwach|aufwacht|aufwacha|aufwachst|ufwache|ufwacha|"
    r"aufzuwachen|aufzuwachn|aufzuwache|erwachen|erwache|erwach|erwacht|zu erwachen|"
    r"aufwache tu|aufwachen tu|wach werden|wachwerden"
)
M["KILL"] = (
    r"umzu bringen|umzu bringe|um zu bringen|umzu bringn|umbr(?!ingt )\w+|umzubr\w+|umzbr\w+|umzub\w+|umbri\w+|umbringen|umbringn|umbring|umbringe|umbrigen|umbrngen|umbringa|umbrengen|umbingen|"
    r"umzubringen|umzubringn|umzubrigen|umzubringe|umzubingen|umzubringa|umzbringa|umzumbringen|unaliven|zu unaliven|unalive|umzbringe|"
    r"abzumelden|auszuloggen|wegzumachen|toten|zu toten|tote|umlegen|"
    r"umzulegen|killen|zu killen|abmurksen|kaltmachen|auszuloschen|ausloschen|vernichten|"
    r"aus dem weg raumen|aus dem weg zu raumen|aus der welt schaffen|aus der welt zu schaffen|aus der welt schaff|aus der welt schaffe|"
    r"beseitigen|zu beseitigen"
)
M["TAKE_LIFE"] = (
    r"das leben|s leben|dis leben|des leben|des lebn|das lebn|mis lebe|s lebe|das labe|slabe|s labe|"
    r"slebe|sleben|dat leben|det leben|mei lebn|mei leben|"
    r"mein leben|mei leben"
)
M["NEHMEN"] = (
    r"nehmen|nehme|nehm|nemen|nehmn|zu nehmen|zunehmen|neh|nimm|nimmt|nehma|zu nehma|znah|z nah|nah|znehme|z neh"
)
M["PILL"] = (
    r"tabletten|tablette|tablettn|tabletn|tableten|tabeletten|tablleten|tabletteb|tablete|"
    r"tabs|tablettchen|pillen|pille|pilln|xpi(?:ll)|schlaftabletten|schlaftablette|"
    r"schlaftablettn|schlaftabletn|schlafpillen|schlafmittel|schlaftabis|beruhigungsmittel|"
    r"beruhigungstabletten|schmerzmittel|schmerztabletten|herztabletten|blutdrucktabletten|"
    r"medikamente|medikament|medikamenten|medis|meds|psychopharmaka|antidepressiva|"
    r"benzos|benzodiazepine|tavor|lorazepam|diazepam|valium|zopiclon|zolpidem|stilnox|"
    r"oxazepam|paracetamol|parazetamol|ibuprofen|ibus|ibu|ibuprofens|aspirin|novalgin|metamizol|tramadol|tilidin|"
    r"fentanyl|oxycodon|morphium|morphin|opiate|opioide|insulin|amitriptylin|mirtazapin|"
    r"quetiapin|seroquel|lithium|trimipramin|doxepin|citalopram|sertralin|venlafaxin|"
    r"promethazin|atosil|betablocker|digitalis|marcumar|blutverdunner|schlaftabeltten|tablten|tabeltten|"
    r"tavor|zopiclon|zopi|herztabletten|schlafmittel|"
    r"morphintabletten|morphiumtabletten|morphiumpflaster|morphinpflaster|opiatpflaster|oxys|oxy|opiattabletten|schmerzpflaster|fentanylpflaster|insulinspritzen|insulinspritze|insulinpen|insulinpens|schlaftablettem|schlafmitel|\w*tropfen|\w*pens|opium|codein|methadon|lyrica"
)
M["POISON"] = (
    r"rattengift|e605|pflanzenschutzmittel|unkrautvernichter|unkrautex|frostschutzmittel|"
    r"frostschutz|abflussreiniger|rohrreiniger|zyankali|arsen|pestizid|pestizide|"
    r"insektizid|schneckenkorn|bleichmittel|chlorreiniger|spiritus|lampenol|gift|giftes|frostschutz|kuhlerfrostschutz|glykol|insektengift"
)
M["ROPE"] = r"strick|seil|siel|sail|schlinge|galgen|henkersknoten|xro(?:pe)|gurtel|kabel|schal"
M["GUN"] = (
    r"waffe|pistole|pistol|gewehr|jagdgewehr|revolver|knarre|flinte|schrotflinte|"
    r"dienstwaffe|schusswaffe|xgun|munition|patronen|kugel|gwehr|flintn|buchse|jagdwaffe|sturmgewehr|"
    r"sturmgwehr|armeewaffe|ordonnanzwaffe|dienstpistole"
)
M["BLADE"] = (
    r"messer|klinge|klingen|rasierklinge|rasierklingen|rasierklingn|skalpell|cutter|"
    r"cuttermesser|teppichmesser|scherbe|scherben|glasscherbe|xkn(?:ife)|xra(?:zor)"
)
M["HIGH"] = (
    r"brucke|brucken|bruckn|bruke|brugge|brucke|xbr(?:idge)|dach|dachs|hochhaus|hochhauses|balkon|kohlbrandbrucke|"
    r"autobahnbrucke|rheinbrucke|talbrucke|eisenbahnbrucke|bruckengelander|aussichtsturm|turm|"
    r"fenster|klippe|klippen|felsen|turm|aussichtsturm|parkhaus|parkhauses|staumauer|"
    r"talsperre|viadukt|autobahnbrucke|eisenbahnbrucke|steinbruch|abgrund|kirchturm|"
    r"stock|stockwerk|etage|obersten stock|dachterrasse|felswand|schlucht"
)
M["TRAIN"] = (
    r"zug|zuge|zugen|zgu|zhg|bahn|sbahn|s bahn|ubahn|u bahn|tram|strassenbahn|lok|ice|"
    r"regionalzug|guterzug|regionalbahn|xtr(?:ain)|gleis|gleise|gleisen|schienen|bahngleise|"
    r"bahngleis|bahnubergang|bahnsteig|bahnstrecke"
)
M["WATER"] = (
    r"see|fluss|flus|rhein|donau|main|elbe|isar|inn|neckar|mosel|aare|limmat|meer|ostsee|"
    r"nordsee|wasser|weiher|teich|kanal|badewanne|wanne|bodensee|stausee|baggersee"
)
M["VEHICLE"] = r"auto|autos|lkw|laster|bus|gegenverkehr|zug|lastwagen|sattelschlepper"
M["MEANS"] = r"{PILL}|{POISON}|{ROPE}|{GUN}|{BLADE}|{HIGH}|{TRAIN}|{WATER}|gas|auspuff|abgase"
M["STRONG_MEANS"] = (
    r"{PILL}|{POISON}|strick|seil|siel|schlinge|galgen|xro(?:pe)|{GUN}|rasierklinge|"
    r"rasierklingen|klinge|klingen|xra(?:zor)|brucke|xbr(?:idge)|gleise|gleisen|schienen|bahngleise"
)
M["QUANTITY"] = (
    r"alle(?! (?:drei|zwei|vier|beide|paar) )|all(?= (?:mini|mine|meine|mei|d|die) )|alli|alles|samtliche|die ganzen|die ganze|ganze|ganzen|eine ganze|ne ganze|"
    r"n ganze|a ganze|an ganze|den ganzen|viele|zu viele|so viele|ganz viele|sehr viele|"
    r"einen haufen|n haufen|nen haufen|haufenweise|massenweise|eine handvoll|ne handvoll|"
    r"handvoll|eine packung|ne packung|a packung|packung|packungen|zwei packungen|"
    r"drei packungen|beide packungen|eine schachtel|ne schachtel|schachtel|schachteln|dose|"
    r"eine dose|ne dose|alle blister|\d{2,3}|\d{2,3} stuck|zwanzig|dreissig|vierzig|"
    r"funfzig|sechzig|siebzig|achtzig|hundert|den rest|den ganzen rest|alle restlichen|"
    r"zehnfache|einen vorrat|das ganze|des ganze|de gonzn|die gonzn|d gonzn|gonze|gonzn|olle|de ganzn|"
    r"die ganzn|die halfte|mehr als die halfte|zwei drittel"
)
M["SWALLOWED"] = (
    r"genommen|gnommen|genomen|genohmen|geschluckt|gschluckt|geschlugt|eingenommen|"
    r"eingeworfen|eingschmissen|eingeschmissen|reingeworfen|reingeschmissen|"
    r"runtergeschluckt|runtergespult|runtergspult|runtergekippt|getrunken|trunken|gegessen|"
    r"gespritzt|injiziert|intus|eingeschmissen|reingehauen|reingepfiffen|eingepfiffen|gnumma|gnumme|"
    r"gnomma|gschluckt|gsoffen|gesoffen|gno|gnoh"
)
M["DAY"] = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
M["MONTH"] = (
    r"januar|janner|februar|feber|marz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember"
)
M["TIME"] = (
    r"heute nacht|heut nacht|heute abend|heut abend|heute noch|heut noch|noch heute|"
    r"diese nacht|in dieser nacht|heint|(?<!guten )(?<!heute )(?<!heut )(?<!gestern )"
    r"(?<!jeden )(?<!am )(?<!den )(?<!eines )(?<!bis )morgen(?: fruh| abend| nacht| mittag| in der fruh| in da fruh)"
    r"|(?<!guten )(?<!heute )(?<!heut )(?<!gestern )(?<!jeden )(?<!am )(?<!den )(?<!eines )(?<!bis )(?:morgen|morgn)"
    r"(?= $| (?:ist es|ist der tag|mach ich|mach ichs|mach ich es|tu ich|tu ichs|tu ich es|bin ich|wird es|werd ich|werde ich|ist schluss|ists|is es|nehm ich|geh ich|spring ich|wenn) )|"
    r"ubermorgen|ab morgen|ab ubermorgen|am wochenende|dieses wochenende|nachstes wochenende|nachste woche|nachste woch|"
    r"nachsten (?:{DAY}|monat|mittwoch)|diese woche|ende der woche|ende des monats|"
    r"anfang des monats|anfang nachsten monats|zum monatsende|am (?:{DAY})(?:abend|nacht)?|"
    r"(?:{DAY})(?:abend|nacht|fruh)?|"
    r"an (?:weihnachten|heiligabend|silvester|neujahr|ostern|pfingsten|muttertag|"
    r"meinem geburtstag|seinem geburtstag|ihrem geburtstag|unserem hochzeitstag|dem tag|"
    r"diesem tag|seinem todestag|ihrem todestag|dem jahrestag)|"
    r"am (?:geburtstag|hochzeitstag|muttertag|todestag|jahrestag|heiligabend|\d{1,2})|"
    r"(?:der|den|dem|zum) (?:\w+ )?(?:geburtstag|hochzeitstag|todestag|jahrestag) (?:von|meiner|meines|seiner|seines|ihrer|ihres|unserer)|"
    r"(?:wenn|sobald|wahrend) (?:alle|keiner|niemand|die kinder) (?:\w+ ){0,2}(?:schlafen|schlaft|eingeschlafen|im bett)|"
    r"nach (?:weihnachten|ostern|silvester|neujahr|den feiertagen|den ferien|dem urlaub|"
    r"der beerdigung|der taufe|der hochzeit|dem fest|der feier|seinem geburtstag|"
    r"ihrem geburtstag|meinem geburtstag|dem geburtstag|der verhandlung|dem termin|"
    r"der kommunion|der konfirmation)|"
    r"vor (?:weihnachten|ostern|silvester)|bis zum \d+|den \d+|zum \d+|nach dem \d+|ostermontag|karfreitag|ostersonntag|pfingstmontag|totensonntag|allerheiligen|"
    r"(?:der|den|am) \d+ (?:{MONTH})|im (?:fruhling|fruhjahr|sommer|herbst|winter|{MONTH})|"
    r"(?:in|innerhalb) (?:einer|ner|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|vierzehn|ein paar|wenigen|\d+) "
    r"(?:stunde|stunden|std|tagen|tag|wochen|minuten|min)|um mitternacht|"
    r"um (?:\d{1,2}|eins|zwei|drei|vier|funf|sechs|zwolf|mitternacht)(?: uhr)?|"
    r"(?:wenn|sobald|sowie|bis|nachdem) (?:\w+ ){0,4}(?:weg|aus dem haus|auf montage|unterwegs|"
    r"verreist|im urlaub|in urlaub|auf urlaub|in den urlaub|im bett|schlafen|eingeschlafen|bei (?:seiner|seinem|ihrer|ihrem|meiner|meinem|der|dem|den) \w+|bei \w+|nicht da|fort|auf dienstreise|auf kur|zur kur|in kur|auf reha|"
    r"vorbei|leer|zuruck|in der arbeit|auf arbeit|zur arbeit|versorgt|erledigt|geregelt|"
    r"unter der erde|begraben|beerdigt|ausgezogen|fertig|eingeschlafert|verkauft|unterschrieben|rum|durch) (?:ist|is|sind|san|seid)|"
    r"(?:wenn|sobald|bis) es dunkel (?:ist|is|wird)|(?:wenns|sobalds|bis es) dunkel (?:ist|is|wird)|"
    r"(?:das haus|die wohnung|des haus|s haus|dhaus|d wohnung|s huus) (?:\w+ )?leer|ende monat|monatsende|"
    r"(?:wenn|sobald) (?:die rente|das geld|die miete) (?:\w+ ){0,3}(?:da|uberwiesen|bezahlt|drauf)|"
    r"nach den (?:sommerferien|herbstferien|osterferien|winterferien|feiertagen)|"
    r"(?:an|zu|bis|nach|vor|ab|zum|fur) (?:silvester|heiligabend|weihnachten|neujahr|ostern|pfingsten|fasching)|"
    r"(?:erster|ersten|zweiter|zweiten|dritter|dritten|vierter|vierten|\d+) advent|(?:bis|zum|bis zum|ins|nach dem) neue(?:n)? jahr|der richtige zeitpunkt|der perfekte zeitpunkt|an dem tag|an diesem tag|"
    r"(?:ende|anfang|mitte) (?:des monats|der woche|{MONTH})|stichtag"
)
M["IMMINENT"] = (
    r"heute nacht|heut nacht|heute abend|heut abend|noch heute|heute noch|heut noch|"
    r"diese nacht|jetzt gleich|gleich jetzt|jetzt sofort|sofort|"
    r"in (?:einer|ner|zwei|drei|ein paar|wenigen|zehn|funf|zwanzig|\d+) "
    r"(?:stunde|stunden|std|minuten|min)|(?:wenn|sobald|bis) es dunkel (?:ist|is|wird)|"
    r"(?:wenns|sobalds) dunkel (?:ist|is|wird)|"
    r"um mitternacht|noch diese nacht|heint"
)
M["PERSON"] = (
    r"sohn|sohne|sohnemann|tochter|tochterl|kind|kinder|kids|enkel|enkelin|enkelkind|"
    r"enkelsohn|enkeltochter|mann|ehemann|exmann|ex|frau|exfrau|freundin|freund|bruder|"
    r"schwester|mama|mami|mutter|mutti|papa|vater|vati|cousin|cousine|nichte|neffe|"
    r"schwiegertochter|schwiegersohn|schwiegermutter|schwiegervater|nachbar|nachbarin|"
    r"kollege|kollegin|bua|bub|bube|buben|madl|madel|maitli|meitli|bekannte|bekannter|"
    r"partner|partnerin|lebensgefahrte|lebensgefahrtin|oma|opa|tante|onkel|patient|"
    r"patientin|schuler|schulerin|junge|madchen|teenager|jugendliche|jugendlicher|"
    r"schwagerin|schwager|patenkind|stiefsohn|stieftochter|gschwister|geschwister|"
    r"tochterchen|kleine|kleiner|grosse|grosser|jungste|altester|alteste|jungster|"
    r"beste freundin|bester freund|freundinnen|freunde|nachbarn|schatz"
)

# A gap of up to four words that skips no negation (for thinking and planning phrases).
M["GAPNFOUR"] = r"(?:(?!(?:{NEGWORD}) )\w+ ){0,4}"
# One optional word that is not a negation and not someone else (a dative object).
M["ONEWORD"] = (
    r"(?:(?!(?:{NEGWORD}|ihr|ihm|ihnen|ihn|sie|meiner|meinem|meinen|meine|der|dem|den|so) )\w+ )?"
)

# Where on the body a hurt is done on purpose (not the fingers and thumbs of kitchen accidents).
M["BODY"] = (
    r"arm|arme|armen|unterarm|unterarme|unterarmen|oberarm|oberarme|oberarmen|handgelenk|"
    r"handgelenke|handgelenken|handrucken|bein|beine|beinen|oberschenkel|"
    r"oberschenkeln|schenkel|wade|waden|bauch|hufte|huften|brust|haut|kopfhaut|gesicht|wangen|"
    r"knochel|rippen|seite"
)
# Hurting oneself by hand: hitting, biting, pinching, scratching, scalding, pressing.
M["HARMV"] = (
    r"gehauen|geschlagen|schlage|schlag|hau|haue|haute|geboxt|boxe|box|gekniffen|kneife|kneif|"
    r"gezwickt|zwicke|gebissen|beisse|beiss|biss|gekratzt|kratze|kratz|aufgekratzt|zerkratzt|"
    r"aufzukratzen|laufen lassen|laufen gelassen|gehalten|gedruckt|gezogen|geschnitten|"
    r"gschnitten|geritzt|gestochen|gerammt|geknallt|ausgerissen|ausgerupft|rausgerissen"
)
# What such a hurt leaves behind.
M["INJURY"] = (
    r"blau|grun und blau|blaue flecken|blaue flecke|blauen flecken|blutig|blutet|bluten|blut kam|"
    r"blut kommt|blut lief|wund|aufplatzt|aufgeplatzt|abdrucke|abdruck|blasen|blase|offen war|"
    r"offen ist|nass ist|nass war|rot sind|rot waren|rot war|striemen|schorf|aufgerissen|geblutet|blutete|kahl|kahle stellen"
)
# Days that stand alone as a date ("Silvester.", "Heiligabend dann.").
M["HOLIDAY"] = r"silvester|heiligabend|weihnachten|neujahr|ostern|pfingsten|muttertag|fasching"

RULES: list[tuple[str, str] | tuple[str, str, dict[str, object]]] = [
    # --- wish to be dead ------------------------------------------------------------------
    # "ich will sterben", "ich möchte einfach nur noch sterben", "hoffe ich sterbe bald"
    (
        "wish_dead",
        r"(?:{WANT}) {GAPN}(?:nur noch |einfach |endlich |bald |schnell |auch )?(?:{DIE})(?! (?:{NEGWORD}) )(?! (?:(?!(?:und|un|aber|oder|weil|doch|dann) )\w+ )?(?:ist|is|sind|war|waren|wird|hat|vor (?:lachen|hunger|durst|langeweile|neugier|scham|angst|schreck)) )(?! (?:zu hause|daheim|in wurde|im kreis|im schlaf|friedlich) )",
    ),
    # verb last: "weil ich sterben will", "dass ich tot sein möchte"; fronted: "sterben will ich"
    (
        "wish_dead",
        r"(?:sterben|sterbn|sterbe|tot sein|tod sein|tot si|abkratzen|verrecken) (?:will|wil|mochte|mocht|mochti|mag|mog|wollte|wollt|wurde gern|wunsche|wunsch|wott|wui|mecht)(?! (?:\w+ )?(?:{NEGWORD}) )",
    ),
    # "ich will nicht mehr leben", "i mog nimma lebn", "ich möcht nüm läbe", "will nicht mehr da sein"
    (
        "wish_dead",
        r"(?:{WANT}|kann und will|will und kann|hab keine lust|hab kein bock|hab keinen bock) {GAP}(?:{NOMORE}) (?:so |einfach |wirklich |richtig |uberhaupt |langer |weiter |auf der welt )?(?:{LIVE}|sein(?= $)|si(?= $)|bi(?= $))(?! (?:zusammen|bei|neben|unter einem|mit (?:ihm|ihr|ihnen|dir|euch|meinem|meiner|dem|der|den|einem|einer)|in (?:\w+ )?(?:wohnung|stadt|haus|dorf|gegend|wg|land|deutschland|osterreich|schweiz|familie)) )",
        {"negatable": False},
    ),
    # verb last: "dass ich nicht mehr leben will", "weil ich nimma aufwachen mag"
    (
        "wish_dead",
        r"(?:{NOMORE}) (?:so |einfach |wirklich |uberhaupt |langer |weiter )?(?:{LIVE}|sein|si) (?:will|wil|mag|mog|mochte|mocht|mochti|wollte|wollt|wott|wui|mecht|wunsche)",
        {"negatable": False},
    ),
    # "nicht mehr aufwachen", "einschlafen und nicht wieder aufwachen", "nümm erwache"
    (
        "wish_dead",
        r"(?:{NOMORE}|nie) (?:einfach |gleich )?(?:{WAKE})(?! (?:wollte|konnte|konnten|konnt|kann|konnen) )",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:wach|wache|wachte) (?:{ICH} )?(?:einfach |dann |morgen |morgens )?(?:{NOMORE}|nie) auf(?= $| (?:und|dann|wars|ware|war|das|des|fur|wurde) )",
        {"negatable": False, "owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:einschlafen|einschlafe|einschlaf|einschlafn|einzuschlafen|einschlafa|eischlafe) (?:und |un |n )?(?:einfach |dann |endlich )?(?:fur immer|(?:{NOMORE}|nie|niemals|nicht|nich|ned) (?:mehr |wieder )?(?:{WAKE}|wach werden))",
        {"negatable": False},
    ),
    # "es wär mir egal, wenn mich ein Auto überfährt"
    (
        "wish_dead",
        r"(?:egal|recht|ok|okay|nur recht|ganz recht|willkommen|nichts dagegen|nix dagegen|wurscht|lieb) (?:\w+ ){0,4}(?:wenn|falls|dass|das) (?:\w+ ){0,5}(?:uberfahrt|uberfahren|uberrollt|niederfahrt|niederfahren|niedafahrt|zammfahrt|zsammfahrt|totfahrt|anfahrt|erwischt|umfahrt|mitnimmt|sterbe|sterben wurde|tot umfall\w*|umkipp\w*|reinfahrt|(?:{NOMORE}) aufwach\w*|tot bin|tot ware|tot war|einschlafe und)",
    ),
    (
        "wish_dead",
        r"(?:wenn|falls) (?:\w+ ){0,5}(?:uberfahrt|uberfahren|uberrollt|niederfahrt|niederfahren|niedafahrt|zammfahrt|zsammfahrt|totfahrt|anfahrt|erwischt|umfahrt|mitnimmt|sterbe|sterben wurde|tot umfall\w*|umkipp\w*|reinfahrt|(?:{NOMORE}) aufwach\w*) (?:\w+ ){0,2}(?:ware|war|waer|ist|is|wars) (?:mir |mia )?(?:das |des |es )?(?:\w+ ){0,3}(?:egal|recht|ok|okay|nicht schlimm|eine erlosung|gut so|wurscht|lieb)(?! (?:was|wer|wie|ob|welche|welcher|wo|wann|wohin) )|(?:wenn|falls) (?:\w+ ){0,4}(?:(?:{VEHICLE}|tram|strassenbahn|traktor) (?:\w+ ){0,2}(?:uberfahrt|uberrollt|niederfahrt|totfahrt|anfahrt|umfahrt|zammfahrt)|(?:ein|einer|eine|nem|ner|n|a|an) (?:{VEHICLE}|tram|strassenbahn|traktor) (?:\w+ ){0,2}erwischt) (?:\w+ ){0,2}(?:ware|war|waer|wurde|wurd) (?:ich|i) (?:\w+ ){0,3}(?:dankbar|froh|erleichtert)",
    ),
    # "bei meinem Mann sein, da oben"; "das Leben satt haben", "des Lebens müde"
    (
        "wish_dead",
        r"(?:bei|zu) (?:meinem|meiner|meinen|mein|meim|ihm|ihr|mama|papa|mami) (?:\w+ ){0,3}(?:sein|kommen|gehen|sein kann|sein darf|kann|darf|bin) (?:\w+ )?(?:da oben|dort oben|im himmel|in den himmel|auf der anderen seite|im jenseits|ins jenseits|in der ewigkeit)",
    ),
    (
        "wish_dead",
        r"(?:schnauze|nase|kanne|schnauz) (?:\w+ )?voll (?:vom|von meinem|von dem|von diesem) leben|(?:hab|habe|hob) (?:\w+ )?(?:genug|satt) (?:gehabt |ghabt )?(?:vom|von meinem|von diesem) leben|(?:des lebens|vom leben|lebens) (?:mude|mud|satt|uberdrussig)|(?:mude|mud|satt|uberdrussig) (?:vom|von meinem|von diesem|von dem) leben|lebensuberdruss\w*|lebenssatt|(?:das|mein|dieses) leben (?:\w+ )?satt|(?:keinen|kein|koan) (?:bock|nerv) mehr auf (?:das |mein |dieses |des )?leben",
    ),
    (
        "wish_dead",
        r"(?:ewige|ewigen) ruhe|ruhe (?:\w+ ){0,2}fur immer|fur immer (?:\w+ )?(?:ruhe|frieden)|(?:endlich|fur immer) (?:meinen )?frieden (?:finden|haben)(?= $)",
    ),
    (
        "wish_dead",
        r"(?:wunsch\w*|hoff\w*|will|mochte|mocht|bete) (?:\w+ ){0,5}(?:dass|das) (?:es|das alles|alles|des alles|des ganze|das ganze) (?:\w+ )?(?:endlich |bald )?(?:vorbei|zu ende|aus) (?:ist|ware|war|sei|is)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:will|mochte|mocht|mag) (?:{ICH} )?(?:einfach |endlich |lieber |jetzt |nur noch )?gehen(?= $)|(?:niemandem|keinem|keinem mehr|niemandem mehr) (?:mehr )?zur last fallen (?:\w+ )?(?:deshalb|darum|drum|also|deswegen)",
        {"weak": True, "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:ins grab|unter die erde|in die grube) zu (?:ihm|ihr|mama|papa|meinem \w+|meiner \w+)",
        {"owner": "self"},
    ),
    # "lebensmüde", "Todessehnsucht", "Todeswunsch", "Lebenswille ist weg"
    (
        "wish_dead",
        r"(?:lebensmud|lebensmude|lebensmuder|lebensmudes|lebensmuden|lebensmudigkeit|lebensmued|todessehnsucht|todeswunsch|todeswunsche|sterbewunsch|sterbewunsche|todesgedanken|sterbegedanken)",
    ),
    (
        "wish_dead",
        r"(?:lebenswille|lebenswillen|lebensmut|lebenslust|lebensfreude|wille zu leben|willen zu leben|willen zum leben) (?:\w+ ){0,2}(?:weg|verloren|vorbei|erloschen|dahin|futsch|verschwunden|aufgebraucht)|(?:keinen|kein|keine|koan) (?:lebenswillen|lebenswille|lebensmut|grund zum leben|grund mehr zum leben|willen mehr zu leben|willen zu leben)",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:keine|kei|koa|kein|keinen|koan|null|keini) (?:lust|luscht|wunsch|bock|kraft|grund|sinn|willen|motivation|energie|nerv|nerven) (?:mehr |meh )?(?:\w+ )?(?:zlabe|z labe|zum labe|zlebe|zu leben|zum leben|mehr zu leben|weiterzuleben|auf (?:das |mein |dieses |des )?leben|am leben zu (?:sein|bleiben)|aufzuwachen|zu existieren|zum weiterleben|aufs leben)",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:sehne|sehn|sehnt|sehnte) (?:mich |mi )?(?:\w+ )?nach dem (?:tod|ende|sterben|grab|nichts)|(?:wunsch|wunsche|wunschte|wunscht) (?:mir |mia )?(?:\w+ )?(?:den tod|den eigenen tod|meinen tod|tot zu sein|zu sterben)",
    ),
    # "ich wünschte ich wär tot / nie geboren / nicht mehr da"
    (
        "wish_dead",
        r"(?:wunsch|wunsche|wunscht|wunschte|wunschi|gewunscht|gwunscht|wollte|hoffe|hoff|bete) (?:\w+ ){0,3}(?:ich|i|ig) (?:ware|war|waer|wa|sei|wurde|wurd|hatte) (?:\w+ ){0,2}(?:tot|tod|gestorben|nie geboren|nicht geboren|nie auf die welt gekommen|(?:{NOMORE}) (?:da|hier|am leben|auf der welt)|nicht mehr aufgewacht|nie aufgewacht|tot umgefallen|fur immer weg|fur immer verschwunden)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:ware|war|waer|hatte|wurde) (?:ich |i )?(?:doch |bloss |blo |besser |lieber )?(?:nie|niemals|lieber nicht|besser nicht) (?:\w+ )?(?:geboren|auf die welt gekommen|geboren worden|zur welt gekommen)",
        {"negatable": False},
    ),
    # "wär am liebsten tot", "am liebsten wär i tot", "ich wäre lieber tot als ..."
    (
        "wish_dead",
        r"(?:am liebsten|am liebste|am liebschte|am liabsten|am liebstn|lieber|liebsten|lieber gleich) {GAPN}(?:tot|tod|toot|gestorben|nicht mehr am leben|nicht mehr da|unter der erde|(?<!lebendig )begraben)(?! (?:mude|mud|langweilig|schick|chic|ernst|sicher|unglucklich|als rot|ist|sind|war) )",
    ),
    (
        "wish_dead",
        r"(?:besser|lieber) (?:tot|tod) (?:als|wie)(?! rot )|(?:tot|tod) (?:ware|war|waer|wer) (?:ich |i )?(?:\w+ )?(?:besser dran|glucklicher|erlost|frei)",
    ),
    # "dass der liebe Gott mich endlich holt", "der Herrgott soll mich zu sich nehmen"
    (
        "wish_dead",
        r"(?:gott|herrgott|herrgot|jesus|heiland|tod|sensenmann) (?:\w+ ){0,3}(?:mich|mi) (?:\w+ ){0,3}(?:holt|holen|hole|hoin|hoit|hoid|holn|zu sich nimmt|zu sich nehmen|zu sich holt|zu sich holen|erlost|erlosen|heimholt|heimholen|mitnimmt|mitnehmen|sterben lasst|sterben lassen|gehen lasst|gehen lassen)",
    ),
    (
        "wish_dead",
        r"(?:bete|bet|beten|gebetet|flehe|hoffe|hoff) {GAPN}(?:\w+ ){0,3}(?:sterbe|sterb|tot bin|tot umfall\w*|(?:{NOMORE}) aufwach\w*|mich holt|mich zu sich|mich erlost|mein herz (?:\w+ )?(?:stehen bleibt|aufhort))",
    ),
    # "der Tod wäre eine Erlösung", "sterben wär eine Befreiung"
    (
        "wish_dead",
        r"(?:tod|sterben|tot sein|tot zu sein|nicht mehr aufzuwachen|nicht aufzuwachen|nicht mehr da zu sein) (?:\w+ ){0,2}(?:ware|war|waer|ist|is|wird) (?:\w+ ){0,2}(?:erlosung|befreiung|gnade|segen|wohltat|erleichterung)|(?:ware|war|waer) (?:\w+ ){0,2}(?:eine |a |ne )?(?:erlosung|gnade|segen) (?:\w+ )?(?:wenn ich|wenn i|zu sterben|tot zu sein|nicht mehr aufzuwachen)",
    ),
    # her own death as a relief to others: "mein Tod wär für meine Kinder eine Erleichterung"
    # (a living speaker's "war" is the folded "wär")
    (
        "burden",
        r"(?:mein|mei|min) (?:tod|ableben|sterben|abgang) (?:ware|war|waer|wurde) (?:\w+ ){0,4}(?:erlosung|befreiung|erleichterung|segen|geschenk|gefallen|wohltat)",
        {"owner": "self"},
    ),
    # wishing the rescue had failed: "ich wünschte, die Ärzte hätten bei meinem Herzinfarkt
    # nicht so schnell reagiert", "hätten mich liegen lassen sollen" (a wish now, whatever
    # year the rescue was)
    (
        "wish_dead",
        r"(?:wunsch\w*|hoff\w*|wollte|bereue|schade) (?:\w+ ){0,5}(?:arzte|arzt|notarzt|notarztin|sanitater|sanis|rettung|rettungsdienst|feuerwehr|die) (?:hatten|hatte|waren|ware) (?:mich |mi |bei mir |(?:bei|nach) (?:meinem|meiner) \w+ )(?:\w+ ){0,3}(?:nicht|nie|nich|ned) (?:so schnell |rechtzeitig |mehr |gleich )?(?:reagiert|gekommen|da gewesen|dagewesen|gefunden|wiederbelebt|reanimiert|gerettet|zuruckgeholt|geholfen)|(?:hatten|hatte|hattet) (?:\w+ ){0,2}(?:mich|mi) (?:\w+ ){0,2}(?:liegen lassen|sterben lassen|gehen lassen|nicht (?:wiederbeleben|reanimieren|retten|zuruckholen)) (?:sollen|durfen|solln)",
        {"owner": "self", "negatable": False, "when": "now"},
    ),
    # "hoffe insgeheim dass mir einer reinfährt und es vorbei ist"
    (
        "wish_dead",
        r"(?:hoff\w*|wunsch\w*|bete) (?:\w+ ){0,8}(?:reinfahrt|reinfahren|uberfahrt|umfahrt|uberfahren|reinkracht|tot umfall\w*|vom blitz|blitz trifft|mich erwischt) (?:\w+ ){0,6}(?:vorbei|aus|tot|ende|erledigt|erlost|wars|weg)",
    ),
    # "Wozu lebe ich eigentlich noch?", "warum bin ich überhaupt noch da", "was bringt es noch am Leben zu sein"
    (
        "wish_dead",
        r"(?:wozu|warum|wofur|weshalb|wieso|fur was|fur wen|fur wenn) (?:\w+ )?(?:(?:leb|lebe|lebn|lab|labe|existiere|atme) (?:{ICH})|lebt man|leben wir) (?:\w+ )?(?:noch|uberhaupt)|(?:wozu|warum|wofur|fur was) (?:eigentlich |uberhaupt |denn )?(?:noch )?(?:leben|weiterleben|lebn|labe|existieren)(?= $| (?:frag|fragt|ich|eigentlich|uberhaupt|noch|wenn|ohne) )|(?:wozu|warum|wofur|weshalb|wieso) (?:bin|leb) (?:{ICH}) (?:\w+ )?(?:noch|uberhaupt noch|eigentlich noch) (?:da|hier|am leben|auf der welt|auf dieser welt)",
    ),
    (
        "wish_dead",
        r"(?:was bringt|was bringts|was soll|welchen sinn hat|was fur einen sinn hat|wozu|was hat es fur einen sinn) (?:es |das |des )?(?:\w+ ){0,2}(?:am leben zu (?:sein|bleiben)|weiterzuleben|weiter zu leben|noch zu leben|aufzuwachen|noch aufzuwachen|zu existieren)",
    ),
    (
        "wish_dead",
        r"(?:hat|macht|ergibt) (?:mein |das |dieses |des )leben (?:\w+ )?(?:keinen|kein|null|koan) (?:sinn|wert|zweck)|(?:besser|lieber|am besten) (?:\w+ ){0,3}(?:ich|i) (?:ware|war|waer|wer) (?:\w+ ){0,2}(?:tot|tod|gestorben|nicht mehr da|nimma da|nicht mehr am leben)|(?:mein |das |dieses |des |so ein )leben (?:\w+ ){0,2}(?:hat|macht|ergibt) (?:doch |eh |einfach |ja |fur mich )?(?:keinen|kein|null|koan) (?:sinn|wert|zweck)|(?:lohnt|lohnen) (?:sich |es sich )?(?:nicht|nich|ned|nimmer|nimma) (?:mehr )?(?:zu leben|weiterzuleben|weiter zu leben|zu existieren)|(?:nichts|nix|niemand|keiner|koaner|neamd) (?:mehr )?(?:wofur|fur den|fur die|fur das|fur was) (?:\w+ )?(?:es sich )?(?:zu leben lohnt|lohnt zu leben|ich lebe|zu leben)",
        {"negatable": False},
    ),
    # "will zu meiner Mama in den Himmel", "möcht zu ihm nach oben"
    (
        "wish_dead",
        r"(?:{WANT}) (?:\w+ ){0,4}(?:zu|bei|zum|zur|neben) (?:meiner |meinem |meinen |mein |meim |der |dem |den )?(?:\w+ )?(?:in den himmel|im himmel|in himmel|ins himmelreich|da oben|dort oben|nach oben|da droben|auf die andere seite|auf der anderen seite|ins grab|unter die erde|in die ewigkeit|ins jenseits|im jenseits)",
    ),
    (
        "wish_dead",
        r"(?:{WANT}) (?:\w+ ){0,3}(?:nur noch |einfach |endlich |auch )?(?:zu|bei|zur|zum) (?:dir|euch|meiner mama|meiner mutter|meiner mutti|meiner mami|meinem mann|meinem papa|meinem vater|meinem vati|meinem sohn|meiner tochter|meinem kind|meinem baby|meiner oma|meinem opa|meinem schatz|mama|mami|papa|ihm|ihr|ihnen|meinen eltern|meinem bub|meim mann|meim bua)(?= $| (?:und|wo|dort|hin|zuruck) )",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:halt|haltet|hielt) (?:mich|mi) (?:hier )?(?:nix|nichts|nimma|nimmer|numm|gar nix|gar nichts|kaum noch was|nichts mehr|nix mehr)(?: mehr)?(?= $| (?:hier|auf der welt|auf dieser welt|da|am leben) )",
        {"weak": True, "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:was|wos) (?:soll|sollte|tu|tue|mach|mache) (?:ich|i) (?:hier |auf der welt |auf dieser welt |da |denn )?(?:noch|no)(?: (?:hier|da|auf der welt|auf dieser welt|langer))?(?= $)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:keinen|kein|koan) (?:sinn|grund) mehr (?:\w+ )?(?:sieht|sehe|seh|sehen|siehst|sah)|(?:sehe|seh|sieht|sehn) (?:\w+ )?(?:keinen|kein|koan) (?:sinn|grund|ausweg) mehr(?= $| (?:im|in|zu|und|fur|weiter|darin) )|(?:kann|ko|ka) (?:\w+ )?so (?:nicht|nich|ned) (?:mehr |weiter )?(?:leben|lebn|weiterleben|weitermachen)|(?:{WANT}) (?:\w+ )?so (?:{NOMORE}) (?:leben|lebn|weiterleben|weitermachen)",
        {"weak": True, "negatable": False},
    ),
    # "ich will nicht mehr", "i mag nimma", "ich mag nümm" (alone at the end of a clause)
    (
        "wish_dead",
        r"(?:will|wil|mag|mog|mochte|mocht|mochti|mecht|wui|wu|wott|kann und will|will und kann|mag und kann) (?:\w+ )?(?:einfach |echt |wirklich |so |gar |eigentlich |halt |ehrlich |auch |langsam )?(?:nicht mehr|nich mehr|ned mehr|net mehr|nid mehr|nimmer|nimma|numm|numme|nummi|nimmi|nimme|nichtmehr|nimmer mehr)(?= $| (?:und|ich|i|echt|wirklich|einfach|ganz|alles|ehrlich|punkt|aber|mama|sorry|seit|weil|wegen|denn|nachdem|obwohl|so|seitdem) )",
        {"weak": True, "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:will|wil|mochte|mocht|wunsch\w*) (?:\w+ ){0,2}(?:fur immer|auf ewig|endgultig) (?:weg|fort|verschwinden|gehen|schlafen|einschlafen)|(?:{START})(?:fur immer|auf ewig)(?= $)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"xco(?:ffin)|xgr(?:ave)|(?:{WANT}) (?:\w+ ){0,3}(?:ins grab|unter die erde|in die kiste)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:{WANT}) (?:\w+ ){0,3}(?:nicht mehr|nich mehr|nimmer|nimma|nie wieder) (?:aufstehen|atmen|fuhlen|kampfen)(?= $)",
        {"weak": True, "negatable": False},
    ),
    # --- thoughts of suicide --------------------------------------------------------------
    # the stems of every compound: Selbstmord(gedanken), Suizid(al), Freitod (not the long words:
    # the speller would mend English "suicidal" into them)
    (
        "thoughts",
        r"(?:selbstmord|selbstmort|selbsmord|selbstmor|selbsmort|selbst mord|seldtmord|selbtsmord|selbstmrd|suizid|suizit|suizd|suzid|sizid|suitzid|suizied|suizidt|freitod|selbsttotung|selbstentleibung)(?!\w*(?:versuch|attentat|anschlag|kommando|rate|quote|statistik|pravention|hilfe|hotline|forschung|mission|bomber|tater|prophylaxe|hinterblieb|squad))\w*",
    ),
    # "mich umbringen", "mich umzubringen", "mich selbst töten", "weil ich mich umbringen will"
    (
        "thoughts",
        r"(?:{MICH}) {GAPN}(?:selbst |selber |endlich |einfach |heute |jetzt )?(?:{KILL})(?! (?:vor lachen|vor scham) )",
        {"owner": "self"},
    ),
    # separable: "ich bring mich um", "dann bring ich mich um", "bringe mich heute Nacht um"
    (
        "thoughts",
        r"(?:bring|bringe|brin|bringn|bringa|breng|brenge) (?:{ICH} )?(?:{MICH}) {GAPN}um(?! (?:\d\w*|zu|halb|viertel|punkt|mitternacht|ein|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|uhr|jeden|seine|seinen|seinem|ihre|ihren|ihrem|meine|meinen|meinem|deine|deinen|sein|ihr|mein|dein|den (?:schlaf|verstand)|die (?:ecke|chance|ohren)|alles|nichts|nix) )",
        {"owner": "self"},
    ),
    # fronted: "umbringen will ich mich", "umbringen würd ich mich am liebsten"
    (
        "thoughts",
        r"(?:umbringen|toten|das leben nehmen) (?:will|wil|mochte|mocht|mag|wurde|wurd|werde|werd|wollte|konnt|konnte) (?:ich|i)(?! (?:mich |mi |mir )?(?:\w+ )?(?:{NEGWORD}) )",
        {"owner": "self"},
    ),
    # "mir das Leben nehmen", "mir das Leben zu nehmen", "nehm mir das Leben"
    (
        "thoughts",
        r"(?:{MIR}) {GAPN}(?:{TAKE_LIFE}) (?:\w+ )?(?:{NEHMEN}|nemmen)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:nehm|nehme|nimm|nem) (?:{ICH} )?(?:{MIR}) {GAPN}(?:das leben|s leben|mein leben|des leben)",
        {"owner": "self"},
    ),
    # "mit allem Schluss machen", "Schluss machen für immer", "mit dem Leben Schluss machen"
    (
        "thoughts",
        r"(?:schluss|schlus) (?:zu )?(?:mach|mache|machen|machn|zumachen) (?:\w+ )?(?:mit allem|mit alles|mit dem leben|mit meinem leben|mit mir selbst|fur immer|mit der welt|mit dem ganzen|mit ois|endgultig mit allem)|(?:mit allem|mit alles|mit dem leben|mit meinem leben|mit mir selbst|mit dem ganzen|mit ois|mit der welt) (?:\w+ ){0,2}(?:schluss|schlus) (?:zu )?(?:mach|mache|machen|machn|zumachen)",
    ),
    (
        "thoughts",
        r"(?:{ICH}) (?:mach|mache|will|mochte|mocht|werde|werd) (?:\w+ )?(?:schluss|schlus) (?:zu )?(?:machen )?mit mir(?: selbst)?(?= $)|(?:{START})mit mir(?: selbst)?(?= $)",
        {"owner": "self", "weak": True},
    ),
    # thinking of it: "spiel mit dem Gedanken Schluss zu machen", "denk dran mich umzubringen"
    (
        "thoughts",
        r"(?:gedanke|gedanken|denk|denke|denken|dachte|gedacht|nachdenken|nachzudenken|uberleg\w*|grubel\w*|fantasier\w*|spiel\w*|vorstell\w*|traum\w*) (?:(?!mit |(?:{NEGWORD}) )\w+ ){0,5}(?:einfach )?(?:schluss|schlus) zu (?:machen|mache)(?! mit (?!allem|alles|mir|dem leben|meinem leben|dem ganzen)\w+)",
    ),
    (
        "thoughts",
        r"(?:denk|denke|denken|dachte|gedacht|gedanken|gedanke|nachdenken|nachzudenken|uberleg\w*|grubel\w*|fantasier\w*|vorstell\w*|spiel\w*|dran|daran|druber|daruber|frag|frage|fragt|fragte) {GAPNFOUR}(?:wie es ware (?:\w+ )?(?:tot|nicht mehr da|nicht mehr zu leben|zu sterben)|wie ich es (?:machen|mache|tun|anstelle)|wie ich (?:\w+ )?sterben (?:konnte|wurde|will)|mich (?:\w+ )?(?:umzubringen|zu toten|aufzuhangen|zu erhangen|zu vergiften|zu erschiessen|zu ertranken)|mir (?:\w+ )?(?:das leben zu nehmen|was anzutun|etwas anzutun)|es zu beenden|alles zu beenden|nicht mehr (?:zu )?(?:leben|aufzuwachen|da zu sein))",
    ),
    (
        "thoughts",
        r"(?:denk|denke|denken|dachte|gedanken|grubel\w*) (?:\w+ ){0,3}(?:an den tod|ans sterben|an das sterben|an meinen tod|an mein ende|ans ende)(?! (?:\w+ )?(?:meiner|meines|von|vom|seiner|ihrer|der|des) )",
        {"weak": True},
    ),
    # "alles beenden", "mein Leben beenden", "dem Ganzen ein Ende machen"
    (
        "thoughts",
        r"(?:alles|mein leben|mei leben|mein dasein|meine existenz|es alles|dem leben|meinem leben) {GAPN}(?:beenden|zu beenden|beende|beend|beendn|ausloschen|zu ende bringen|ein ende setzen|ein ende machen)|(?:dem|meinem) (?:ganzen|allem|leben|elend|dasein|theater|spuk|ganzen elend|ganzen theater) (?:\w+ ){0,2}(?:ein ende|a end|an end|n ende) (?:setzen|setze|setz|machen|mache|mach|bereiten|zu setzen|zu machen)|(?:mach|mache|setz|setze|bereite|bereit) (?:{ICH} )?(?:jetzt |einfach |endlich |bald |heute )?(?:dem|meinem) (?:ganzen|allem|leben|elend|dasein|theater|spuk|ganzen elend|ganzen theater) (?:jetzt |einfach |endlich |bald |heute )?(?:ein ende|a end|an end|n ende|ein end)",
    ),
    (
        "thoughts",
        r"(?:es|des|das) (?:\w+ )?(?:endlich |einfach |ganz |ein fur alle mal |fur immer )(?:zu )?(?:beenden|beende|beend|zu ende bringen)|(?:{START})(?:einfach )?(?:alles )?beenden(?= $)",
        {"weak": True},
    ),
    # "mach ich Schluss" (a break-up too: weak, a time makes it a plan)
    (
        "plan",
        r"(?:mach|mache|machi|machs) (?:{ICH} )?(?:dann |jetzt |einfach |endgultig |heute |morgen |halt |wirklich |endlich )*(?:schluss|schlus|a end|ein ende)(?= $| (?:dann|heute|morgen|fur immer|endgultig|wirklich|ehrlich|und|mit meinem leben|mit mei(?:m|nem) lebn|mit allem|mit mir) )",
        {"weak": True},
    ),
    # "mir was antun", "ich tu mir was an", "dass ich mir etwas antue"
    (
        "thoughts",
        r"(?<!^ )(?:{MIR}) {GAPN}(?:was|etwas|irgendwas|irgendetwas|was schlimmes|etwas schlimmes|wos|ebbes|ebbis|oppis|eppes|epas) (?:\w+ )?(?:antun|antu|antue|anzutun|atue|ztue|angetan|antuen|atun|oatun|otun)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:tu|tue|tua|tuen) (?:{ICH} )?(?:{MIR}) {GAPN}(?:was|etwas|irgendwas|wos|ebbes|oppis|eppes) an(?= $| (?:und|oder|wenn|weil|dann|bevor|ich|i|heute|morgen|jetzt) )",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:geb|gebe|gib) (?:{ICH} )?(?:{MIR}) (?:\w+ )?(?:die kugel|den rest(?= $))",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:stimme|stimmen|kopf|gedanken|innere stimme|etwas in mir) (?:\w+ ){0,3}(?:sagt|sagen|flustert|flustern|befiehlt|befehlen|sagt mir|sagen mir) (?:\w+ ){0,3}(?:ich soll|ich solle|i soll) (?:\w+ ){0,3}(?:sterben|springen|es tun|mich umbringen|mir was antun|schluss machen|es beenden)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:bei|mit) (?:exit|dignitas|sterbehilfe|der sterbehilfe) (?:\w+ ){0,3}(?:angemeldet|anmelden|gehen|sterben|termin|aufgenommen|aufnehmen|mitglied|beitreten|aufgnommen)|(?:sterbehilfe|assistierten suizid|begleiteten suizid|freitodbegleitung) (?:\w+ ){0,3}(?:beantragt|beantragen|in anspruch|nachgefragt|angefragt)",
        {"weak": True},
    ),
    # someone else: "er will sich umbringen", "dass sie sich das Leben nehmen will", "er bringt sich heute um"
    (
        "thoughts",
        r"(?:{SICH}) {GAPN}(?:selbst |selber |endlich |heute |jetzt )?(?:{KILL}|umbringt|umbringe)",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:bringt|bringe|bringen|bringts) (?:{SICH}) {GAPN}um(?! (?:\d\w*|zu|halb|viertel|punkt|mitternacht|ein|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|uhr|jeden|seine|seinen|seinem|ihre|ihren|ihrem|meine|meinen|meinem|deine|deinen|sein|ihr|mein|dein|den (?:schlaf|verstand)|die (?:ecke|chance|ohren)|alles|nichts|nix) )",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:{SICH}) {GAPN}(?:das leben|s leben|sein leben|ihr leben) (?:\w+ )?(?:nehmen|nimmt|nehme|nehm|zu nehmen|beenden|zu beenden)",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:{SICH}) {GAPN}(?:was|etwas|irgendwas|wos|was schlimmes) (?:\w+ )?(?:antun|anzutun|antut|antue|antun will|antun konnte)|(?:tut|tat) (?:{SICH}) {GAPN}(?:was|etwas|irgendwas) an(?= $| (?:und|oder|wenn|weil) )",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:sein|ihr|seinem|ihrem) leben (?:\w+ )?(?:beenden|zu beenden|ein ende setzen)|(?:mit allem|mit dem leben) (?:\w+ )?(?:schluss|schlus) (?:machen|zu machen) (?:will|wollte|mochte)",
        {"owner": "other"},
    ),
    # --- deaths by suicide (bereavement: a check-in) ----------------------------------------
    (
        "died",
        r"(?:hat|haben|hatte|hatten|hot|het|hed|hatt) (?:{SICH}) (?:\w+ ){0,7}(?:umgebracht|umbracht|umbrocht|das leben genommen|das leben genomen|das leben gnommen|s leben genommen|s leben gnumma|s labe gno|s lebe gno|s leben gno|das labe gno|s labe gnoh|erhangt|aufgehangt|aufghangt|ufghankt|ufghangt|erschossen|vergiftet|ertrankt|vor den zug geworfen|vor einen zug geworfen|vor den zug gelegt|vor die bahn geworfen|in den tod gesturzt|getotet|suizidiert|selbst getotet|totgefahren)|(?:{SICH}) (?:\w+ ){0,7}(?:umgebracht|das leben genommen|das leben genomen|erhangt|aufgehangt|erschossen|vergiftet|ertrankt|vor den zug geworfen|vor einen zug geworfen|in den tod gesturzt|getotet|suizidiert) (?:hat|haben|hatte|hatten)",
        {"owner": "other", "negatable": False},
    ),
    (
        "died",
        r"(?:nahm|nahmen) (?:{SICH}) (?:\w+ ){0,3}das leben|(?:brachte|brachten) (?:{SICH}) (?:\w+ ){0,3}um|(?:erhangte|erschoss|totete|vergiftete|ertrankte|suizidierte) (?:{SICH})|(?:sturzte|warf) (?:{SICH}) (?:\w+ ){0,4}(?:in den tod|vor den zug|vor einen zug|von der brucke|vom dach|vor die bahn)",
        {"owner": "other", "negatable": False},
    ),
    (
        "died",
        r"(?:durch|an|nach|wegen|mit) (?:\w+ )?(?:suizid|selbstmord|freitod|suizids|selbstmords)\w* (?:verloren|gestorben|verstorben|ums leben|umgekommen)|(?:suizid|selbstmord|freitod) (?:\w+ ){0,2}(?:begangen|verubt|gewahlt)|(?:ist|sind|war) (?:\w+ ){0,3}(?:freiwillig )?aus dem leben (?:geschieden|gegangen)|(?:sein|ihr|seinen|ihren|seinem|ihrem|dem|nach dem|nach seinem|nach ihrem) (?:suizid|selbstmord|freitod|suizidtod)(?! (?:\w+ )?(?:versuch|gedanken|plan) )|(?:suizid|selbstmord)(?:hinterbliebene|hinterbliebenen|trauer)\w*|(?:an|durch) (?:einer|eine|ner) (?:uberdosis|ueberdosis) (?:gestorben|verstorben|ums leben gekommen)|(?:der|den|dem|nach dem|seit dem|seit) (?:suizid|selbstmord|freitod) (?:meines|meiner|seines|seiner|ihres|ihrer|unseres|unserer|eines|einer|des|der) \w+|(?:ist|war|sind) (?:\w+ ){0,4}(?:vor den zug|vor einen zug|vor die bahn|vor die u-bahn|vor die s-bahn|von der brucke|von einer brucke|vom dach|vom hochhaus|aus dem fenster|in den tod) (?:gesprungen|gesturzt|gegangen)|(?:ist|war) (?:vor (?:\w+ ){1,2}(?:jahren|jahr|monaten|wochen|tagen)|damals|\d{4}|letztes jahr|letzten \w+) (?:\w+ )?(?:ins wasser|in den (?:rhein|main|inn|neckar|fluss|see|kanal|teich|weiher|baggersee|stausee|bodensee)|in die (?:donau|elbe|isar|mosel|aare|limmat|ostsee|nordsee)) gegangen",
        {"owner": "other", "negatable": False},
    ),
    # --- method or means ------------------------------------------------------------------
    # "wie viele Schlaftabletten braucht man damit man nicht mehr aufwacht", "ab wieviel ist es tödlich"
    (
        "method",
        r"(?:wie viele|wie viel|wieviel|wieviele|ab wie viel\w*|wie lange|wie lang|wie schnell|wie tief|wie hoch) (?:\w+ ){0,5}(?:man|ma|mer|ich|i|davon|dafur|brauch\w*|nehmen|nehm|schlucken|trinken|schneiden|{MEANS}) (?:\w+ ){0,5}(?:damit es (?:\w+ )?reicht|dass es reicht|das es reicht|damits reicht|bis es reicht|todlich|letal|sterben|stirbt|tot ist|tot|vorbei|nicht mehr aufwach\w*|nimma aufwach\w*|nicht mehr aufzuwachen|umzubringen|umbringen|draufgeht|drauf geht|uberdosis|verblutet|verbluten|ertrinkt|ertrinken|erstickt|ersticken|reicht um|reichen um|reichen damit|reicht damit|damit es (?:\w+ )?vorbei|bis man (?:\w+ )?(?:tot|stirbt|bewusstlos)|bis es vorbei|zum sterben|tod eintritt|ins koma|bewusstlos wird)",
    ),
    (
        "method",
        r"(?:{QUANTITY}) (?:\w+ ){0,2}(?:{PILL}|{POISON}) (?:\w+ ){0,2}(?:auf einmal |zusammen |auf ex )?(?:zu nehmen|zu schlucken|einzunehmen|nehmen will|schlucken will|nehmen werde|zu spritzen|spritzen will)",
    ),
    (
        "method",
        r"(?:weiss|weis|woass|kenn|kenne) (?:\w+ )?(?:genau |schon |jetzt )?(?:wie viele|wieviel|wie viel|wieviele|welche) (?:\w+ )?(?:{PILL}|{POISON}|davon) (?:{ICH} |man )?(?:brauche|brauch|nehmen muss|reichen|brauchen|brauchte|bruache)",
    ),
    (
        "thoughts",
        r"ums (?:z |zu )beenden|um (?:es|alles|das ganze|des ganze|mein leben|allem) (?:\w+ )?(?:zu beenden|ein ende zu (?:setzen|machen)|zu ende zu bringen)|um (?:{NOMORE}) aufzuwachen|um schluss zu machen(?! mit (?!allem|alles|mir|dem leben)\w+)|um (?:endlich )?zu sterben",
    ),
    (
        "method",
        r"(?:welche|welcher|ab welcher|wieviel|wie viel) (?:\w+ )?(?:{PILL}|dosis|menge|mischung|kombination|mittel) (?:\w+ ){0,3}(?:todlich|letal|totlich)(?! (?:\w+ )?fur (?:katzen|katze|hunde|hund|tiere|haustiere|kinder|kind|kleinkinder|babys|baby|vogel|pferde|kaninchen|hamster|meerschweinchen|(?:den|die|meinen|meine|unseren|unsere) (?:hund|katze|kater|kaninchen|kleinen)) )|(?:todliche|todlichen|todlicher|letale|letalen) (?:dosis|menge|mischung|kombination|dosen)(?! (?:\w+ ){0,2}fur (?:katzen|katze|hunde|hund|tiere|haustiere|kinder|kind|kleinkinder|babys|baby|vogel|pferde|kaninchen|hamster|meerschweinchen|(?:den|die|meinen|meine|unseren|unsere) (?:hund|katze|kater|kaninchen|kleinen)) )|(?:uberdosis|uberdosierung|ueberdosis)(?! (?:an (?:kaffee|schokolade|zucker|liebe|sonne|arbeit|stress|weihnachten|kitsch|kuchen|gefuhl)) )|(?:schmerzlos\w*|schmerzfrei\w*|schnellste|sicherste|sanfteste|einfachste|schonendste|sauberste|zuverlassigste) (?:\w+ ){0,2}(?:art zu sterben|weg zu sterben|methode zu sterben|methode sich|art sich|weg sich|moglichkeit zu sterben|weg zu gehen|art zu gehen|suizidmethode)|schmerzlos (?:zu )?sterben|wie man (?:sich |mi |mich )?(?:\w+ )?(?:schmerzlos|schnell|sicher|am besten) (?:umbringt|stirbt|das leben nimmt|toten kann|erhangt|aufhangt)",
    ),
    # jumping: "vom Dach springen", "von der Brücke", "aus dem Fenster", "vor den Zug"
    (
        "method",
        r"(?:von|vom|von der|von dem|von einer|von einem|aus dem|ausm|vom obersten|uber das|uber die|ubers|runter vom) (?:\w+ ){0,2}(?:{HIGH}|tiefe|abgrund) (?:\w+ ){0,2}(?:springen|springe|spring|springn|springa|sprung|zu springen|runterspringen|hinunterspringen|runterzuspringen|hupfen|hupfe|sturzen|sturze|zu sturzen)(?! (?:vor (?:freude|gluck|lachen)) )",
    ),
    (
        "method",
        r"(?:{MICH}) (?:\w+ ){0,4}(?:von|vom|von der|von dem|aus dem|ausm|in den|in die|ins|vor den|vor die|vor einen|vor eine|vor ein|unter den|unter die|auf die|uber das|uber die) (?:\w+ ){0,2}(?:{HIGH}|{TRAIN}|{WATER}|{VEHICLE}|tiefe|abgrund) (?:\w+ )?(?:werfen|werf|werfe|zu werfen|schmeissen|schmeiss|schmeisse|zu schmeissen|sturzen|sturze|zu sturzen|fallen lassen|fallen zu lassen|legen|lege|zu legen|stellen|zu stellen)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:vor|unter) (?:den|die|einen|eine|ein|n|nen|ne|das) (?:\w+ )?(?:{TRAIN}|{VEHICLE}) (?:\w+ ){0,2}(?:springen|springe|spring|zu springen|werfen|werf|werfe|zu werfen|schmeissen|legen|lege|zu legen|stellen|stelle|laufen|lauf|laufe|zu laufen|rennen|renne|gehen|gehe|zu gehen|treten|hupfen|fallen lassen)",
    ),
    (
        "method",
        r"(?:spring|springe|springen|springn|sturz|sturze|sturzen|werf|werfe|werfen|schmeiss|schmeisse|leg|lege|legen|stell|stelle|lauf|laufe|renn|renne) (?:{ICH} )?(?:{MICH} )?(?:einfach |dann |jetzt |heute |morgen |halt )?(?:von|vom|von der|aus dem|ausm|vor den|vor die|vor einen|vor eine|vor ein|unter den|unter die|auf die|runter|hinunter|uber das|ubers) (?:\w+ ){0,2}(?:{HIGH}|{TRAIN}|{VEHICLE}|tiefe|abgrund)",
    ),
    (
        "method",
        r"(?:springt|sturzt|wirft|springen will|springen wird|will springen) (?:{SICH} )?(?:\w+ ){0,2}(?:von|vom|von der|vor den|vor einen|vor die|aus dem|in den|in die) (?:\w+ ){0,2}(?:{HIGH}|{TRAIN}|{VEHICLE}|tiefe|abgrund)",
    ),
    (
        "method",
        r"(?:einfach |nur )?(?:ein|einen|1) (?:schritt|sprung|satz) (?:\w+ )?(?:vor den|vor die|vor einen|von der|vom|nach vorne|ins leere|in die tiefe|uber die kante|uber den rand|uber das gelander)|(?:runterspringen|hinunterspringen|runterzuspringen|in die tiefe (?:springen|sturzen|fallen)|in den abgrund (?:springen|sturzen)|in den tod (?:springen|sturzen))",
    ),
    (
        "method",
        r"(?:springen|spring|hupfen|runterfallen|fallen lassen|sich fallen lassen) (?:\w+ )?(?:und )?(?:fertig|aus|vorbei|schluss|ende|es ist vorbei|ruhe|weg)(?= $)",
    ),
    (
        "at_hand",
        r"(?:gleise|gleisen|brucke|bruecke|schienen|bahnstrecke|hochhaus|klippe|klippen|staumauer|steinbruch) (?:\w+ ){0,3}(?:nur|ganz|grad mal|gerade mal) (?:\w+ ){0,3}(?:minuten|meter|schritte|gehminuten) (?:\w+ )?(?:von mir|entfernt|weg)",
        {"weak": True},
    ),
    (
        "method",
        r"(?:auf die|auf den|auf das|aufs|auf d) (?:gleise|gleis|schienen|bahngleise|bahngleis|bahnstrecke|autobahn|fahrbahn) (?:\w+ ){0,2}(?:legen|lege|leg|stellen|stelle|stell|gehen|gehe|geh|laufen|lauf|setzen|setze|springen|springe|spring|zu legen|zu stellen|zu gehen|zu laufen|zu springen)",
    ),
    (
        "plan",
        r"(?:geh|gehe|fahr|fahre|lauf|laufe) (?:{ICH} )?(?:dann |einfach |halt )?(?:auf die|aufs|auf das|zur|zu der) (?:\w+ )?(?:brucke|hochhaus|klippe|klippen|staumauer|gleise|gleisen|schienen|talsperre)(?= $| (?:und|dann|fur immer) )",
        {"weak": True},
    ),
    # hanging: "mich aufhängen", "mich zu erhängen", "häng mich auf", rope and beam
    (
        "method",
        r"(?:{MICH}) {GAPN}(?:aufhangen|aufhang|aufhange|aufhanga|aufzuhangen|erhangen|erhang|erhange|zu erhangen|aufknupfen|aufzuknupfen|aufhengen|erhengen|strangulieren|zu strangulieren)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:hang|hange) (?:{ICH} )?(?:{MICH}) {GAPN}auf(?= $| (?:und|oder|dann|wenn|weil|bevor|heute|morgen|im|am|an) )",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{SICH}) {GAPN}(?:aufhangen|aufzuhangen|erhangen|zu erhangen|erschiessen|zu erschiessen|vergiften|zu vergiften|ertranken|zu ertranken|vor den zug werfen|vor den zug zu werfen)",
        {"owner": "other"},
    ),
    (
        "method",
        r"(?:strick|seil|siel|sail|schlinge|xro(?:pe)) (?:\w+ ){0,4}(?:um den hals|um meinen hals|um meinem hals|um den nacken|an den balken|am balken|an der decke|am haken|an den haken|am dachbalken|am treppengelander|halt mein gewicht|tragt mein gewicht|stabil genug|stark genug|fest genug)|(?:strick|schlinge) (?:\w+ ){0,3}(?:knupfen|geknupft|binden|gebunden)|(?:henkersknoten|galgenknoten)|(?:knoten|schlinge) (?:\w+ ){0,4}(?:der|die|das) (?:\w+ )?(?:halt|halten|tragt|zuzieht|sich zuzieht)|(?:balken|haken|dachbalken|deckenhaken|treppengelander) (?:\w+ ){0,4}(?:halt mein gewicht|tragt mein gewicht|mich tragt|mich halt|halten wurde|tragen wurde)",
    ),
    # thinking of the means: "ich denk immer öfter an das Seil im Schuppen"
    (
        "method",
        r"(?:denk|denke|denken|dachte|gedacht|schau|schaue|starr|starre|anschauen|anstarren|blick|blicke) (?:\w+ ){0,3}(?:an|auf) (?:das|den|die|dem|der|des|mein|meinen|meine) (?:\w+ )?(?:seil|siel|strick|schlinge|waffe|pistole|gewehr|jagdgewehr|revolver|rasierklinge|rasierklingen|klinge|gift|rattengift|gleise|gleisen|schienen|abgrund|schlaftabletten|giftschrank|xro(?:pe)|xgun)(?! (?:\w+ )?(?:fur (?:die|den) (?:schaukel|wasche|garten)|zum (?:klettern|spielen)) )",
    ),
    (
        "method",
        r"(?:{STRONG_MEANS}|tiefe|abgrund) (?:\w+ ){0,3}(?:ruft|rufen|lockt|locken|zieht mich|ziehen mich|zieht mi|ruft mich|ruft mi|flustert|flustern|wartet auf mich|warten auf mich)",
    ),
    # "die Pulsadern aufschneiden", "die Arme aufschneiden"
    (
        "method",
        r"(?:adern|venen|handgelenke|handgelenk|arme|unterarme|kehle) (?:\w+ )?(?:aufschneiden|aufzuschneiden|aufschneide|aufschlitzen|aufzuschlitzen|durchschneiden|zu durchschneiden|aufritzen)|(?:pulsader|pulsadern|pulsadren|pulsadem|pulsaden|puls adern|pulsaderm|pulsder|pulsadrn)",
    ),
    # guns: "mich erschießen", "die Kugel in den Kopf", "die Waffe benutzen"
    (
        "method",
        r"(?:{MICH}) {GAPN}(?:erschiessen|erschiesen|erschiess|erschiesse|zu erschiessen|erschiessn|abknallen|abzuknallen|wegpusten|den kopf wegschiessen)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:kugel|schuss|pistole|waffe|gewehr|xgun) (?:\w+ ){0,3}(?:in den kopf|in den mund|an den kopf|an die schlafe|an meinen kopf|an meine schlafe|in meinen kopf|in die schlafe|durch den kopf|unters kinn)|(?:{GUN}) (?:\w+ ){0,10}(?:benutzen|zu benutzen|abdrucken|abzudrucken|drucke ab|entsichert|entsichern|fur mich (?:\w+ )?(?:benutzen|nehmen|verwenden)|gegen mich (?:\w+ )?(?:richten|benutzen|verwenden))",
    ),
    (
        "method",
        r"(?:es|sie|ihn|die|das|den) (?:fur|gegen) (?:mich|mi) (?:selbst |selber )?(?:zu )?(?:benutzen|verwenden|richten|gebrauchen|einsetzen)",
        {"weak": True},
    ),
    # drowning: "mich ertränken", "in den See gehen und nicht mehr zurückkommen"
    (
        "method",
        r"(?:{MICH}) {GAPN}(?:ertranken|ertranke|zu ertranken|ersaufen)|(?:will|mochte|mocht|wurde gern|am liebsten) {GAPN}(?:ertrinken|ersaufen|ertrinke)|(?:{WATER}|stromung|tiefe) (?:\w+ ){0,4}(?:tief genug|reissend genug)(?! (?:zum|fur|um zu (?:baden|schwimmen|tauchen|springen)) )",
    ),
    (
        "method",
        r"(?:ins wasser|in den see|in den fluss|ins meer|in die donau|in den rhein|in die isar|in die elbe|in den main|in die aare|in die fluten|in die wellen) (?:\w+ ){0,2}(?:gehen|geh|gehe|laufen|lauf|laufe|reinlaufen|reingehen|hineingehen|hinausgehen|rausschwimmen|schwimmen|springen|spring|springe) (?:\w+ ){0,2}(?:und|bis) (?:\w+ ){0,3}(?:nicht|nie|nimma|numm) (?:mehr |wieder )?(?:zuruck|raus|rauskommen|zuruckkommen|auftauchen)",
    ),
    (
        "method",
        r"(?:und|bis) (?:\w+ ){0,2}(?:nicht|nie|nimma|numm) (?:mehr |wieder )?(?:zuruckkommen|zuruck kommen|rauskommen|auftauchen|zuruckschwimmen)|(?:bis|bis mir) (?:das |des )?wasser (?:\w+ ){0,3}(?:uber den kopf|uber meinem kopf|uber mir)",
        {"weak": True},
    ),
    # gas and exhaust: "Gashahn aufdrehen", "das Auto in der geschlossenen Garage laufen lassen"
    (
        "method",
        r"(?:gashahn|gashahne|gas) (?:\w+ ){0,3}(?:aufdrehen|aufdreh|aufdrehe|aufzudrehen|ausstromen lassen|offen lassen)|(?:auto|motor|wagen|karre) (?:\w+ ){0,6}(?:geschlossenen |zugesperrten |zuen )garage (?:\w+ ){0,3}(?:laufen|lauft)|(?:auto|motor|wagen) (?:\w+ ){0,6}garage (?:\w+ ){0,3}(?:laufen lass\w*|laufen zu lassen)|garage (?:\w+ ){0,4}(?:laufen lass\w*|motor laufen|abgase)|schlauch (?:\w+ ){0,4}(?:auspuff|ins auto)|(?:abgase|auspuffgase|kohlenmonoxid) (?:\w+ ){0,3}(?:einatmen|ins auto|in den innenraum|leiten|reinleiten)|(?:holzkohle|grillkohle|einweggrill|kohlegrill) (?:\w+ ){0,4}(?:im bad|im badezimmer|im schlafzimmer|im auto|im zimmer|in der wohnung|abgedichtet)",
    ),
    # driving into something: "einfach gegen den Brückenpfeiler", "in den Gegenverkehr ziehen"
    (
        "method",
        r"(?:gegen|in|unter) (?:den|einen|die|eine|nen|ne|n|das|ein) (?:\w+ )?(?:baum|brueckenpfeiler|bruckenpfeiler|pfeiler|betonpfeiler|mauer|betonwand|leitplanke|lkw|laster|lastwagen|gegenverkehr|bruckengelander|felswand|tanklaster|sattelschlepper) (?:\w+ ){0,2}(?:fahren|fahre|fahr|rasen|rase|steuern|steuere|steuer|knallen|krachen|lenken|zu fahren|zu rasen|brettern|donnern|ziehen|reissen)|(?:einfach|denk|dachte|denke|am liebsten|will|mochte) (?:\w+ ){0,3}(?:gegen|in) (?:den|einen|die|eine|nen) (?:\w+ )?(?:baum|bruckenpfeiler|pfeiler|betonpfeiler|leitplanke|lkw|gegenverkehr)(?= $| (?:fahren|rasen|dann|und) )|(?:lenkrad|steuer) (?:\w+ ){0,3}(?:rumreissen|herumreissen|verreissen|rumziehen|umreissen)",
    ),
    # poison: "Pflanzenschutzmittel ... wieviel ma davon bräuchte", "mich vergiften"
    (
        "method",
        r"(?:rattengift|e605|pflanzenschutzmittel|unkrautvernichter|unkrautex|frostschutzmittel|abflussreiniger|rohrreiniger|zyankali|arsen|pestizid|pestizide|insektizid|schneckenkorn|totenkopf) (?:\w+ ){0,15}(?:wieviel|wie viel|wie viele|reicht|reichen|wurde reichen|brauchte|trinken|trink|trinke|schlucken|schluck|schlucke|zu mir nehmen|losung|todlich|sterben|umbringen)|(?:{MICH}) {GAPN}(?:vergiften|zu vergiften|vergift|vergifte)|(?:trinken|trink|trinke|schlucken|schluck|besorgen|besorg) (?:\w+ ){0,3}(?:rattengift|e605|pflanzenschutzmittel|unkrautvernichter|frostschutzmittel|abflussreiniger|zyankali|pestizid|gift)(?! (?:fur (?:die|den) (?:ratten|mause|schnecken|garten)) )",
    ),
    # looking it up: "hab gegoogelt welche Brücke hoch genug ist"
    (
        "method",
        r"(?:gegoogelt|gegoogled|gegooglet|googel\w*|googeln|googlen|recherchiert|recherchier\w*|nachgelesen|nachgeschaut|nachgschaut|nachgeguckt|gschaut|geschaut|gelesen|gesucht|im internet|im netz) (?:\w+ ){0,6}(?:welche brucke|welches hochhaus|hoch genug|tief genug|wie man sich (?:\w+ )?(?:umbringt|erhangt|aufhangt|vergiftet|das leben nimmt|toten kann)|wie man (?:\w+ ){0,2}(?:erhangt|aufhangt|umbringt|ertrinkt|das leben nimmt)|letal|uberdosis|schmerzlos|suizidmethoden|selbstmordmethoden|wie viele (?:\w+ )?(?:{PILL}) (?:\w+ )?(?:man|todlich|reichen)|wieviel (?:\w+ )?(?:{PILL}) (?:\w+ )?(?:man|todlich|reichen)|wieviel ma|wieviel man davon)",
    ),
    (
        "method",
        r"(?:{HIGH}) (?:\w+ ){0,4}(?:hoch genug|reicht doch|reicht das|reicht oder|wurde reichen|reicht sicher|reicht bestimmt|wurd reichen|sollte reichen|durfte reichen)(?! (?:zum|fur|um zu (?:baden|schwimmen|tauchen|springen)) )",
    ),
    (
        "method",
        r"(?:das|des|die|es|dies) (?:wurde|wurd|wird|durfte|sollte|musste|muesste|tat) (?:\w+ )?(?:locker |sicher |bestimmt |wohl |schon )?(?:reichen|reicha|langen|genugen|gehen|klappen|funktionieren)(?= $| (?:um|damit|fur mich|oder) )|(?:reicht|reichen) (?:hoffentlich|bestimmt|sicher|locker)(?= $)",
        {"weak": True},
    ),
    (
        "method",
        r"(?:{PILL}) {GAPNFOUR}(?:mit|und|plus|zusammen mit) (?:\w+ ){0,2}(?:wein|rotwein|weisswein|alkohol|schnaps|wodka|vodka|whisky|whiskey|sekt|korn|obstler|rum|gin|likor)(?! (?:vertragen|vertragt|vertraglich) )|(?:wein|rotwein|alkohol|schnaps|wodka|whisky|sekt|korn) (?:\w+ ){0,4}(?:und|mit|plus|dazu) (?:\w+ ){0,2}(?:{PILL})(?! (?:vertragen|vertragt|vertraglich) )",
        {"weak": True},
    ),
    (
        "method",
        r"(?:kann|konnte|konnt|kamma|stirbt) (?:man |ma |mer )?(?:\w+ ){0,2}(?:mit|an|von|durch) (?:\w+ ){0,2}(?:{PILL}|{POISON}|insulin|zu viel) (?:\w+ ){0,3}(?:sterben|tot|draufgehen|umbringen|sich umbringen|ums leben kommen)",
    ),
    (
        "method",
        r"(?:xpi(?:ll)|xro(?:pe)|xgun|xkn(?:ife)|xra(?:zor)|xco(?:ffin)|xgr(?:ave)|xbr(?:idge)|xtr(?:ain))(?: \w+){0,6} (?:das ist )?alles was (?:ich|i) (?:noch )?(?:brauch|brauche)",
        {"negatable": False},
    ),
    (
        "method",
        r"xpi(?:ll)(?: \w+){0,2} xpi(?:ll)(?: \w+){0,2} xpi(?:ll)|xro(?:pe)|xgun",
        {"weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:nicht|nich|ned|net|nid|nit) (?:nur |mehr |diesmal )?(?:zum|furs|fur das|um zu) (?:ritzen|ritze|ritzn)(?= $| (?:diesmal|sondern|mehr) )",
        {"negatable": False},
    ),
    # --- means at hand (with a time: acute) -----------------------------------------------
    (
        "at_hand",
        r"(?:gesammelt|gsammelt|gesammelten|gehortet|gehorteten|gebunkert|gebunkerten|zuruckgelegt|beiseite gelegt|beiseitegelegt|aufgespart|gehamstert|angesammelt|zusammengesammelt|zusammengespart|sammel|sammle|sammele|sammeln|sammelt|horte|horten|hortet|bunker|bunkere|bunkern|bunkert|hamstere|hamstern|hamstert) (?:\w+ ){0,5}(?:{PILL}|{POISON})",
    ),
    (
        "at_hand",
        r"(?:{PILL}|{POISON}) (?:\w+ ){0,5}(?:gesammelt|gsammelt|gehortet|gebunkert|zuruckgelegt|beiseite gelegt|aufgespart|gehamstert|angesammelt|zusammengesammelt|zusammengespart|sammel|sammle|sammeln|sammelt|horte|horten|hortet|bunkere|bunkern|bunkert|hamstere|hamstern|hamstert|liegen bereit|liegt bereit|bereitgelegt|bereit gelegt|bereitgestellt|griffbereit)",
    ),
    (
        "at_hand",
        r"(?:{PILL}|{POISON}) (?:\w+ ){0,4}(?:mitgenommen|eingesteckt|behalten|eingesammelt|aufbewahrt|nicht weggeworfen|nicht zuruckgegeben|nicht entsorgt)|(?:verschrieben|verschreiben lassen|besorgt|geholt) (?:\w+ ){0,8}(?:nicht|nich|ned) (?:\w+ )?(?:nehm|nehme|genommen|schluck|schlucke)(?= $)|(?:ganz vielen|so vielen|lauter|haufenweise|viele|vielen|so viele) (?:{PILL}) (?:\w+ )?(?:auf dem tisch|auf dem bett|vor ihr|vor ihm|vor mir|neben ihr|neben ihm|neben mir|in der hand)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:{PILL}|{POISON}) (?:\w+ ){0,5}(?:gezahlt|abgezahlt|aufgereiht|zurechtgelegt|rausgelegt|rausgeholt|aus dem blister|ausgepackt|versteckt|aufgehoben|parat)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:{PILL}|{POISON}|strick|seil|schlinge|klinge|rasierklinge|rasierklingen|pistole|waffe|gewehr|xro(?:pe)|xgun|xpi(?:ll)) (?:\w+ ){0,3}(?:liegen|liegt|lagen|stehen|steht|sind|ist|hab ich|habe ich) (?:\w+ ){0,2}(?:neben mir|vor mir|bei mir|auf dem tisch|auf dem nachttisch|auf dem bett|in meiner hand|in der hand|auf meinem schoss|im auto|bereit|parat|griffbereit|schon da|auf dem beifahrersitz|aufm beifahrersitz|auf dem couchtisch|aufm tisch|aufm nachttisch)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:so viele|genug|genugend|massenhaft|jede menge|einen haufen|n haufen|ne menge|eine menge|einen vorrat|vorrat|ganze dose|ganze schachtel|volle packungen|volle schachteln) (?:\w+ ){0,3}(?:{PILL}|{POISON}) (?:\w+ ){0,3}(?:hier|da|zuhause|zu hause|daheim|im haus|im schrank|im bad|gesammelt|versteckt|parat)|(?:{PILL}) (?:\w+ ){0,4}(?:volle packungen|packungen voll|dose voll|schachtel voll|ganze dose|ganze schachtel)|(?:{PILL}) (?:hab|habe|hob|han) (?:ich |i )?(?:\w+ )?(?:genug|genugend|jede menge|massenhaft|reichlich|ne menge|genuag|gnua)|(?:zahl|zahle|zaehle) (?:{ICH} )?(?:sie|die|se|alle|meine) (?:\w+ )?(?:durch|nach|ab|nochmal)|(?:drei|zwei|vier|funf|\d+|mehrere|ein paar) (?:volle |ganze )(?:packungen|schachteln|dosen|blister) (?:\w+ ){0,2}(?:zuhause|zu hause|daheim|hier|da|im schrank|im bad)|(?:zu den anderen|zu den andern|zu dem rest) (?:in die|in der|in den|ins) (?:schachtel|dose|schublade|tute|box|kiste|versteck)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:strick|schlinge|xro(?:pe)|galgen) (?:\w+ ){0,3}(?:hangt|hangt schon|hangt bereit|ist festgemacht|ist befestigt|geknupft|aufgehangt|festgebunden|ist gebunden|hangen|hange|hangn)(?! (?:\w+ ){0,3}(?:fur die (?:wasche|schaukel)|zum (?:klettern|trocknen)) )",
    ),
    (
        "at_hand",
        r"(?:strick|seil|siel|schlinge|rasierklinge|rasierklingen|rasierklingn|pistole|waffe|knarre|gift|rattengift|holzkohle|schlauch|xro(?:pe)) (?:\w+ ){0,4}(?:gekauft|besorgt|bestellt|geholt|organisiert|hingelegt|bereitgelegt|zurechtgelegt|festgemacht|befestigt|aufgehangt|hangt schon|hangt bereit|liegt bereit|liegt schon|geknupft|geladen|parat|versteckt|im keller|im schuppen|auf dem dachboden|in der garage|im kofferraum)(?! (?:\w+ ){0,3}(?:fur die (?:wasche|schaukel|kinder|enkel)|zum (?:klettern|spielen|abschleppen|rasieren|trocknen)|wascheleine|springseil|schaukel|grillen|grillfest|party) )",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:gekauft|besorgt|bestellt|kaufen|besorgen|bestellen|kauf|besorg) (?:\w+ ){0,3}(?:einen strick|nen strick|n strick|ein seil das|ein starkes seil|eine schlinge|rattengift|zyankali|e605|eine pistole|ne pistole|eine waffe|ne knarre)(?! (?:\w+ ){0,3}(?:fur die (?:wasche|schaukel|kinder|enkel|ratten|mause)|zum (?:klettern|spielen|grillen)|party) )",
    ),
    (
        "at_hand",
        r"(?:waffe|pistole|gewehr|jagdgewehr|revolver|flinte|knarre|schrotflinte|dienstwaffe) (?:\w+ ){0,8}(?:munition|patronen|geladen|im schrank|im keller|zuhause|zu hause|daheim|bei sich|bei mir|im haus|im nachttisch|in der schublade|im waffenschrank|unter dem bett)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:auf dem weg|unterwegs) (?:zum|zur|zu der|zu den|an die|an den|ans|auf die|auf das|aufs) (?:\w+ )?(?:bahnubergang|brucke|gleisen|gleis|schienen|bahngleisen|klippe|klippen|hochhaus|steinbruch|staumauer|talsperre|abgrund)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:sitz|sitze|steh|stehe|warte|wart|hock|hocke) (?:\w+ ){0,5}(?:auf|an|bei|vom|von der|am|im|neben) (?:dem |der |den |die |das )?(?:\w+ )?(?:brucke|bruckengelander|gelander|dachkante|hochhaus|klippe|klippen|steinbruch|steinbruchs|staumauer|kante|abgrund|felsvorsprung|abhang|schienen|bahngleisen)(?! (?:\w+ ){0,2}(?:und (?:schau|schaue|mach|genie|fotografier|warte auf (?:den|die|meinen|meine))|fur (?:ein|das) foto) )",
        {"weak": True},
    ),
    # --- a plan or a time -----------------------------------------------------------------
    (
        "plan",
        r"(?:dann|danach|heute nacht|heut nacht|heute abend|heut abend|an dem tag|an diesem tag|sobald|diesmal|endlich) {GAPNFOUR}(?:mach|mache|tu|tue|zieh|ziehe) (?:{ICH} )?(?:es|s|ich es|es durch)(?= $| (?:durch|wahr|wirklich|endgultig|echt|ok|endlich|fur immer|am|an dem|noch|heute|morgen|gleich) )|(?:mach|mache|tu|tue) (?:{ICH} )?(?:es|s) (?:wirklich|endgultig|diesmal|wahr|richtig)(?= $)|(?:machs|tus)(?= $)|(?:mach|mache|tu|tue) (?:ichs|i s|is|ich s)(?= $)|(?:mach|mache|tu|tue) (?:{ICH} )?(?:es|s) (?:\w+ ){0,2}(?:wenn|sobald|bevor|wahrend) (?:alle|keiner|niemand|er|sie|mein mann|die kinder|die nachbarn) (?:\w+ ){0,3}(?:schlafen|schlaft|weg|aus dem haus|nicht da|im bett|eingeschlafen|bei der arbeit|in der arbeit)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:dann|danach|heute|heute nacht|heut nacht|morgen|am \w+|sobald|wenn) (?:\w+ ){0,6}(?:bring|bringe) (?:{ICH} )?(?:{MICH}) {GAPN}um(?= $| (?:und|oder|dann|wenn) )",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:mach|mache|tu|tue|machs|tus) (?:{ICH} |ichs |ich es )?(?:es |s )(?:heute nacht|heut nacht|heute abend|heut abend|am wochenende|nach weihnachten|nachste woche|am (?:{DAY})|in (?:einer|zwei|ein paar|\d+) (?:stunde|stunden|tagen|wochen))(?= $| (?:wenn|sobald|bevor|dann|und) )",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:dann|sobald|wenn|danach|nachher) (?:\w+ ){0,10}(?:geh|gehe|gang|gange) (?:{ICH} )?(?:auch|ebenfalls|hinterher|dann auch|auch mit)(?! (?:zum|nach|ins|in|einkaufen|schlafen|spazieren|raus|heim|hin|rein|mit ihr|mit ihm|arbeiten|los) )",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:sobald|wenn|nachdem) (?:\w+ ){1,8}(?:versorgt|vorbei|erledigt|unter der erde|begraben|geregelt|gestorben|tot|weg) (?:ist|sind|is|san) (?:dann )?(?:geh|gehe|gang) (?:{ICH})(?= $| (?:dann|fur immer) )",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:beschlossen|entschieden|vorgenommen|festgelegt) (?:\w+ ){0,2}(?:es|s) (?:\w+ ){0,3}(?:zu tun|durchzuziehen|hinter mich zu bringen)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:uberlegt|entschieden|geplant|weiss|weis|woass|festgelegt|ausgesucht|ausgedacht|durchdacht) (?:\w+ ){0,2}(?:wann und wie|wie und wann|wann und wo|wo und wann|wie und wo|wo und wie)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:hab|habe|hob|han) (?:mir |mia )?(?:\w+ )?(?:einen|eine|n|nen|an|a|ein|en) (?:plan|genauen plan|festen plan)(?= $| (?:und|wie|wann|gemacht|gefasst|dann) )|(?:der|mein) plan (?:steht|ist fertig|is fertig)(?= $)|alles (?:genau |schon |bis ins detail )?(?:geplant|durchgeplant|durchdacht)(?= $)",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:ist|is|isch) (?:jetzt |nun |schon |fest |endgultig )?(?:entschieden|beschlossen|beschlossene sache)(?= $)|(?:hab|habe|hob) (?:{ICH} )?(?:es |mirs |mir |mir das |mir des |mir dat |dat |des |das |mich )?(?:fest |jetzt |endgultig |so )(?:vorgenommen|entschieden|beschlossen)(?= $| (?:und|ich|dann|des|das) )|(?:hab|habe) (?:mich|mi) (?:\w+ )?(?:entschieden|entschiden|entschlossen)(?= $)|(?:das|des|dat|es) (?:ist|is|isch) (?:jetzt |nun |schon |fest |endgultig )?(?:entschieden|beschlossen|beschlossene sache)|(?:mein|der) entschluss (?:steht|ist gefasst|ist gefallen)",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:hab|habe|hob|han) mir (?:schon |sogar schon |jetzt )?(?:einen|den|das|ein|nen|n|a) (?:\w+ )?(?:tag|datum|termin|zeitpunkt|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|abend|nacht) (?:\w+ )?(?:ausgesucht|ausgewahlt|festgelegt|gewahlt|rausgesucht|ausgeguckt)|(?:die stelle|den ort|die brucke|den platz) (?:\w+ ){0,2}(?:ausgesucht|ausgewahlt|rausgesucht)|wie (?:ein|einen) termin im kalender|(?:ist|is|war|ware) (?:\w+ )?(?:der|mein) (?:richtige|perfekte|passende) (?:zeitpunkt|moment|tag)(?= $| (?:fur mich|um|zum gehen) )",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:ist|is|isch) es (?:so weit|soweit)(?= $| (?:ich|i|dann|und) )|(?:{START})(?:das |des |es |dat )?steht fest(?= $)|(?:zahl|zahle) (?:{ICH} )?(?:die|nur noch die) (?:tage|stunden|nachte)|(?:dann|danach|da) (?:ist|is|isch) es (?:so weit|soweit)(?= $)|(?:is|ist) (?:es )?bald soweit|(?:der|das) (?:tag|datum|termin|zeitpunkt) (?:steht|ist fest|is fest)(?= $| fest )|(?:im kalender|ein kreuz|nem kreuz) (?:\w+ ){0,4}(?:markiert|angestrichen|eingetragen|gemacht)|(?:nicht|nich|ned) mehr lang(?:e)?(?= $)|(?:dann|danach) (?:wars|war s|war es) (?:das|des|dat)(?= $)|(?:dann|danach) (?:hab|habe|hob) (?:ichs|ich es|i es) (?:\w+ )?hinter mir(?= $)|(?:es|alles|des|das ganze) (?:ist|is) (?:eh |sowieso |dann |ja |jetzt )*bald (?:vorbei|zu ende|vorbei mit mir)(?= $| (?:und|dann|mit mir) )",
        {"weak": True, "owner": "self"},
    ),
    (
        "thoughts",
        r"(?:warte|wart) (?:\w+ )?(?:nur noch|bloss noch|nur mehr|blo noch) (?:bis|darauf)|(?:dann|danach) (?:ist|is) (?:es|alles) (?:endlich )?(?:vorbei|aus)(?= $)",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:dann|damit) (?:soll|sollen|wird|werden|kann|konnen|muss|mussen) (?:er|sie|die|der|alle|\w+) (?:\w+ )?(?:sehen|merken|kapieren|verstehen|spuren|bereuen|begreifen) (?:was|wie|dass|das)|(?:er|sie|die|alle) (?:wird|wirds|werden|werdens) (?:es |s )?(?:bald|schon|dann|noch|noch fruh genug) (?:verstehen|begreifen|merken|bereuen|kapieren)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:das|des) (?:ist|is|wird) (?:\w+ )?(?:mein|mei) (?:letzter|letztes|letzte|letzten) (?:tag|abend|nacht|weihnachten|geburtstag|sommer|winter|fruhling|herbst|muttertag|wochenende)(?! (?:im (?:buro|job|urlaub)|bei|in der|auf der|an der|hier im) )",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:plan|genauen plan|festen plan) (?:\w+ )?(?:wie|wann|wo) (?:ich |i )?(?:es |mich |s )?(?:mache|mach|tue|tu|sterbe|machen werde|umbringe|anstelle|beende|tun werde)|(?:plan|plane|plan ich) (?:\w+ ){0,3}(?:meinen tod|mein ende|meinen abgang|meinen suizid|meinen selbstmord|es zu tun|mich umzubringen)",
    ),
    ("time", r"{TIME}"),
    ("imminent", r"{IMMINENT}"),
    # --- preparatory acts -----------------------------------------------------------------
    (
        "preparatory",
        r"(?:abschiedsbrief|abschiedsbrif|abschiedsbriefe|abschiedsbriefen|abschiedsbriefs|abschiedbrief|abschiedbriefe|abschiedsbreif|abschiedzbrief|abschiedszeilen|abschiedsschreiben|abschiedsvideo|abschiedsvideos|abschiedsnachricht|abschiedsnachrichten|abschiedspost|abschiedsposting|abschiedsbriefchen|abschiedsbotschaft|abschiedszettel)(?! (?:an (?:die|meine|das) (?:firma|kollegen|arbeit|team|buro|schule|klasse|kita)|vom (?:job|buro)|fur die (?:kollegen|firma)|(?:fur|an) (?:meine|meinen|unsere|unseren|die|den|eine|einen|unser) (?:\w+ )?(?:kollegin|kollegen|kollege|chefin|chef|lehrerin|lehrer|erzieherin|trainerin|trainer|nachbarin|team|abteilung|klasse|azubi|praktikantin|praktikanten)) )",
    ),
    (
        "preparatory",
        r"(?:brief|briefe|briefen|zettel|karten|nachrichten|videos|video|zeilen) (?:\w+ ){0,4}(?:fur|an) (?:\w+ ){0,3}(?:nach meinem tod|wenn ich (?:\w+ )?(?:nicht mehr da|weg|tot|gestorben|nimma da) (?:bin|sein werde)|fur danach|fur nachher|fur hinterher|zum abschied|fur die zeit danach|fur die zeit nach mir)|(?:briefe|brief|karten|zeilen) (?:\w+ ){0,2}(?:an|fur) (?:alle|jeden|jede|jedes|jeden einzelnen|alle meine|alle kinder|die ganze familie|jedes kind) (?:\w+ ){0,3}(?:geschrieben|geschriben|gschrieben|verfasst|hinterlegt|fertig)",
    ),
    (
        "preparatory",
        r"(?:{START})(?:fur danach|fur nachher|fur hinterher|fur die zeit danach|fur wenn ich weg bin|fur wenn ich tot bin|fur die zeit nach mir)(?= $)|(?:ein|einen|den|meinen|nen) (?:\w+ )?brief (?:\w+ ){0,4}(?:fur sie|fur ihn|fur euch|fur meine \w+|fur meinen \w+) (?:\w+ ){0,4}(?:wenn|falls|fur danach|obendrauf|drin|hinterlegt|liegt)|(?:briefe|brief) (?:an alle|an jeden|fur alle)(?= $| (?:geschrieben|geschriben|gschrieben) )|(?:schreib|schreibe|schreibt) (?:\w+ )?(?:abschiedsbriefe|briefe|karten) (?:an|fur) (?:alle|jeden|jede|meine lieben|die mir|alle die|alle meine)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:schmuck|sachen|bucher|kleider|kleidung|pflanzen|mobel|fotoalben|sammlung|erbstucke|besitz|hab und gut|habseligkeiten|wertsachen|ersparnisse|sparbuch|gemalde|schallplatten|briefmarken|nahmaschine) (?:\w+ ){0,5}(?:verschenkt|verschenke|verschenken|weggegeben|weggeben|hergegeben|verteilt|vermacht|uberschrieben|vererbt|aufgeteilt)(?! (?:\w+ ){0,3}(?:an die caritas|ans rote kreuz|an die kirche|flohmarkt|weil ich umziehe|wegen dem umzug|wegen des umzugs|zum geburtstag|zu weihnachten|zur hochzeit|zum einzug) )|(?:meinen ganzen|meine ganzen|all meine|alle meine|mein ganzes|meinen|meine) (?:\w+ )?(?:schmuck|sachen|kleider|erbstucke|ringe|ketten|fotoalben) (?:\w+ ){0,3}(?:geschenkt|gschenkt)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:meine|all meine|alle meine|meine ganzen|mein ganzes|meinen ganzen|mein) (?:\w+ )?(?:sachen|besitz|habseligkeiten|hab und gut|wertsachen|erbstucke|zeug|sach) (?:\w+ ){0,5}(?:verschenkt|verschenke|verschenken|zu verschenken|weggegeben|weggeben|verteilt|vermacht|aufgeteilt)(?! (?:\w+ ){0,3}(?:an die caritas|ans rote kreuz|an die kirche|flohmarkt|weil ich umziehe|wegen dem umzug|wegen des umzugs) )|(?:verschenk\w*|verteil\w*) (?:\w+ ){0,2}(?:all meine|alle meine|meine ganzen|mein ganzes|meinen ganzen|meine) (?:sachen|habseligkeiten|wertsachen|erbstucke|besitz)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:verschenk\w*|vermach\w*|weggegeben|uberschrieben|uberschreib\w*) (?:\w+ ){0,3}(?:alle meine|all meine|meine ganzen|meinen ganzen|mein ganzes|meine|meinen|mein|alles was ich) (?:\w+ )?(?:sachen|schmuck|besitz|bucher|kleider|pflanzen|mobel|wohnung|auto|golf|haus|ersparnisse|sparbuch|habseligkeiten|wertsachen|erbstucke)|(?:alles|alle sachen|all mein zeug|mein ganzes zeug) (?:\w+ )?(?:verschenkt|weggegeben|verteilt|vermacht)|(?:wer|wem) (?:\w+ )?(?:was|welche|welches|welchen) (?:\w+ )?(?:kriegt|bekommt|erbt|kriegen|bekommen|erben|kriegn)(?= $| (?:wenn|nach|falls) )|(?:sie|er|die|der) soll (?:ihn|sie|es|das|den|die|des) (?:\w+ )?(?:haben|bekommen|kriegen|behalten)(?= $| (?:wenn|nach|ich brauch) )",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:brauch|brauche|brauchen) (?:\w+ ){0,3}(?:eh |sowieso |bald )?(?:nicht|nich|ned|net|nimma|nimmer|numm|keins|keine|keinen|kein|koan|koane) (?:mehr )?(?:lang|lange|langer|lang mehr|mehr lang)(?= $| (?:und|brauchen|ich|dann) )|(?:da|dann|bis dahin|ab dann|ab morgen|ab \w+) (?:bin|ist|san|sind) (?:ich|i) (?:eh|sowieso|langst|bestimmt|ganz sicher) (?:schon )?(?:{NOMORE}) (?:da|hier|am leben|auf der welt)",
        {"negatable": False},
    ),
    (
        "preparatory",
        r"(?:bin|san) (?:ich|i) (?:schon|dann|ja|langst) (?:{NOMORE}) (?:da|hier|am leben)(?= $| (?:und|dann) )",
        {"weak": True, "negatable": False, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:testament|patientenverfugung|vorsorgevollmacht|nachlass|bestattungsvorsorge|sterbeversicherung) (?:\w+ ){0,4}(?:gemacht|geandert|geschrieben|aufgesetzt|fertig|erledigt|unterschrieben|beim notar|hinterlegt|neu gemacht|neu geschrieben|aktualisiert|geregelt)|(?:beim|zum) notar (?:\w+ ){0,6}(?:vermacht|alles geht)|alles geht an (?:die|den|meine|meinen|mein)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:meine|meiner|mein|meinen|eigene|eigenen|eigenes) (?:eigene |eigenen )?(?:beerdigung|bestattung|trauerfeier|sarg|urne|grab|grabstelle|grabplatz|grabstein|todesanzeige|traueranzeige|beisetzung|begrabnis|urnenplatz|einascherung) (?:\w+ ){0,4}(?:schon |bereits )?(?:bezahlt|organisiert|geplant|ausgesucht|vorbereitet|geregelt|gekauft|reserviert|bestellt|aufgesetzt|geschrieben|festgelegt)|(?:lieder|musik|blumen|spruch|kleid|anzug|sachen|foto|bild) (?:\w+ ){0,2}(?:fur|zu) (?:die|meine|der|meiner) (?:eigene )?(?:beerdigung|bestattung|trauerfeier|beisetzung|todesanzeige|aufbahrung) (?:\w+ ){0,3}(?:ausgesucht|bereit|raus|hergerichtet|rausgelegt|hangt|liegt|festgelegt|aufgeschrieben)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:damit|dass|das|dann|so dass|sodass) (?:\w+ ){0,5}(?:sich |si )?(?:keiner|niemand|koaner|kaner|keina|neamd|niemand mehr|keiner mehr|koaner mehr) (?:mehr )?(?:\w+ ){0,4}(?:kummern|kummern muss|sorgen muss|suchen muss|aufraumen|aufraumen muss|machen muss|erledigen|regeln|putzen|zahlen|bezahlen|durchgehen|ausraumen|um (?:mich|mi|irgendwas|nix|nichts) (?:kummern|sorgen|scheren))|(?:nachher|danach|hinterher) (?:\w+ ){0,2}(?:nicht|nix|nichts) (?:mehr )?(?:\w+ ){0,2}(?:suchen|kummern|aufraumen|erledigen|regeln|ausraumen)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:damit|dass|sodass|so dass) (?:\w+ ){0,4}(?:nix|nichts|nicht) (?:mehr )?(?:\w+ )?(?:machen|tun|regeln|organisieren|zahlen|bezahlen|erledigen|aufraumen|kummern) (?:mussen|muss|braucht|brauchen|mussn)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:ersparnisse|erspartes|geld|vermogen|sparbuch|konto) (?:\w+ ){0,3}(?:meiner|meinem|an meine|an meinen|den kindern|der tochter|dem sohn|meinen kindern|den enkeln) (?:\w+ ){0,2}(?:uberwiesen|uberschrieben|vermacht|gegeben|geschenkt|ubertragen)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:alles|ois|alls) (?:ist |is |isch |schon |bereits |jetzt |endlich )*(?:geregelt|hergerichtet|hergricht|hergrichtet|vorbereitet|in ordnung gebracht|geordnet)(?= $| (?:und|fur|so|dann|wenn) )|(?:jetzt|nun|endlich) (?:ist |is )?alles erledigt(?= $)|(?:hab|habe|hob) (?:\w+ )?(?:viel|alles|einiges|meine angelegenheiten) (?:\w+ ){0,2}(?:geordnet|geregelt|hergerichtet|in ordnung gebracht)(?! (?:mit|beim|bei der|bei dem|auf dem|fur (?:die|den|das) (?:reise|urlaub|umzug|hochzeit|feier)) )|(?:angelegenheiten|papiere|unterlagen|finanzen) (?:\w+ ){0,2}(?:geordnet|geregelt|in ordnung gebracht)(?= $| (?:und|fur|so|dann|wenn) )",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:passworter|passwort|passwoerter|zugangsdaten|kontodaten|bankdaten|kennworter|geheimzahl|pins) (?:\w+ ){0,4}(?:aufgeschrieben|hinterlegt|notiert|umschlag|weitergegeben|aufgschrieben)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:konto|konten|sparbuch|sparbucher|depot|schliessfach) (?:\w+ ){0,4}(?:aufgelost|uberschrieben|umgeschrieben|leergeraumt)|(?:aufgelost|leergeraumt) (?:\w+ ){0,2}(?:mein|meine|das|die) (?:konto|konten|sparbuch|depot)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:auto|golf|wagen|wohnung|haus|grundstuck|hof|schrebergarten) (?:\w+ ){0,4}(?:uberschrieben|umgeschrieben|uberschreiben lassen)|(?:brauch|brauche) (?:{ICH} )?(?:keins|keinen|keine|nichts|nix|koans|koan) mehr(?= $)|(?:brauch|brauche) (?:{ICH} )?(?:sie|ihn|es|das|den|die|des|s) (?:\w+ )?(?:nicht|nich|ned|nimma|nimmer|eh nicht) mehr(?= $)|(?:die|den|das|des|sie|dat) (?:brauch|brauche) (?:{ICH}) (?:\w+ )?(?:nicht|nich|ned|nimma|nimmer|eh nicht|eh nimma) mehr(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:wozu|wofur|fur was) (?:\w+ )?(?:noch|auch)(?= $| (?:da bin|ich bin|wenn ich|behalten) )|(?:nirgendwohin|nirgendwo hin|nirgends hin)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:katze|kater|katzen|katzchen|hund|hunde|hundchen|wellensittich|wellensittiche|kanarienvogel|kaninchen|meerschweinchen|haustier|haustiere|papagei|pferd|schildkrote) (?:\w+ ){0,5}(?:abgegeben|weggegeben|ins tierheim|in gute hande|ein neues zuhause|neues zuhause|ein neues heim|vermittelt|versprochen|zu (?:meiner|meinem|meinen|der|dem) (?:\w+ )?(?:gebracht|gegeben))|(?:neues zuhause|neue familie|ein neues heim|gute hande) (?:\w+ ){0,3}(?:fur|fuer) (?:meinen|meine|mein|den|die|das|unsere|unseren) (?:\w+ )?(?:katze|kater|hund|vogel|tiere|haustier|haustiere|kaninchen|hasen)|(?:ins tierheim|zum tierheim|in ein tierheim) (?:\w+ ){0,2}(?:gebracht|bringen|gegeben|abgegeben)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:schulden|kredit|kredite|rechnungen) (?:\w+ ){0,3}(?:bezahlt|beglichen|abbezahlt|getilgt|abgelost)(?= (?:\w+ ){0,6}(?:damit|sauber|nachher|danach|keiner|niemand) )|(?:damit|so dass) (?:es |alles |des )?(?:\w+ )?(?:ordentlich|sauber|aufgeraumt|in ordnung|geregelt) (?:ist|is|isch|bleibt|zuruckbleibt)(?= $| (?:wenn|fur|nachher|danach) )|(?:schlussel|schlussl|wohnungsschlussel|hausschlussel) (?:\w+ ){0,2}(?:liegen|liegt|hab ich|sind) (?:\w+ ){0,2}(?:bei|unter|im briefkasten|bei der nachbarin|beim nachbarn)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:wenn|falls|sobald) (?:du|ihr|sie|er|jemand|einer|meine \w+|mein \w+) (?:das|dies|des|diese nachricht|diese zeilen|den brief|den ordner|den zettel|meine nachricht) (?:\w+ )?(?:liest|lest|lesen|findet|findest|finden|bekommt|bekommst)(?! (?:dann (?:ruf|melde|schreib)) )",
        {"weak": True, "owner": "self"},
    ),
    # --- an attempt in progress or just made ----------------------------------------------
    (
        "attempt",
        r"(?:{QUANTITY}) (?:\w+ ){0,3}(?:{PILL}|{POISON}|davon) {GAPNFIVE}(?:{SWALLOWED})",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:{PILL}|{POISON}) (?:\w+ ){0,3}(?:{SWALLOWED}) (?:\w+ ){0,2}(?:alle(?! (?:drei|zwei|vier|beide|paar) )|alles|die ganze|die ganzen|den ganzen rest|den rest|ne ganze|eine ganze|auf einmal|auf ex|komplett|samtliche|\d{2,3} stuck|\d{2,3}|zu viele)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:hab|habe|hob|han|grad|gerade|eben|vorhin) (?:\w+ ){0,3}(?:{QUANTITY}) (?:\w+ ){0,2}(?:{SWALLOWED})|(?:{SWALLOWED}) (?:\w+ )?(?:alle|alles|die ganze packung|die ganze schachtel|den ganzen rest|ne ganze packung|eine ganze packung|auf einmal|komplett)(?= $| (?:aus|die|de|was|auf) )",
        {"tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:nehm|nehme|nimmt|schluck|schlucke|schluckt|werf|werfe|trink|trinke|trinkt) (?:{ICH} )?(?:jetzt |grad |gerade |gleich |einfach )?(?:\w+ )?(?:{QUANTITY}) (?:\w+ )?(?:{PILL}|{POISON})(?! (?:\w+ ){0,3}(?:morgens|abends|mittags|fruh|regelmassig|zum fruhstuck|nach dem essen|vor dem essen|wie verschrieben|wie verordnet|wie immer|taglich|jeden tag|jeden morgen|jeden abend|ist das) )",
    ),
    (
        "attempt",
        r"(?:uberdosis|ueberdosis|uberdosierung) (?:\w+ ){0,2}(?:genommen|gnommen|gespritzt|geschluckt|eingenommen|gegeben|verpasst)|(?:hab|habe|hob) (?:mir |mich )?(?:\w+ ){0,2}(?:uberdosiert)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:hab|habe|hob|han|grad|gerade|eben|vorhin) (?:\w+ ){0,2}(?:die|meine) (?:\w+ )?(?:{PILL}) (?:{SWALLOWED})(?! (?:wie (?:immer|jeden|verschrieben)|zum (?:fruhstuck|essen)|morgens|abends|heute fruh|vor dem|fur) )|(?:{PILL}) (?:\w+ ){0,2}(?:{SWALLOWED}) (?:\w+ ){0,3}(?:wein|alkohol|schnaps|wodka|whisky|sekt|runtergespult)",
        {"tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:hab|habe|hob|han) (?!(?:die|meine|ihre|seine|meinen|die ganzen) )(?:\w+ )?(?:{PILL}|{POISON}) (?:geschluckt|gschluckt|genommen|gnommen|eingenommen|getrunken)(?= $| (?:aber|als) )|(?:versucht|probiert) (?:\w+ ){0,2}mit (?:\w+ )?(?:{PILL}|{POISON}|dem strick|dem seil|gas|dem auto|der klinge|rasierklingen)",
        {"tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:versucht|versuchte|probiert|probierte) (?:\w+ ){0,4}(?:{ME}|{SICH}) (?:\w+ ){0,3}(?:aufzuhangen|zu erhangen|erhangen|aufhangen|umzubringen|umzubrigen|umbringen|das leben zu nehmen|s leben zu nehmen|zu toten|zu vergiften|zu ertranken|zu erschiessen|zu ersticken|die pulsadern aufzuschneiden|die pulsadern|was anzutun|etwas anzutun|zu erhagen|zu erhengen|aufzuhengen|vor den zug|vor einen zug|runterzuspringen|umzulegen)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:suizidversuch|selbstmordversuch|suizidversuche|selbstmordversuche|suizidversuchs|selbstmordversuchs|suizidversuchen|selbstmordversuchen|suizitversuch|suizidverssuch|selbstmortversuch|suizidalversuch)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:diesmal|dieses mal|dies mal) (?:\w+ )?(?:tief|tiefer|richtig tief|zu tief|langs|ernst|richtig)(?= $| (?:und|es|geschnitten) )",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:pulsadern|pulsader|pulsadren|adern|arme|arm|handgelenke|handgelenk|unterarm|unterarme|venen) (?:\w+ ){0,2}(?:aufgeschnitten|aufgeschlitzt|aufgeritzt|durchgeschnitten|aufgschnitten)|(?:langs|richtig tief|zu tief|sehr tief|so tief) (?:\w+ )?(?:geschnitten|aufgeschnitten|gschnitten|geritzt)(?! (?:\w+ )?(?:beim|in den finger|in den daumen) )|(?:um zu sterben|diesmal um zu sterben)(?= $| (?:uberall|es blutet) )",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:hort|hoert|will|wills) (?:\w+ )?(?:nicht|nich|ned|net|nimma) (?:mehr )?(?:auf|aufhoren) (?:zu )?(?:bluten|blutn)|(?:blutung|blut) (?:\w+ )?(?:nicht|nich|ned) (?:mehr )?(?:stoppen|stillen|zu stoppen)|(?:es |des )?(?:blutet|blutets) (?:\w+ ){0,2}(?:ohne ende|immer weiter|und hort nicht auf|so stark|sehr stark|wie sau|nonstop)|(?:uberall|alles voller|alles voll|so viel|soviel|uberall ist|lauter) (?:\w+ )?blut(?! (?:\w+ )?(?:im film|im krimi|im fernsehen|beim tatort|in der serie|abgenommen|abnehmen|gespendet|spenden|beim arzt|im labor) )|blut (?:\w+ )?(?:uberall|lauft und lauft|spritzt)|(?:badewanne|wanne|waschbecken|handtuch) (?:\w+ ){0,2}(?:ist |is |alles )?(?:voller blut|voll blut|blutrot)",
    ),
    (
        "attempt",
        r"(?:bin|sitz|sitze|steh|stehe|lieg|liege|steht|sitzt) (?:\w+ ){0,2}(?:jetzt|grad|gerade|schon|hier) (?:an|auf|bei|uber) (?:den|der|dem|die) (?:\w+ )?(?:gleisen|schienen|bahngleisen|brucke|klippe|klippen|staumauer|kante|abgrund|bruckengelander|dachkante)|(?:auf|uber|uf) (?:dem |em )?dach (?:vom|von einem|des|eines|von dem) (?:\w+ )?(?:hochhaus|hochhauses|parkhaus|parkhauses|parkhuus|krankenhaus|krankenhauses|wohnblock|block|gebaude|gebaudes|kaufhaus|turm)(?! (?:\w+ ){0,2}(?:mit (?:den|meinen|meiner|meinem) \w+|und (?:mach\w*|genie\w*|fotografier\w*|trink\w*)|zum fotografieren|fur (?:ein|das) foto) )",
    ),
    (
        "attempt",
        r"(?<!zug )(?<!bahn )(?<!lok )(?<!wagen )(?<!auto )(?<!bus )(?:steht|sitzt|hockt|klettert|steh|stehe|sitz|sitze|hock|hocke|stand|kletter|klettere|klettre|lehn|lehne) (?:\w+ ){0,3}(?:jetzt |grad |gerade |schon |hier |wieder )?(?:auf|an|uber|hinter) (?:der |dem |die |das |den |einer |einem )?(?:\w+ )?(?:brucke|bruckengelander|gelander|brustung|dachkante|dachrand|kante|hochhausdach|klippe|klippen|felskante|gleisen|schienen|bahngleisen|staumauer|balkongelander|fensterbrett|fenstersims|sims|abgrund|xbr(?:idge))(?! (?:\w+ ){0,2}(?:mit (?:den|meinen|meiner|meinem) (?:kindern|enkeln|mann|freundin|freunden|hund)|und (?:mach\w* (?:ein |ein paar |schone )?fotos?|genie\w*|fotografier\w*|warte auf \w+|trink\w*|ess\w*)|und (?:schau|schaue|guck|gucke) (?:mir )?(?:die|den|das) (?:aussicht|sonnenuntergang|boote|schiffe|stadt|landschaft|vogel|enten)|fur (?:ein|das) foto|zum fotografieren) )",
    ),
    (
        "attempt",
        r"(?:steht|sitzt|steh|stehe|sitz|sitze) (?:\w+ ){0,3}(?:auf|an) (?:dem|der|den) (?:\w+ )?(?:balkon|brucke|dach|hochhaus|fensterbrett|gelander) (?:\w+ ){0,2}(?:und )?(?:springt|spring|springe|will springen|springen will|springen)",
    ),
    (
        "attempt",
        r"(?:beine|fusse|fuss) (?:\w+ )?(?:schon |jetzt )?uber (?:der|die|dem|den) (?:kante|brustung|gelander|rand|abgrund|tiefe)|(?:bis zur|bis zum|bis an die|bis an den) (?:hufte|huften|brust|bauch|hals|knie|kinn|schultern) (?:\w+ )?(?:im|in der|ins) (?:see|wasser|fluss|meer|rhein|donau|isar|weiher|teich)|(?:geh|gehe) (?:jetzt |gleich )?(?:weiter|tiefer) (?:rein|hinein|ins wasser)",
    ),
    (
        "attempt",
        r"(?:auto|motor|wagen|karre) (?:\w+ )?(?:lauft|leuft|lauf|brummt|ist an|is an|tuckert) (?:\w+ )?(?:in der garage|in der geschlossenen garage)|(?:gashahn|gas|gashahne) (?:\w+ ){0,2}(?:aufgedreht|aufdreht|stromt|ausstromt)|(?:sitz|sitze|lieg|liege) (?:\w+ ){0,4}(?:im auto|in der garage) (?:\w+ ){0,3}(?:motor|abgase|schlauch)",
    ),
    (
        "attempt",
        r"(?:strick|seil|schlinge|xro(?:pe)) (?:\w+ ){0,3}(?:um den hals|um meinen hals|am hals|um meinem hals)(?! (?:\w+ )?(?:fur die|beim) )",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:seil|strick|schlinge) (?:ist |is )?(?:gerissen|abgerissen|hat nicht gehalten)|(?:im krankenhaus|auf der intensiv|auf der intensivstation|in der notaufnahme|auf intensiv) (?:\w+ ){0,3}(?:aufgewacht|wach geworden|zu mir gekommen)|(?:magen|mogen) (?:\w+ )?(?:ausgepumpt|auspumpen)|(?:hat|haben) mich (?:\w+ )?(?:gefunden|rechtzeitig gefunden|noch gefunden)(?= $| (?:und|bevor|rechtzeitig|zum gluck|leider) )",
        {"tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:{START})(?:es ist|es is|s is|jetzt ist es|jetzt is es|es ist jetzt) (?:gemacht|getan|vollbracht|geschehen)(?= $)|(?:hab|habe|hob) (?:es|s|ichs) (?:jetzt |grad |gerade |endlich )?(?:getan|durchgezogen)(?= $)|(?:mir|mia) (?:wird|is|ist) (?:schon |jetzt |langsam |ganz )+(?:schwindelig|schwindlig|schwummrig|ubel|schlecht|schwarz vor augen|komisch|mude|schwer)",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:{MICH}) (?:\w+ ){0,3}(?:aufgehangt|erhangt|vergiftet|erschossen|ertrankt|vor den zug geworfen|runtergesturzt|runtergesprungen)(?= $| (?:aber|und|doch|wollte|versucht) )",
        {"tense": "past", "owner": "self"},
    ),
    # --- self-harm ------------------------------------------------------------------------
    (
        "self_harm",
        r"(?:{ME}) {GAPN}(?:geritzt|geritz|gritzt|ritzen|ritze|ritz|ritzn|aufgeritzt|aufritzen|aufzuritzen|zu ritzen|ritzt|ritzte|geritzd|gerizt)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:ritz|ritze|ritzt|ritzte) (?:{ICH} )?(?:{ME})|(?:{ICH}) (?:ritz|ritze|ritzte) (?:schon |jetzt |halt )?(?:wieder|seit|jeden|jede|heimlich|regelmassig|immer noch|noch immer|taglich|manchmal|oft|nachts)|(?:{ICH}) (?:ritz|ritze|ritzte)(?= $)|(?:hab|habe|hob) (?:wieder |heute |heut |gestern |schon wieder |letzte nacht )?(?:geritzt|gritzt)(?= $| (?:und|weil|heute|gestern|wieder|nach) )|(?<!clean )(?<!frei )(?<!weg )(?:das|beim|vom|mit dem|zum|ans|ums|des|s|mim) (?:ritzen|ritzn)(?= $| (?:ist|is|hilft|war|wieder|angefangen|aufgehort|hat|helfen|tut|bringt|fangt) )|(?:ritzen|ritzn) (?:\w+ ){0,3}(?:hilft|hilfts|helfen|einzige|angefangen|wieder angefangen|drang|druck|sucht|suchtig|wie eine droge|beruhigt)|(?:ritzdruck|ritzdrang|ritzsucht|ritzverhalten|ritzerei|ritznarben|ritzwunden|schneidedruck|svv|selbstverletzung|selbstverletzungen|selbstverletzend|selbstverletzendes|selbstverletzendem|selbstverletzer|selbstverletzerin|selbstschadigung|selbstschadigend|selbstverstummelung|selbstverletzt)",
    ),
    (
        "self_harm",
        r"(?:{MICH}) {GAPN}(?:geschnitten|gschnitten|geschniten|geschnitn|schneide|schneiden|zu schneiden|aufgeschnitten)(?! (?:\w+ ){0,2}(?:beim|bei der|am|an der|an dem|in den finger|in den daumen) )",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"(?:schneid|schneide) (?:{ICH} )?(?:{MICH})(?! (?:\w+ ){0,2}(?:beim|in den finger|in den daumen|am) )|(?:{ME}) (?:\w+ ){0,6}(?:in den arm|in die arme|in den unterarm|in die unterarme|in den oberschenkel|in die oberschenkel|in die beine|ins bein|in den bauch|in die haut|die arme|den arm|die haut|das handgelenk|die handgelenke|den oberschenkel|die oberschenkel|den bauch|oberschenkel|unterarm|am arm|an den armen|an den beinen|am bauch) (?:\w+ )?(?:geschnitten|gschnitten|aufgeschnitten|geritzt|gritzt|aufgekratzt|blutig gekratzt|verbrannt|zerschnitten|aufgeritzt|geschniten)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ )?(?:selbst|selber|absichtlich|bewusst|extra|mit absicht|wieder|schon wieder|erneut|gezielt) (?:\w+ ){0,2}(?:verletzt|verletze|verletzen|zu verletzen|verletz|weh getan|wehgetan|weh zu tun|wehzutun|geschlagen|gebissen|verbrannt|verbrenne|gequalt|bestraft|geschnitten|gschnitten|geschniten|geritzt|gritzt)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:schneide|schneid|ritze|ritz|kratze|kratz|schnitt|ritzte) (?:{ICH} )?(?:{ME}) (?:\w+ )?(?:in die arme|in den arm|in die beine|ins bein|in den oberschenkel|in die oberschenkel|in die haut|die arme|die haut|den arm|die beine|die handgelenke|in den bauch|in die handgelenke|am arm|an den armen)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:verletze|verletz|schneide|schneid|ritze|ritz|verbrenne|verbrenn|schlage|schlag|bestrafe|bestraf|quale|qual|kratze|kratz) (?:{ICH} )?(?:{ME}) (?:selbst|selber|absichtlich|bewusst|gezielt|immer wieder|wieder|mit absicht|extra)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:verbrenn|verbrenne|verbrennt) (?:{ICH} )?(?:{ME}) (?:\w+ )?(?:mit|an) (?:der |den |dem |einer |ner |n )?(?:zigarette|zigaretten|kippe|kippen|feuerzeug|kerze|bugeleisen|herdplatte)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:wenn|sobald) (?:der |mein )?druck (?:\w+ )?(?:zu gross|zu stark|zu viel|unertraglich)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:schlag|schlage|hau|haue|knall|knalle|ramm|ramme|schlug) (?:{ICH} )?(?:mit dem |meinen |den |mein |mit meinem )?(?:kopf|schadel|stirn) (?:\w+ )?(?:gegen|an) (?:die |eine |den |das )?(?:wand|tur|mauer|schrank|boden|fliesen|heizung|tisch)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:drang|druck|lust|verlangen|bedurfnis|zwang|sucht|impuls|impulse|gier) (?:\w+ ){0,3}(?:mich |mir |mi )?(?:zu ritzen|zu schneiden|zu verletzen|weh zu tun|wehzutun|zu verbrennen|blut zu sehen|selbst zu verletzen)|(?:will|muss|mochte|mocht|wollte|brauch|brauche) (?:{ME}) {GAPN}(?:verletzen|ritzen|schneiden|weh tun|wehtun|verbrennen|bestrafen|blutig kratzen)",
        {"owner": "self"},
    ),
    # burning: only with intent ("absichtlich", "mit dem Feuerzeug", "damit ich ...")
    (
        "self_harm",
        r"(?:absichtlich|bewusst|mit absicht|mit dem feuerzeug|mit nem feuerzeug|mit der zigarette|mit ner zigarette|mit dem bugeleisen) (?:\w+ ){0,6}(?:verbrannt|verbrennt|verbrenne|verbrennen|verbruht|verkokelt)|(?:{ME}) (?:\w+ ){0,5}(?:verbrannt|verbrennt|verbrenne|verbrennen|verbruht) (?:\w+ ){0,3}(?:damit|um (?:\w+ )?zu|weil ich|bis|absichtlich|mit absicht)|(?:zigarette|zigaretten|kippe|kippen|feuerzeug) (?:\w+ ){0,4}(?:auf|an) (?:meinem|meiner|meinen|mein|meine) (?:\w+ )?(?:arm|armen|haut|hand|bein|beinen|oberschenkel|handgelenk) (?:\w+ )?(?:ausgedruckt|ausdrucken|gedruckt|verbrannt|gehalten)",
        {"owner": "self"},
    ),
    # "ich tu mir weh", "mir selbst wehtun", "will mir wehtun"
    (
        "self_harm",
        r"(?:tu|tue|tua) (?:{ICH} )?(?:{MIR}) (?:(?!(?:{NEGWORD}) )\w+ )?(?:selbst |selber |absichtlich |bewusst )?(?:weh|wehtun|weh an)(?! (?:beim|wenn ich (?:falle|sturze)) )|(?:{MIR}) (?:selbst|selber|absichtlich|bewusst|extra|gezielt) (?:\w+ )?(?:weh|wehtun|schmerzen)|(?:will|muss|mochte|mocht|wollte|brauch|brauche) (?:{ICH} )?(?:{MIR}) {GAPN}(?:weh|wehtun|schmerzen) (?:zu )?(?:tun|zufugen)",
        {"owner": "self"},
    ),
    # hitting, biting, scratching until it hurts or bleeds
    (
        "self_harm",
        r"(?:schlag|schlage|hau|haue|boxe|box|knall|knalle|ramm|ramme) (?:{ICH} )?(?:{ME}) (?:\w+ ){0,4}(?:gegen|ins|in das|auf) (?:den |die |das |meinen |meine |mein )?(?:kopf|gesicht|wand|stirn|bauch|schadel|tur|oberschenkel|schenkel)|(?:kopf|schadel|stirn) (?:\w+ ){0,2}(?:gegen) (?:die |eine )?(?:wand|tur|mauer|fliesen) (?:\w+ )?(?:geschlagen|schlagen|schlag|schlage|geknallt|knallen|knall|gehauen|hauen|gerammt|gedonnert|donnern|haue|hau)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:kratz|kratze|kratzt|gekratzt|aufgekratzt|zerkratzt|aufkratzen|aufzukratzen|aufgerieben|aufgriebn|aufgeriebn|wundgerieben|aufgeschrubbt|aufgschrubbt|beiss|beisse|biss|gebissen|kneif|kneife|gekniffen|zwick|zwicke|ritz|ritze) (?:\w+ ){0,10}(?:bis (?:es|sie|ich|die|das|der|des|er|mir) (?:\w+ )?(?:blut\w*|richtig blutet|weh tut|wehtut|blau|grun und blau|wund|roh|offen|aufgeht)|blutig|bis aufs blut|bis blut kommt|bis (?:blut|bluat|bluad)\w*|bis zum bluten|bis (?:\w+ )?(?:blau flecken|blaue flecken|blut|striemen|wunden) (?:kommen|kommt|da sind|sieht))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:brauch|brauche|hol|hole|greif|greife|such|suche|will|mochte) (?:\w+ ){0,3}(?:die|eine|ne|meine|n|wieder die|wieder eine) (?:klinge|rasierklinge|klingen|scherbe|scherben|glasscherbe|xra(?:zor))(?! (?:\w+ )?(?:zum (?:rasieren|basteln|tapezieren)|fur (?:die beine|den rasierer|den hobel|den cutter|das teppichmesser|den rasierhobel)) )|(?:klinge|rasierklinge|scherbe|xra(?:zor)|nagelschere|zirkel) (?:\w+ ){0,4}(?:auf|uber|an|in) (?:meine|meinen|meinem|mein) (?:haut|arm|arme|unterarm|unterarme|handgelenk|oberschenkel|beine|bauch|hufte)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:schnitte|schnittwunden|narben|wunden|striemen|verbrennungen|brandwunden|ritzer) (?:\w+ ){0,2}(?:am|an den|an meinen|auf dem|auf den|auf meinem|auf meinen|in meinen|an meinem|an meiner|an ihren|an seinen|auf ihren|auf seinen) (?:\w+ )?(?:arm|armen|unterarm|unterarmen|beinen|bein|oberschenkel|oberschenkeln|handgelenk|handgelenken|bauch|huften|hufte)(?! (?:\w+ ){0,2}(?:vom|von der|seit der) (?:unfall|op|operation|sturz|katze|hund) )",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:ruckfall|ruckfallig|rueckfall|ruckfalle)(?: (?:\w+ ){0,4}(?:geritzt|ritz\w*|geschnitten|klinge|svv|verletzt|gschnitten))?|(?:\d+|ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|ein paar|einige|mehrere|viele) (?:jahr|jahre|jahren|monat|monate|monaten|woche|wochen|tag|tage|tagen) (?:\w+ )?(?:clean|ritzfrei|ohne ritzen|ohne svv|ohne zu ritzen|symptomfrei)|(?:clean|ritzfrei) (?:\w+ ){0,3}(?:gewesen|vorbei|verloren|kaputt)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:lange armel|langen armeln|pulli im sommer|pullover im sommer|armel im august|armstulpen) (?:\w+ ){0,6}(?:wieder|damit|schon wieder|narben|keiner sieht|niemand sieht)|(?:damit|dass|das) (?:keiner|niemand|koaner) (?:die |meine )(?:narben|schnitte|wunden) (?:sieht|sehen kann|merkt)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:{ME}) (?:selbst |selber )?(?:bestrafen|bestrafe|bestraf)(?= $| (?:und|weil|wenn|damit) )",
        {"owner": "self", "weak": True},
    ),
    # someone else: "sie hat sich geritzt", "er verletzt sich selbst"
    (
        "self_harm",
        r"(?:{SICH}) {GAPN}(?:geritzt|gritzt|ritzt|ritzen|ritzte|zu ritzen|aufgeritzt)|(?:{SICH}) (?:selbst|selber|absichtlich|wieder) (?:\w+ )?(?:verletzt|verletzen|geschnitten|schneidet|verbrennt|verbrannt)|(?:ritzt|verletzt|schneidet) (?:{SICH}) (?:\w+ )?(?:selbst|selber|wieder|absichtlich|die arme)|(?:ritzt|ritzte|ritzen) (?:{SICH})",
        {"owner": "other"},
    ),
    (
        "self_harm",
        r"(?:{ME}) (?:(?!(?:{NEGWORD}) )\w+ ){4,8}(?:geritzt|gritzt|aufgeritzt|geritz)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{ICH}|{ME}) (?:\w+ ){0,16}bis (?:\w+ ){0,3}(?:aufplatzt|aufplatzen|aufreisst|aufreissen|aufgerissen|aufgeplatzt|blutet|bluten|wund ist|wund sind|offen ist|offen sind|blutig ist|blutig sind)",
        {"owner": "self"},
    ),
    # --- being a burden -------------------------------------------------------------------
    (
        "burden",
        r"(?:bin|bi|fuhl mich wie|fuhle mich wie|fuhl mich als|fuhle mich als|komm mir vor wie|komme mir vor wie|(?:ich|i) (?:ware|war|sei|werde|wurde|bleibe)) (?:\w+ ){0,6}(?:eine|ne|a|e|nur|einfach eine|nur eine|nur noch eine|nur noch ein|nur mehr a|so eine|nix als eine|nichts als eine|allen eine|euch eine|ihnen eine|ihm eine|ihr eine|nume no e|nur noch e) (?:\w+ )?(?:last|belastung|belastng|belastig|belaschtig|belaschtung|zumutung|burde|ballast|klotz am bein|klotz|bremsklotz|plage)(?! (?:\w+ )?(?:fur mich|fur mi) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?<! er )(?<! sie )(?:falle|fall|werde|werd) {GAPN}(?:nur |doch |eh |bloss |immer |nur noch |sowieso )*(?:zur|zu) (?:last|lasst|belastung)|(?:allen|jedem|euch|dir|ihnen|meinen kindern|meiner familie|meinem mann|den kindern|der familie|anderen|meinen \w+|meiner \w+) (?:nur |doch |eh |bloss |immer |nur noch |sowieso )*(?:zur|zu) (?:last|lasst|belastung) (?:falle|fall|werde|werd|bin)(?= $| (?:und|weil|ich|doch|eh|nur) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:bin|ware|sei) (?:\w+ ){0,3}(?:nur noch |nur |allen |euch |eh |doch )?(?:im weg|klotz am bein|uberflussig|zu viel auf der welt|zuviel auf der welt)(?! (?:\w+ )?(?:beim|bei der|in der kuche|wenn) )",
        {"owner": "self", "weak": True},
    ),
    # "ohne mich wären alle besser dran", "alle wären besser dran ohne mich", "wenn es mich nicht gäbe"
    (
        "burden",
        r"(?:ohne mich|ohne mi|ohni mich|ohni mi) (?:(?!(?:{NEGWORD}) )\w+ ){0,4}(?:ware|war|waren|warn|wer|wars|hatten|hatte|hattens|hatteds|wurde|wurden|ginge|gings|geht|gehts|ist|is|isch|sind|san|konnten|konnte|haben|hat|kann|konnen|lebt|leben) (?:(?!(?:{NEGWORD}) )\w+ ){0,5}(?:besser|besser dran|glucklicher|leichter|liechter|einfacher|freier|frei|heil|friedlich\w*|ruhe|ruhiger|erleichtert|froh|entspannter|zufriedener|harmonischer|normale|normal|frieden)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:ohne mich|ohne mi|ohni mich) (?:(?!(?:{NEGWORD}) )\w+ ){0,2}(?:besser dran|besser|glucklicher|leichter|einfacher|freier|friedlicher|ruhiger) (?:ware|war|waren|wären|sind|ist|wars|dran ware)|(?:ohne mich|ohni mich) auf der welt|ohne mich (?:gabs|gabe|gab es|gibt es|gab s) (?:\w+ )?(?:keinen|kein|keine|koan) (?:streit|arger|probleme|stress|sorgen|zoff)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:ware|war|waren|warn|wer|hatten|hatte|hattens|wurde|wurden|ginge|gings|ist|is|sind|san|konnten|konnte|hat|haben) (?:\w+ ){0,3}(?:ohne mich|ohne mi) (?:(?!(?:{NEGWORD}) )\w+ ){0,2}(?:besser dran|besser|glucklicher|leichter|einfacher|freier|frei|heil|friedlich\w*|ruhiger|erleichtert|froh|entspannter|zufriedener|harmonischer|ihre ruhe|ruhe|normale|frieden)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:besser dran|besser|glucklicher|leichter|einfacher|freier|frei|heil|friedlicher|ruhiger|erleichtert|froh|entspannter|harmonischer|zufriedener|ihre ruhe|eine friedlichere|ein leichteres|ein besseres|ein einfacheres|es leichter|es einfacher|es besser) (?:\w+ ){0,3}(?:ohne mich|ohne mi)(?! (?:\w+ ){0,2}(?:am tisch|im urlaub|beim|auf der|in den urlaub|zum|zur|in der|auf die) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:wenn|falls|sobald) (?:es )?(?:mich|mi) (?:\w+ )?(?:nicht|nich|ned|net|nid|nimmer|nimma|numm) (?:mehr )?(?:gabe|gab|gabs|geben wurde|gaebe|gabat)|(?:wenn|falls|sobald) (?:ich|i|ig) (?:\w+ ){0,3}(?:weg|fort|tot|tod|(?:{NOMORE}) (?:da|hier|am leben)|verschwunden|gestorben|ganz weg|fur immer weg|unter der erde) (?:ware|war|waer|sei|wurde|wer)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:besser|erleichtert|froh|leichter|glucklicher|frei|freier|einfacher|erleichterung|aufatmen|durchatmen|das beste|am besten|erlost|friedlicher|heil|gefallen tun|gefallen|gerechter|akt der liebe|geschenk) (?:\w+ ){0,8}(?:wenn|falls|sobald) (?:ich|i|ig|es mich) (?:\w+ ){0,3}(?:weg|fort|tot|tod|verschwunden|gestorben|ganz weg|fur immer weg|unter der erde|verschwinde|verschwinden wurde|(?:endgultig|fur immer) (?:geh|gehe)|(?:{NOMORE}) (?:da|hier|am leben|lebe|leben|existiere|auf der welt|ware|war|waer|bin|sei|wurde)|nicht (?:mehr )?(?:gabe|gab|gibt|geben wurde))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:wenn|falls) (?:ich|i|ig) (?:\w+ ){0,3}(?:weg|tot|tod|gestorben|verschwunden|unter der erde|(?:{NOMORE}) (?:da|hier|am leben)|(?:{NOMORE})) (?:ware|war|waer|bin|sei|wurde|lebe|leb|existiere) (?:\w+ ){0,4}(?:besser|erleichterung|erleichtert|leichter|einfacher|froh|frei|erlost|ruhe|aufatmen|aufatmet|durchatmen|keine sorgen|gerechter|gut fur alle|das beste|erlosung|last weniger|sorge weniger|problem weniger|ihr leben zuruck|ihre ruhe)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:niemand|niemandem|keiner|keinem|koaner|kaner|kein mensch|keine sau|kein schwein|niemand mehr|keiner mehr|neamd|niemer|niemert|keine menschenseele) (?:\w+ ){0,2}(?:wurde|wurd|wird|tat|tate|konnte|musste|hatte) (?:\w+ ){0,2}(?:mich|mi) (?:\w+ ){0,2}(?:vermissen|vermisse|vermiss|merken|bemerken|betrauern|beweinen|nachweinen)|(?:vermisst|vermissen|merkt|merken) (?:\w+ )?(?:mich|mi) (?:\w+ )?(?:eh |doch |sowieso |ja |auch )?(?:niemand|keiner|koaner|kein mensch|neamd)|(?:wurde|wurd|wird|tat) (?:mich|mi) (?:eh |doch |sowieso |ja |auch |wirklich )?(?:niemand|keiner|koaner|kein mensch) (?:vermissen|merken|bemerken)|(?:mich|mi) (?:wurde|wurd|wird|tat|tate) (?:eh |doch |sowieso |ja |auch |wirklich )?(?:niemand|keiner|koaner|kein mensch|neamd) (?:\w+ )?(?:vermissen|merken|bemerken)|(?:wurde|wurd|wird) (?:eh |doch |sowieso |ja |auch |wirklich )?(?:niemand|keiner|koaner|kein mensch) (?:merken|bemerken|vermissen) (?:wenn|falls|dass|das) (?:ich|i)|(?:niemand|niemandem|keiner|keinem|koaner|kein mensch) (?:wurde|wurd|wird|tat|tate) (?:es |das |des )?(?:\w+ )?(?:merken|bemerken|mitkriegen|mitbekommen|vermissen|auffallen|fehlen) (?:wenn|falls|dass|das) (?:ich|i)|(?:wurde|wurd|wird|tat) (?:es |das |des )?(?:niemand|niemandem|keiner|keinem|koaner) (?:\w+ )?(?:auffallen|fehlen|merken) (?:wenn|falls|dass|das) (?:ich|i)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:ich|i) (?:bin|bin doch|bin nur|bin eh|war|war immer|bin immer) (?:\w+ )?(?:das problem|der fehler|der grund (?:fur alles|warum|wieso|dass)|schuld an allem|an allem schuld|das ubel|der storfaktor)|(?:ich|i) (?:mach|mache|bring|bringe) (?:\w+ )?(?:nur |allen |immer |doch |eh )+(?:probleme|arger|streit|unglück|ungluck)(?= $| (?:und|fur|ich|mehr) )|(?:koste|kost) (?:\w+ ){0,2}(?:nur|allen|eh) (?:noch )?(?:geld|nerven|kraft|zeit)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:die|sie|alle|meine \w+|er|mein \w+) (?:\w+ ){0,2}(?:waren|war|ware|warn|wurden|wurde) (?:\w+ ){0,2}(?:erleichtert|froh|glucklich|glucklicher|frei|erlost|freier) (?:\w+ ){0,2}(?:wenn|falls) (?:ich|i) (?:\w+ ){0,2}(?:weg|tot|nicht mehr da|fort|nimma da|verschwunden)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:mache|mach|bringe|bring|zerstore|zerstor|ruiniere) (?:\w+ )?(?:immer |nur |eh |doch )*(?:alles|allen alles|jedem alles) (?:kaputt|zunichte)|(?:ich|i) (?:bin|war) (?:der|die|das) (?:stein|storenfried|hindernis) (?:\w+ ){0,3}(?:uber den alle|im getriebe|zwischen uns|im weg)",
        {"owner": "self", "weak": True},
    ),
    # --- goodbye and finality -------------------------------------------------------------
    (
        "goodbye",
        r"(?:das ist|dies ist|das is|des is|hier ist|hier is|ist|is|isch|das wird) (?:\w+ )?(?:mein|meiner) (?:allerletzter|letzter) (?:post|beitrag|eintrag|kommentar|text|brief|gruss)|(?:das ist|dies ist|das is|des is|hier ist|hier is|ist|is|isch|das wird) (?:\w+ )?(?:meine|die|mei|mine) (?:allerletzte|letzte|letzten|aller letzte) (?:nachricht|message|mail|zeile|zeilen|worte|post|eintrag|sms|whatsapp|botschaft)(?! (?:von|die ich von|aus|an mich|an sie|an ihn|an ihr|fur heute|fur diese woche|diese woche|fur dieses jahr|dieses jahr|in diesem jahr|vor dem|vor der|vor meinem|vor meiner|bis morgen|bis bald|bis dann|bis nachste|bis spater) )|(?:meine|mei) (?:allerletzte|letzte|letzten) (?:nachricht|worte|zeilen)(?! (?:von|an (?:sie|ihn|ihr|ihm|meine|meinen|mein|die|den|der)|blieb|wurde|hat|war|ist (?:schon|jetzt|vor)|vom|vor|fur heute|fur diese woche|diese woche|fur dieses jahr|dieses jahr|in diesem jahr|bis morgen|bis bald|bis dann|bis nachste|bis spater) )|(?:{START})(?:letzte|allerletzte) (?:nachricht|worte|zeilen)(?= $)|(?:letzte|allerletzte) (?:nachricht|worte) (?:von mir|an (?:dich|euch|alle))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:das|dies|des|es) (?:ist|is|wird|isch) (?:\w+ )?(?:das|mein|s) (?:letzte|allerletzte|letztes) mal (?:\w+ ){0,2}(?:dass|das|wo|wie) (?:ich|i|ig) (?:\w+ ){0,3}(?:schreib\w*|meld\w*|bin|mich melde|hier bin)|(?:zum|ein) (?:letzten|allerletzten|letztes) mal (?:\w+ ){0,3}(?:schreib\w*|meld\w*|hier|bei dir|bei euch)(?= $| (?:und|danke|bevor|weil) )",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:werde|werd|wer) (?:ich |i )?{ONEWORD}(?:hier |dir |euch |ihnen )?(?:{NOMORE}|nie) (?:mehr |wieder )?(?:schreiben|schreibn|melden|da sein|hier sein|zuruckkommen|wiederkommen|online sein|hier schreiben)(?= $| (?:und auch|auch sonst|nirgends|danke|ab morgen|ab heute|nach heute|fur immer) )|(?:{ICH}) (?:schreib|schreibe|meld|melde) (?:mich |hier |dir |euch )?(?:nimma|nimmer|nie mehr|nie wieder|numm|nimmer mehr)(?= $| (?:und|danke|ab|bei) )|(?:du|ihr|sie|niemand) (?:\w+ )?(?:horst|hort|horen|horn|werdet|wirst) (?:\w+ )?(?:nichts |nix |nicht |nie |nimmer |nimma )(?:mehr |wieder )?(?:von mir|was von mir)|(?:von mir|vo mir) (?:hort|horst|horen|werdet|wird|wirst) (?:ihr |du |ihr alle |\w+ )?(?:dann |danach |ab jetzt |bald )?(?:keiner|niemand|koaner|neamd|nichts|nix|nie|nimmer|nimma) (?:mehr|wieder)(?! (?:\w+ )?(?:bis|vor|uber|zum|zu dem|wahrend|im urlaub|in den ferien|diese woche|heute|fur heute|dazu) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:{ICH}) (?:schreib|schreibe|melde|meld) (?:mich )?(?:hier |dir |euch )?(?:nicht mehr|nich mehr|ned mehr)(?= $| (?:ab|und|danach|nach) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:lebt|leb|lebe|lebet|lebts|lebens) (?:\w+ )?wohl|lebwohl|lebewohl|(?:fur immer|auf ewig|zum letzten mal|ein letztes mal) (?:tschuss|adieu|ade|lebewohl|auf wiedersehen|goodbye|bye|servus|pfiat di|ciao|baba|adios)|(?:tschuss|tschus|adieu|ade|auf wiedersehen|goodbye|servus|pfiat di|pfiat eich|ciao|baba) (?:\w+ ){0,3}(?:fur immer|auf ewig|fur alle zeit|zum letzten mal|ein letztes mal)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:verabschieden|verabschiden|verabschiedn|verabschiede|verabschied) (?:\w+ ){0,2}(?:fur immer|endgultig|fur ewig|fur alle zeit|von dieser welt|vom leben)|(?:{WANT}|wollt|wollte) (?:\w+ ){0,3}(?:mich|mi) (?:\w+ ){0,2}(?:verabschieden|verabschiden|verabschiedn|verabschiede) (?:\w+ ){0,2}(?:fur immer|endgultig|fur ewig)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:{WANT}|wollt|wollte) (?:\w+ ){0,3}(?:mich|mi) (?:\w+ ){0,3}(?:verabschieden|verabschiden|verabschiedn|verabschiede)|(?:{ICH}) (?:verabschiede|verabschied) (?:mich|mi)|(?:{START})(?:adieu|adie|ade|lebwohl|tschuss|tschus|tschuss ihr lieben|servus und danke|xwa(?:ve))(?= $)|(?:adieu|tschuss|pfiat|servus|ade|baba) (?:zame|zamma|zamme|mitenand|miteinander|alle|ihr lieben|euch allen|allerseits|ihr alle)(?= $)|(?:leise|stumm|still|zum abschied|ein letztes) (?:servus|tschuss|adieu|ade|ciao|pfiat di|auf wiedersehen|goodbye)",
        {"owner": "self", "weak": True},
    ),
    (
        "faint",
        r"(?:danke|dank|merci|vielen dank|tausend dank|danke euch|danke dir|danke ihnen|dankschon|dankeschon) (?:\w+ ){0,3}(?:fur|fuer|fir) (?:alles|ois|alls|allem|all die zeit|die ganze zeit|die ganzen monate|all die jahre)(?! (?:was|das|dass|wie|und bis|bis) )(?! (?:\w+ ){0,3}(?:bis morgen|bis bald|bis dann|gute nacht|schonen abend|ich meld mich|und bis) )",
    ),
    (
        "faint",
        r"(?:passt|pass|passen sie) (?:gut )?auf (?:euch|dich|sich) auf|(?:machts|machs|machets|machet|macht es|mach es|machen sie es|machets) (?:\w+ )?gut(?= $| (?:ihr|alle|und|fur immer|meine|leute|mitenand|miteinander) )|(?:pfiat|pfiadi) (?:di|eich|enk|euch|gott)",
    ),
    # "ihr werdet mich nie wieder sehen" (also said when moving out after a row: weak)
    (
        "goodbye",
        r"(?:du|ihr|sie) (?:wirst|werdet|werden|wirscht) (?:mich|mi) (?:\w+ )?(?:nie wieder|nie mehr|nicht mehr|nimmer|nimma|nicht wieder|nie nie wieder|nimmermehr) (?:sehen|sehn|seh)|(?:ihr|du) (?:seht|siehst) (?:mich|mi) (?:\w+ )?(?:nie wieder|nie mehr|nimmer|nimma|nicht mehr|nicht wieder)(?= $| (?:danke|adieu|tschuss|ciao|lebt|pfiat|servus|versprochen|ich|i) )|(?:adieu|tschuss|pfiat|servus|ade|baba|ciao) (?:zusammen|leute|ihr|alle)(?= (?:du|ihr|sie|ich|i) (?:\w+ ){0,3}(?:nie|nicht mehr|nimmer|nimma|nie mehr|werdet|wirst|seht|horen|horts) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:es|s) war (?:\w+ )?(?:schon|nett|toll|lieb) (?:\w+ ){0,2}mit (?:dir|euch|ihnen) (?:\w+ ){0,2}(?:zu schreiben|zu reden|geschrieben|geredet|gesprochen)|(?:du warst|ihr wart|sie waren) (?:\w+ ){0,3}(?:die einzige|der einzige|die einzigen|netter|immer fur mich da|mein einziger halt)|(?:pass|passt|passen sie) (?:\w+ )?(?:gut )?auf (?:die anderen|die andern|meine|meinen|die kleine|die kinder|die mamas|die mutter) (?:\w+ ){0,2}auf|(?:{ICH}) (?:geh|gehe|gang|gange) (?:jetzt|nun|dann jetzt)(?= $| (?:und|fur immer) )|(?:{ICH}) bin (?:dann|dan|jetzt) weg(?= $)|(?:das|des) (?:wars|war s|war es) (?:dann )?(?:von mir|fur mich|mit mir)(?: xwa(?:ve))?(?= $)|(?:tschuss|adieu|lebt wohl|macht es gut|machts gut|danke fur alles|pfiat di) (?:\w+ ){0,3}xwa(?:ve)|(?:bevor|ehe) (?:ich|i) (?:geh|gehe|gang|verschwinde|sterbe)(?= $| (?:wollt|will|mocht|wollte|mochte|noch|sag) )|(?:ich|i) (?:hab|habe) (?:meinen|mein) (?:frieden|friede) (?:\w+ )?(?:gemacht|geschlossen|gefunden)|(?:hab|habe|hatte) (?:euch|dich|euch alle) (?:\w+ )?(?:immer )?(?:lieb gehabt|geliebt|gern gehabt|liebgehabt)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:sag|sagt|sagen sie|richte|richt|richtet|richten sie|sag bitte|sagt bitte|erzahl|erzahlt) (?:\w+ ){0,5}(?:dass|das|des) (?:ich|i) (?:\w+ ){0,3}(?:sie|ihn|euch|dich|alle|die kinder|sie alle) (?:\w+ ){0,2}(?:immer |trotzdem |sehr |so sehr |uber alles )?(?:geliebt|lieb hab|lieb habe|liebe|lieb gehabt|lieb hatte|gern hab|nie vergessen|nie bose war|verzeihe|verzeih)|(?:sag|sagt|sagen sie|richte|richtet) (?:ihm|ihr|ihnen) (?:bitte )?(?:das|des|es) (?:\w+ )?von mir|(?:sag|sagt|sagen sie) (?:ihr|ihm|ihnen|meiner \w+|meinem \w+) (?:\w+ ){0,8}(?:lieb gehabt|geliebt|lieb hatte|lieb hat|nicht bose|keine schuld|nicht (?:ihre|seine) schuld)|(?:sag|sagt|sagen sie|richte|richtet) (?:\w+ ){0,2}(?:ihm|ihr|ihnen|euch|meiner \w+|meinem \w+|meinen \w+) (?:\w+ ){0,3}(?:es tut mir leid|tut mir leid|ich liebe|ich hab (?:\w+ )?lieb|i hab (?:\w+ )?gern|ich hab (?:\w+ )?gern|verzeih|dass ich (?:\w+ )?lieb|ein paar dinge von mir|dass es nicht (?:ihre|seine|eure) schuld)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:kanns|kann es|kann das|kann des|kann) (?:\w+ ){0,2}(?:ihm|ihr|ihnen|euch|es) (?:\w+ )?(?:{NOMORE}) (?:\w+ )?(?:selber |selbst |personlich )?sagen|(?:werde|werd|wer) (?:\w+ ){0,3}(?:{NOMORE}) (?:\w+ )?(?:sagen konnen|sagen kann)|(?:ich|i) (?:selbst|selber) (?:werde|werd|kann) (?:\w+ ){0,2}(?:nicht mehr|nimma|nie mehr) (?:\w+ )?sagen",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:werd|werde|wer) (?:\w+ ){0,3}(?:{NOMORE}) (?:da|hier|am leben|auf der welt) (?:sein|si)(?! (?:\w+ )?(?:im buro|in der arbeit|zuhause wenn|daheim wenn) )|(?:ab|nach) (?:morgen|heute|heute abend|nachste woche|dem wochenende|weihnachten|ostern|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|dann) (?:bin|werd|werde) (?:ich|i) (?:\w+ )?(?:{NOMORE}) (?:da|hier|am leben)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:wenn|falls|sobald) (?:ich|i|ig) (?:\w+ )?(?:{NOMORE}) (?:da |hier |am leben |auf der welt )?(?:bin|bi|sei|sein werde)|(?:wenn|falls|sobald) (?:ich|i) (?:\w+ )?(?:weg|fort|tot|gestorben) (?:bin|bi|sei)(?= $| (?:dann|muss|soll|sollen|kann|konnen|hat|haben) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:{ME}) (?:\w+ ){0,2}von (?:allen|jedem|euch allen|meinen lieben|der familie|allen lieben|meiner familie) (?!(?:kollegen|kolleginnen|nachbarn|gasten) )(?:\w+ )?verabschiedet(?! (?:\w+ ){0,4}(?:rente|ruhestand|urlaub|kur|reha|umzug|feier|party|fest|kollegen) )|ohne dass (?:sie|es|jemand|einer|die|er) (?:\w+ ){0,2}(?:gemerkt|mitbekommen|bemerkt|gecheckt|kapiert)|(?:heimlich|still und leise) (?:\w+ ){0,2}verabschiedet",
        {"weak": True, "owner": "self"},
    ),
    (
        "goodbye",
        r"(?:wenn|falls|sobald) (?:du|ihr|sie|er|jemand|\w+) (?:\w+ )?(?:das|dies|des|diese nachricht|diese zeilen|den brief|das hier|meinen brief) (?:\w+ )?(?:liest|lest|lesen|findet|findest|bekommt|bekommst) (?:\w+ )?(?:bin|san) (?:ich|i) (?:\w+ )?(?:schon |bereits |langst )?(?:tot|gestorben|weg|nicht mehr da|nicht mehr am leben|nicht mehr hier|nimma da|bei (?:meiner|meinem) (?:mutter|mama|vater|papa|mann|sohn|tochter|oma|opa)|im himmel|da oben)|(?:wenn|falls|sobald) (?:du|ihr|sie|er|jemand|\w+) (?:\w+ )?(?:das|dies|des|diese nachricht|diese zeilen|den brief|das hier|meinen brief) (?:\w+ )?(?:liest|lest|lesen|findet|findest|bekommt|bekommst) (?:\w+ )?(?:lebe|leb) (?:ich|i) (?:\w+ )?(?:{NOMORE})",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:verzeih|verzeiht|verzeihen sie|vergib|vergebt|entschuldigt|sorry|entschuldigung|tut mir leid|es tut mir leid) (?:\w+ ){0,2}(?:mir )?(?:fur|fuer|fir) (?:alles|ois|all das|das alles|all den schmerz|den schmerz)(?= $| (?:ich|i|und|was) )",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:schwarzes|schwarzen|schwarze) (?:\w+ )?(?:bild|foto|profilbild|story) (?:\w+ )?(?:gepostet|hochgeladen|geandert|gestellt)",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:klingt|klang|liest sich|lest sich|hort sich|hoert sich|tont) (?:\w+ ){0,3}(?:wie|nach) (?:ein|einem|einen|nem|nen|n|a) (?:abschied|abschiedsbrief|lebewohl|abschiedsnachricht)",
        {"owner": "other"},
    ),
    # --- faint signs: ask directly --------------------------------------------------------
    (
        "faint",
        r"(?:kann|ko|ka|konn|chan|cha|kaan) (?:\w+ )?(?:einfach |echt |wirklich |so |langsam |bald |halt |ehrlich )?(?:nicht mehr|nich mehr|ned mehr|net mehr|nid mehr|nod mehr|nimma|nimmer|numm|numme|nummi|nimmi|nimme)(?= $| (?:und|ich|i|echt|wirklich|einfach|so|alles|es|mama|aber|weil|sorry|punkt|weiter) )",
    ),
    (
        "faint",
        r"(?:halt|halte|ertrag|ertrage|pack|packe|schaff|schaffe|derpack|derpacke|verkraft|verkrafte) (?:\w+ ){0,2}(?:das|es|dies|alles|des|den schmerz|die einsamkeit|diese einsamkeit|das leben|mein leben|s) (?:\w+ )?(?:{NOMORE})(?: (?:aus|durch))?|(?:weiss|woass|weis) (?:\w+ )?(?:nicht|nich|ned|net) (?:\w+ )?(?:wie lange|wielange) (?:ich|i) (?:\w+ ){0,2}(?:noch )?(?:aushalte|aushalt|schaffe|schaff|durchhalte|durchhalt|ertrage|pack|packe|kann)",
    ),
    (
        "faint",
        r"(?:keine|kei|koa|null) (?:kraft|energie|hoffnung|zukunft|perspektive) mehr|(?:kein|keinen|koan) ausweg (?:mehr)?|ausweglos|(?:bin|fuhl mich|fuhle mich) (?:\w+ )?(?:am ende|am ende meiner kraft|am ende meiner krafte|am boden zerstort)(?= $| (?:und|ich|i|mit) )",
    ),
    (
        "faint",
        r"(?:hat|hats|macht|ergibt) (?:\w+ ){0,2}(?:alles |des alles |das alles |des ganze |das ganze |doch )?(?:keinen|kein|koan|null) sinn mehr|(?:alles|das leben|des ganze|das ganze) (?:hat|macht) (?:\w+ )?(?:keinen|kein) sinn|(?:wozu|wofur|fur was) (?:das|des|dies|dieses) (?:alles|ganze|leben)(?= $)|(?:dunkle|dunklen|schwarze|schwarzen|dustere|dusteren|komische|schlimme|schlimmen|finstere|finsteren) gedanken",
    ),
    (
        "faint",
        r"(?:{WANT}) {GAPN}(?:einfach |nur noch |nur |endlich |mal )?(?:verschwinden|weg sein|abtauchen|nichts mehr fuhlen|nix mehr spuren|nichts mehr spuren|dass es aufhort|dass alles aufhort|nur noch schlafen|schlafen und nicht|unsichtbar sein|mich auflosen|in luft auflosen)",
    ),
    (
        "faint",
        r"(?:mude|erschopft|satt|ausgelaugt) (?:von allem|vom kampfen|von allem hier|vom ganzen)|(?:innerlich|innen) (?:\w+ )?(?:tot|gestorben|abgestorben)|(?:fuhl|fuhle|fuhlt) (?:mich|mi) (?:\w+ )?(?:so |ganz |nur noch |total )?(?:leer|tot|wie tot|wie eine leere hulle|wie ein geist)(?= $| (?:und|innen|innerlich) )|(?:hab|habe) (?:mich|mi) (?:\w+ )?aufgegeben|(?:alles|eh scho|eh schon|mir alles) (?:\w+ )?(?:egal|wurscht|wurst)(?= $| (?:jetzt|grad|mittlerweile) )",
    ),
    # --- more ways of saying it: euphemisms, dialects, the unsaid ---------------------------
    # wishing: "hol mich zu dir", "ich wünsch mir einen Herzinfarkt", "ich beneide die Toten"
    (
        "wish_dead",
        r"(?:hol|hole|holt|nimm|nehmt|hoi|hoit) (?:mich|mi) (?:\w+ )?(?:zu dir|zu euch|zu dir nach oben|heim|zu sich|nach oben|in den himmel|zu dir rauf|endlich)(?= $| (?:und|bitte|mama|papa|herrgott|gott|zu) )",
    ),
    (
        "wish_dead",
        r"(?:wunsch|wunsche|wunscht|wunschte|hoff|hoffe|bete) (?:mir |mia |ma )?(?:\w+ )?(?:an|einen|nen|n|a) (?:herzinfarkt|schlaganfall|hirnschlag|infarkt|unfall|autounfall|tod|plotzlichen tod|krebs|tumor)|(?:beneide|beneid|benaid) (?:\w+ )?(?:die toten|die verstorbenen|meinen toten|jeden toten|die im grab)|(?:die|die da) (?:\w+ ){0,2}(?:haben es|habens) (?:\w+ )?hinter sich",
    ),
    (
        "wish_dead",
        r"(?:egal|gleich|gliich|wurscht|wurst|einerlei) (?:\w+ ){0,3}ob (?:ich|i|ig) (?:\w+ )?(?:da bin|da bi|lebe|labe|hier bin|noch da bin|noch lebe|existiere|lebendig bin|da bin oder)|(?:lieber|am liebsten) (?:\w+ ){0,3}(?:da unten|unter der erde|im grab|bei (?:mama|papa|ihm|ihr|meinem mann|meiner mutter) (?:da unten|im grab|auf dem friedhof))",
    ),
    (
        "wish_dead",
        r"(?:wurde|wurd|hatte|hatt) (?:\w+ )?(?:gern|gerne|so gern) (?:\w+ )?(?:einfach )?(?:aufhoren|aufhore|aufh)(?= $| (?:ohne|zu leben|zu existieren|einfach) )|(?:ohne was|ohne etwas|ohne dass ich) (?:\w+ )?(?:tun|machen) (?:zu )?(?:mussen|muss) (?:\w+ )?(?:einfach )?(?:nicht mehr da|weg|tot|aufhoren|vorbei)|(?:dass|das) es (?:\w+ )?(?:einfach )?aufhort(?:,)? (?:\w+ ){0,2}ohne dass ich (?:\w+ )?(?:was|etwas) (?:tun|machen) (?:muss|mus)",
    ),
    (
        "wish_dead",
        r"(?:wunsch\w*|will|mochte|mocht) (?:\w+ ){0,3}(?:ausgeloscht|ausgeloescht|ausloschen|auslosche) (?:werden|sein|zu werden)?|(?:fur immer|fur imer|fur imma|endgultig) (?:weg|fort|ausgeloscht|verschwunden)(?= $)|(?:ganz )?leise (?:weg|verschwinden|gehen|einschlafen)(?= $| (?:fur immer|und) )",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:mit|gegen) (?:meinem mann|meiner mutter|meinem vater|meinem sohn|meiner tochter|mama|papa|ihm|ihr|den toten|dem toten) (?:\w+ )?(?:sofort |gern |gerne |lieber )?tauschen|(?:will|mochte|mocht) (?:\w+ )?(?:auch )?(?:dahin|dorthin|da hin|da runter|hinterher)(?= $)|(?:will|mochte|mocht|wunsch\w*) (?:\w+ ){0,5}(?:auf den friedhof|ins grab|unter die erde)(?= $| (?:zu|neben|ins) )|(?:das einzige|das einzigste|nur noch) (?:\w+ ){0,2}(?:was|das) (?:mich|mi) (?:\w+ )?(?:noch )?(?:halt|hier halt|am leben halt)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:nicht mehr|nimmer|nimma|nie mehr) erleben (?:will|mochte|mag|wollen|mocht)|(?:will|mochte|mag) (?:\w+ ){0,3}(?:nicht mehr|nimmer|nimma|nie mehr) erleben",
        {"negatable": False},
    ),
    # thinking: "aus dem Leben gehen", "mich selbst abmelden", "es selbst beenden", "unalive"
    (
        "thoughts",
        r"aus dem leben (?:zu )?(?:gehen|scheiden|treten|verschwinden|gehn)|(?:mich|mi|mich selbst) (?:\w+ )?(?:selbst |selber )?(?:abzumelden|abmelden|ausloggen|auszuloggen|wegmachen|wegzumachen|verabschieden|zu verabschieden) (?:\w+ )?(?:fur immer|endgultig|aus dem leben|aus der welt|von der welt|fur ewig|von dieser welt|vom leben)",
    ),
    (
        "thoughts",
        r"(?:es|das|det|des|dat|alles|mei lebn|mein leben|mei leben|det janze leben) (?:\w+ )?(?:selber|selbst) (?:zu )?(?:beenden|beende|beend|beendet|zu ende bringen)|(?:wenn|dass|das) (?:ich|i) (?:es|das|alles|mei leben|mein leben) (?:\w+ )?(?:selbst |selber )?(?:beende|beend)(?= $| (?:das|und|dann|geht) )",
    ),
    (
        "thoughts",
        r"(?:allem|all dem|dem allen|allen|mir|meinem dasein|meinem leben|meiner existenz|dem janzen|dem janze) (?:\w+ )?(?:ein ende|a end|n ende|en end) (?:zu )?(?:machen|mache|setzen|bereiten|machn)",
    ),
    (
        "thoughts",
        r"(?:unaliven|selbstmord begehen|suizid begehen)(?= $| (?:gedanken|ich|und|kein) )|(?:mich|mi) (?:\w+ )?(?:zu )?(?:unaliven|unalive)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:denk|denke|dachte) (?:\w+ )?(?:in letzter zeit |so |immer |standig |dauernd |jeden tag |jeden abend )?(?:oft|viel|standig|dauernd|immer|oft und oft|wieder) (?:dran|daran)(?= $)|(?:man|ma) (?:sich|si) (?:\w+ ){0,3}(?:umbringt|umgebracht hat|das leben nimmt|das leben genommen hat|totet|getotet hat)",
        {"weak": True, "owner": "self"},
    ),
    (
        "thoughts",
        r"(?:und )?wie (?:ich|i) (?:es|s|das) (?:machen|tun|anstellen|anstelle) (?:wurde|konnte|werde|soll|sollte)(?= $)|(?:denk|denke) (?:\w+ )?(?:daruber|druber|daran|dran) nach(?= $)|(?:das|des|dat|es) (?:konnte|konnt|kann|kunnt) (?:ich|i) (?:\w+ )?(?:losen|beheben|beenden|regeln|andern)(?= $)|(?:gedanken|jedanken|gedanke|jedanke|kopf|kopp) (?:\w+ ){0,4}(?:geht|jeht|gehn|gehen) (?:\w+ )?(?:nicht|nich|ned|net) (?:mehr )?weg",
        {"weak": True},
    ),
    # means: "einfach nicht mehr lenken", "ein Schritt und aus", "Sterbefasten", the gun cabinet's key
    (
        "method",
        r"(?:einfach |nur )?(?:nicht mehr|nimmer|nimma|ned mehr) (?:lenken|bremsen|ausweichen|gegenlenken|festhalten|weitergehen)(?= $| (?:und|bei|dann) )|(?:anhalten|aussteigen|rubersteigen|druber) (?:\w+ )?(?:aussteigen|rubersteigen|ruber|drüber|druber|runter|springen)(?= $)",
    ),
    (
        "method",
        r"(?:ein|a|einen|1|nur ein|ein einziger|n) (?:schritt|sprung|satz|schritterl) (?:\w+ )?(?:und|un|n)? ?(?:aus|vorbei|fertig|schluss|ende|weg|ruhe)(?= $| (?:is|ist|ware|war) )",
    ),
    (
        "method",
        r"(?:sterbefasten|freiwilliger verzicht auf nahrung|fvnf)|(?:nicht mehr|nichts mehr|nix mehr) (?:zu )?(?:essen|trinken) (?:\w+ ){0,3}(?:bis|und dann|bis ich|bis man) (?:\w+ ){0,2}(?:sterbe|stirbt|tot|vorbei|einschlafe)",
    ),
    (
        "method",
        r"(?:rechne|rechnen|rechnet|frag mich|uberleg|uberlege|uberlegt) (?:\w+ ){0,2}ob (?:das|des|es|der|die|dat) (?:\w+ )?(?:reicht|reichen|hoch genug|tief genug|genug ist|langt)|(?:hab|habe|hob) (?:\w+ ){0,4}(?:nachgelesen|nachgeschaut|gegoogelt|recherchiert|belesen|gelesen|informiert) (?:\w+ ){0,5}(?:todlich|letal|kohlenmonoxid|co vergiftung|uberdosis)",
    ),
    (
        "method",
        r"(?:grill|holzkohle|kohlenmonoxid|abgase|grillkohle|kohlegrill) (?:\w+ ){0,3}(?:im geschlossenen raum|in geschlossenen raumen|im bad|im badezimmer|im schlafzimmer|im auto|in der wohnung|im kleinen raum)|(?:was passiert|was geschieht|passiert was) (?:\w+ ){0,3}wenn (?:man|ich|i) (?:\w+ ){0,4}(?:alle|alles|die ganze packung|die ganze schachtel|die ganzen|zu viele|auf einmal|ganze packung) (?:\w+ ){0,3}(?:nimmt|nehme|schluckt|schlucke|spritzt|spritze|trinkt|trinke)",
    ),
    (
        "method",
        r"(?:mich|mi) (?:\w+ ){0,3}(?:in die|in den|ins|vom|von der|vor den|vor die|unter den) (?:\w+ ){0,2}(?:{WATER}|{HIGH}|{TRAIN}|{VEHICLE}) (?:\w+ ){0,2}(?:fallen|geh|gehen|gleiten|treiben|rollen|sinken|sturzen|falln) (?:lass|lassen|lasse|loss|losse)|(?:reinlaufen|reingehen|hineingehen|reinspringen|reinlauf|weiterlaufen|hineinlaufen|reinschwimmen|rausschwimmen) (?:\w+ ){0,2}(?:bis|und) (?:es |ich )?(?:\w+ )?(?:vorbei|aus|nicht mehr|keinen boden|untergeh\w*)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:fahrplan|fahrzeiten|fahrtzeiten) (?:\w+ ){0,4}(?:guterzug\w*|guterzugen|der zuge|von den zugen|ice|s bahn)|(?:guterzug\w*|der zug|die zuge|der ice|die s bahn) (?:\w+ ){0,8}(?:ohne zu bremsen|ohne bremsen|nicht bremsen|mit vollgas|jede nacht|durchrauscht|rauscht durch)|(?:fahren|rauschen|donnern|rasen|fahrt|rauscht) (?:\w+ ){0,3}(?:durch )?ohne (?:zu )?bremsen|(?:denk|denke) (?:mir|ma) (?:meinen|mein|mei|meine) teil",
        {"weak": True},
    ),
    (
        "method",
        r"(?:balkon|fenster|dach|brucke|gleise|seil|strick|tabletten|messer|see|fluss|gewehr|pistole) (?:\w+ ){0,6}(?:nicht mehr nur|nimma nur|ned nur mehr) (?:\w+ ){0,3}(?:zum|fur|als|da)",
    ),
    (
        "method",
        r"(?:war|ware|wär|waer|wars|ginge|geht|gings|is|ist|des war|das war|des ware|das ware|wer) (?:\w+ )?(?:ganz |so |eh |ja )?(?:schnell|schnell vorbei|schnell gegangen|einfach|leicht|schmerzlos|sicher|a losung|eine losung|die losung)(?= $)",
        {"weak": True},
    ),
    (
        "method",
        r"(?:guck|gucke|schau|schaue|starr|starre|blick|blicke) (?:\w+ ){0,3}(?:runter|hinunter|in die tiefe|uber die kante|uber das gelander|aufs wasser|ins wasser|auf die gleise|auf die betonpfeiler|auf die pfeiler|auf den pfeiler|den schrank|das gelander)(?= $| (?:und|o|an|oa|wie) )|(?:gelander|kante|brustung|mauer) (?:\w+ ){0,2}(?:gar nicht|nicht so|nicht|ned so) (?:so )?hoch|(?:turm|brucke|hochhaus|haus|dach|felsen|klippe|staumauer|gebaude) (?:\w+ )?(?:hat|ist|is|sind) (?:\d+|zwanzig|dreissig|vierzig|funfzig|hundert) (?:meter|stockwerke|stock)",
        {"weak": True},
    ),
    (
        "method",
        r"(?:strick|seil|schlinge|rattengift|gift|gewehr|pistole|waffe|rasierklingen|klingen) (?:\w+ ){0,2}(?:angeguckt|angeschaut|angesehen|ausgesucht|in der hand gehabt|in der hand ghabt|ausprobiert|getestet)|(?:schlussel|schlussl) (?:\w+ ){0,3}(?:in der hand|in da hand|in de hand) (?:gehabt|ghabt|gehalten)",
        {"weak": True},
    ),
    (
        "method",
        r"(?:fotos|foto|bild|bilder|video) (?:\w+ ){0,2}(?:von|der|seiner|ihrer|mit der|mit dem|mit den) (?:\w+ )?(?:pistole|waffe|gewehr|tabletten|pillen|strick|seil|klinge|rasierklinge|brucke|gleise) (?:\w+ ){0,3}(?:geschickt|gepostet|geschickt hat|hochgeladen)",
    ),
    # at hand: in the shed or the cellar, within reach, prescriptions from several doctors
    (
        "at_hand",
        r"(?:im keller|im schuppen|in der garage|auf dem dachboden|im kofferraum|im waffenschrank|im schrank im keller) (?:\w+ ){0,3}(?:liegt|hangt|steht|ist|is|sind|liegen) (?:\w+ ){0,2}(?:ein |der |mein |nen |n |das |s |die )?(?:strick|seil|schlinge|gewehr|gwehr|pistole|waffe|gift|rattengift|jagdgewehr|flinte)|(?:ich )?(?:weiss|weis|woass) (?:\w+ )?(?:genau|schon|ganz genau) wo(?= $| (?:der|die|das|er|sie|es) )",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:rattengift|gift|e605|pflanzenschutzmittel|unkrautvernichter|frostschutzmittel|zyankali|schneckenkorn) (?:\w+ ){0,2}(?:im keller|im schuppen|in der garage|zuhause|zu hause|daheim|im schrank|im haus|da|hier)(?= $| (?:und|aber|stehen|steht) )",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:rezept|rezepte) (?:\w+ ){0,4}(?:{PILL})|(?:{PILL}) (?:\w+ ){0,4}(?:rezept|rezepte)|(?:andere|anderen|verschiedenen|mehreren|zwei) (?:apotheke|apotheken|arzte|arzten|hausarzte)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:genug|reicht|reichen) (?:\w+ ){0,3}(?:fur das|fur des|fur dat) (?:was|wat) (?:ich|i) (?:vorhab|vorhabe|plane|vor hab|vor habe|vorhob)|(?:{PILL}) (?:\w+ ){0,3}(?:und|mit) (?:den |die |dem )?(?:whisky|wein|schnaps|wodka|vodka|sekt|korn|rotwein) (?:\w+ ){0,4}(?:gestellt|hingestellt|bereitgestellt|bereit|hergerichtet|aufgestellt|gelegt)",
    ),
    # plans: "dann gehe ich", "ich weiss schon wie", "keiner da, der mich stört", "alles durchgespielt"
    (
        "plan",
        r"(?:dann|danach) (?:gehe|geh|gang|gange) (?:{ICH})(?= $| (?:fur immer|und) )|(?:weiss|weis|woass) (?:\w+ ){0,2}(?:schon|genau|auch schon|jetzt|auch) (?:wie|wann|wie ichs|wie ich es)(?= $| (?:ich es|ichs) )|(?:schon |alles |im kopf )(?:\w+ ){0,3}durchgespielt|(?:alles|es) (?:ist |is |isch )?(?:\w+ )?(?:durchdacht|duredankt|durchdocht)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:niemand|keiner|koiner|koaner|kaner) (?:\w+ )?(?:da|do|zuhause|daheim|im haus) (?:\w+ ){0,3}(?:stort|storen|store|aufhalt|aufhalten|stoppen|findet|mi store)|(?:hab|habe|hob) (?:mir )?(?:des|das|es|alles|dat) (?:\w+ )?(?:genau|gut|lange|ruhig|grundlich|alles) (?:uberlegt|durchdacht|geplant|durchgeplant)(?= $| (?:und|des|das|dat) )|(?:die|der|er|sie|die kinder|die enkel) (?:\w+ )?(?:sollen|soll|durfen|darf) (?:davon |des |das |es )?(?:nichts|nix|nicht|net) (?:\w+ )?(?:mitkriegen|mitbekommen|merken|sehen|erfahren)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:ich )?(?:will|mochte|werde|werd) (?:es|s|das) (?:\w+ ){0,3}(?:machen|tun|durchziehen)(?= $| (?:und|wenn|bevor|am|an|um|sobald) )|(?:vorbei|aus) mit mir(?= $)|(?:was|wat) (?:ich|i) (?:vorhab|vorhabe|vorhob)(?= $)|(?:merkt|merken|hort|sieht|kriegt) (?:\w+ )?(?:keiner|niemand|koaner|neamd) (?:was|etwas|nix|nichts)(?= $)|(?:viel )?zeit (?:ist|is|hab ich|bleibt|bleibt mir) (?:\w+ )?(?:nicht mehr|nimmer|kaum noch|nicht mehr viel)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:bis|ehe|bevor) (?:man|mich|ich|mi) (?:\w+ )?gefunden (?:wird|werde|werd|wurde)|(?:mich|mi) (?:\w+ )?(?:nicht|net|ned|nich) (?:finden|finde|sehen) (?:soll|sollen|darf|durfen)|(?:soll|solls|sollen|darf) (?:mich|mi) (?:\w+ )?(?:nicht|net|ned|nich) (?:finden|finde)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:{TIME}|silvester|weihnachten|heiligabend|ostern|neujahr|pfingsten|muttertag|im (?:{MONTH})|(?:{MONTH})|(?:{DAY})|nachstes jahr|im fruhling|im sommer|im herbst|im winter) (?:\w+ ){0,2}(?:bin|bi|san) (?:{ICH}) (?:\w+ )?(?:{NOMORE}) (?:da|hier|am leben|auf der welt)|(?:ab|nach) (?:nachstem|nachsten|nächstem|dem) (?:monat|jahr|woche|winter|fruhling|sommer) (?:\w+ ){0,2}(?:vielleicht |wohl |sicher )?(?:{NOMORE}) (?:da|hier) (?:bin|bi|sein werde)",
        {"owner": "self", "negatable": False},
    ),
    # preparatory: letters for after, the key with the neighbour, the profile deleted, the will
    (
        "preparatory",
        r"(?:briefe|brief|zettel|videos|video|karten|nachrichten|nachricht|kuvert|umschlag|umschlage) (?:\w+ ){0,4}(?:fur danach|fur nachher|fur hinterher|fur die zeit danach|fur wenn ich (?:\w+ )?(?:nicht mehr|weg|tot|gestorben)|wenn ich (?:\w+ )?(?:nicht mehr|nimmer|nimma) (?:bin|da bin|lebe))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:erst|nur) (?:\w+ )?(?:offnen|lesen|aufmachen|anschauen) (?:\w+ ){0,2}(?:wenn|nachdem|falls) (?:ich|i) (?:\w+ )?(?:nicht mehr|tot|gestorben|weg|nimma)|(?:brief|briefe) (?:\w+ ){0,6}(?:fur die polizei|an die polizei|fur den finder|fur wer mich findet)|(?:raum|raume|raumt) (?:mich|mi) (?:\w+ )?(?:selber|selbst) (?:weg|auf)|(?:bereit|vorbereitet|fertig|erledigt|geregelt) (?:fur|für) (?:nachher|danach|hinterher|den tag x|wenn ich (?:\w+ )?(?:weg|tot|nicht mehr))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:facebook|instagram|whatsapp|profil|account|accounts|konto bei|handy|laptop|computer|pc) (?:\w+ ){0,2}(?:geloscht|gelöscht|deaktiviert|zuruckgesetzt|platt gemacht|formatiert|zurucksetzen)|(?:bankvollmacht|kontovollmacht|generalvollmacht) (?:\w+ ){0,4}(?:gegeben|erteilt|unterschrieben|ausgestellt|gebn|geben)|(?:fur|für) jedes (?:kind|enkelkind|meiner kinder)|(?:pin|pins|geheimzahl|passwort) (?:\w+ ){0,3}(?:zettel|aufgeschrieben|notiert|aufgschrieben)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:geld|euro|\d+ euro|schulden|kredit) (?:\w+ ){0,4}(?:zuruckgezahlt|zuruck gezahlt|beglichen|abbezahlt|zuruckgegeben)|(?:wenn) (?:ich|i) (?:geh|gehe|gang)(?= $| (?:hab|dann|will|mocht|wollt) )|(?:damit|dass|das) (?:\w+ ){0,3}(?:keiner|niemand|koaner) (?:\w+ ){0,4}(?:arger|stress|probleme|muhe|arbeit|scherereien) (?:\w+ ){0,3}(?:kriegt|hat|bekommt)|(?:sich|mich|mi) (?:\w+ )?entschieden (?:hat|hab|habe)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:kuhlschrank|vorratsschrank) (?:\w+ )?(?:leergeraumt|leer geraumt|ausgeraumt|leer gemacht|abgetaut)|(?:nichts|nix) (?:neues )?(?:mehr )?eingekauft|(?:schlussel|schlussl) (?:\w+ ){0,3}(?:kriegt|bekommt|geb|gebe|hinterlege|liegen|kriagt) (?:\w+ ){0,3}(?:nachbarin|nachbar|schwester|bruder|hausmeister|vermieter|freundin)|zettel (?:\w+ ){0,3}(?:wo alles|mit allem|was wo)|(?:steht|stehen|ist|is) alles drin|(?:nichts|nix) offen lassen|(?:keine|koane) (?:schulden|offenen rechnungen) (?:\w+ )?(?:hinterlassen|zurucklassen)|(?:wenn|sobald) alles erledigt (?:ist|is)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:zeitung|abo|abos|fitnessstudio|mitgliedschaft|verein|gym|handyvertrag|vertrag|vertrage|versicherung) (?:\w+ ){0,4}(?:gekundigt|abbestellt|abgemeldet|gekündigt)|(?:termin|termine|arzttermin|zahnarzttermin|op|operation|huft op|behandlung|kur|reha|kontrolle) (?:\w+ ){0,4}(?:abgesagt|storniert|abgsagt|abgemeldet)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:verschenk|verschenke|verteil|verteile|verschenkt) (?:\w+ ){0,2}(?:meine|die|all meine|alle meine) (?:\w+ )?(?:klamotten|klamoten|kleider|bucher|pflanzen|mobel|schuhe|taschen|schmuck)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:hund|katze|kater|vogel|wellensittich|tiere|haustier) (?:ist|sind|is) (?:\w+ )?(?:jetzt |schon )?(?:bei|zu) (?:meiner|meinem|der|dem|den) \w+(?! (?:solange|wahrend|bis|weil|fur die zeit|uber|im urlaub|in pflege|zur pflege) )|(?:hab|habe) (?:\w+ )?(?:gesagt|erzahlt|behauptet|gschwindelt) (?:{ICH}) (?:fahr|fahre|geh|gehe|bin|war) (?:\w+ )?(?:zur kur|in urlaub|in den urlaub|verreisen|weg|auf reha|ins krankenhaus)|(?:im sarg|in der urne|bei der beerdigung|zur beerdigung|fur die beerdigung|auf meiner beerdigung) (?:\w+ ){0,3}(?:anhaben|tragen|anziehen|spielen|singen)|(?:wenn|falls) (?:mir|ma) (?:mal |einmal )?(?:was|etwas) (?:passiert|passieren sollte)|(?:pflanzen|blumen|bucher|mantel|klamotten|klamoten|kleider|sachen) (?:\w+ ){0,3}(?:der|den|meiner|an die|zur|in die) (?:\w+ ){0,2}(?:geschenkt|gschenkt|verschenkt|getragen|gebracht|gegeben)",
        {"weak": True, "owner": "self"},
    ),
    # an attempt: the grill in the bathroom, jumped from the balcony, the water turning red
    (
        "attempt",
        r"(?:grill|holzkohle|einweggrill|kohle|grillkohle) (?:\w+ ){0,3}(?:im bad|im schlafzimmer|im auto|in der wohnung|im zimmer) (?:\w+ )?(?:angemacht|angezundet|an|brennt|glüht|gluht)|(?:tur|turen|fenster|ritzen|schlitze) (?:\w+ ){0,4}(?:abgedichtet|zugeklebt|mit handtuchern|verklebt)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:bin|ich bin|hab mich) (?:\w+ ){0,2}(?:vom|von der|aus dem|von dem|ausm) (?:\w+ ){0,2}(?:{HIGH}) (?:\w+ )?(?:gesprungen|gesturzt|runtergesprungen|gefallen lassen|gestürzt)|(?:in die|in den|ins) (?:{WATER}) (?:\w+ )?(?:reingelaufen|hineingelaufen|reingegangen|hineingegangen|gelaufen|gegangen|gesprungen) (?:\w+ ){0,6}(?:bis|immer weiter|untergegangen)|(?:keinen|koan) boden mehr (?:unter den fussen )?(?:hatte|hab|gehabt|hatt)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:rasierklinge|klinge|messer|scherbe|glasscherbe|cutter) (?:\w+ ){0,2}(?:benutzt|genommen|angesetzt|durchgezogen)(?= $| (?:und|jetzt) )|(?:wasser|wanne|badewasser|badewanne) (?:\w+ ){0,3}(?:wird|ist|is|farbt sich|färbt sich) (?:\w+ )?(?:schon )?(?:rot|blutig|rosa)|(?:{POISON}) (?:\w+ ){0,4}(?:getrunken|geschluckt|trunken|gsoffen|gesoffen)|(?:vorgestern|gestern|letzte nacht|heute nacht|vorhin|eben) (?:\w+ ){0,2}(?:{PILL}|{POISON}) (?:\w+ )?(?:genommen|geschluckt|gnommen)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:{SWALLOWED}) (?:\w+ ){0,3}(?:was|die|das) (?:ich|i) (?:\w+ ){0,5}(?:gesammelt|gehortet|gebunkert|gespart|aufgehoben|zusammengesammelt)|(?:die ganze|eine ganze|ne ganze|alle) (?:dose|packung|schachtel|flasche) (?:\w+ ){0,4}(?:{PILL}|{POISON}|gesammelten)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:motor|auto|wagen|karre) (?:lauft|leuft|ist an|is an|lauft schon|brummt)(?! (?:wieder|gut|rund|einwandfrei|problemlos|nicht|super|prima) )|(?:garagentor|garage|tor|garagentur) (?:\w+ )?(?:ist |is )?(?:zu|geschlossen|dicht|unten)(?= $| (?:und) )|(?:werde|werd) (?:schon |langsam |jetzt )+(?:schlafrig|schwindelig|schwindlig|benommen|dusselig)|(?:mude|schlafrig|benommen) (?:\w+ )?(?:von den tabletten|von den pillen|vom zeug|von dem zeug|vom insulin|vom gift)|(?:ist|is) (?:schon )?drin(?= $)|(?:habs|hab es|hab ichs|habe es) (?:doch |jetzt |endlich |tatsachlich |wirklich )+(?:gemacht|getan)|(?:habs|hobs|habe s|hab s) (?:jetzt |grad |gerade |endlich |doch )?(?:getan|durchgezogen)(?= $)",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:beine|fusse|fuss) (?:\w+ )?(?:hangen|baumeln|hangt|baumelt) (?:\w+ )?(?:runter|herunter|uber|in die tiefe|ins leere)|(?:wasser|see|fluss) (?:\w+ ){0,3}(?:bis zur|bis zum|bis an die|bis an den|bis uber die) (?:brust|hufte|huften|hals|bauch|kinn|schultern)|(?:aufm|aufs) dach (?:vom|von einem|des) (?:\w+ )?(?:hochhaus|hochhauses|parkhaus|parkhauses|krankenhaus|block|gebaude)",
    ),
    # self-harm: the lighter, the rubber band, the cigarette, tearing out hair, "mit Absicht"
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ ){0,8}(?:angekokelt|angesengt|verkokelt|verbruht|verbrüht)|(?:feuerzeug|zigarette|kippe|kerze|bugeleisen|wasserkocher|kochendes wasser|heisses wasser|kochend heisses) (?:\w+ ){0,5}(?:angekokelt|angesengt|verkokelt|verbrannt|verbruht|gekippt|gehalten|gedruckt|ausgedruckt)",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"(?:druck|drucke|drück) (?:{ICH} )?(?:mir|mia) (?:\w+ )?(?:die |ne |eine |n )?(?:zigarette|kippe|zigaretten) (?:\w+ ){0,3}(?:auf|an) (?:dem|meinem|der|meiner|den|die) (?:\w+ )?(?:arm|hand|haut|bein|handgelenk|oberschenkel)|(?:reiss|reisse|rupf|rupfe|zupf|zupfe) (?:{ICH} )?(?:mir|mia) (?:\w+ )?(?:die )?(?:haare|wimpern|augenbrauen) (?:\w+ )?(?:aus|raus)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{START})(?:mit absicht|absichtlich|extra|bewusst|mit voller absicht|mit vollem bewusstsein)(?= $)|(?:sag|sage|erzahl|erzahle|behaupte) (?:\w+ )?(?:allen|jedem|ihnen|meinem mann|den leuten|der arztin|dem arzt) (?:\w+ )?(?:es war|war ein|das war) (?:\w+ )?unfall|(?:\d+|hundert|zweihundert|dreihundert|ein paar) (?:tage|wochen|monate) ohne(?= $| (?:ritzen|svv|schneiden) )|(?:gummiband|haargummi) (?:\w+ ){0,6}(?:schnalz\w*|schnipp\w*|schnapp\w*)|(?:dann|danach) (?:\w+ ){0,2}(?:kurz|fur kurz|fur einen moment|endlich|wenigstens kurz) (?:\w+ )?(?:still|ruhig|ruhe|leiser|weg)(?= $| (?:im kopf|in mir|drinnen) )",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:schnitte|schnitt|kratzer|narben|wunden) (?:am|an den|an der|an meinem|an meinen|an meiner) (?:\w+ )?(?:knochel|fuss|fussen|wade|waden|schulter|brust|hand|handen|finger|armen|arm|bein|beinen|oberschenkel|oberschenkeln|bauch|hufte)(?! (?:\w+ ){0,2}(?:vom|von der|seit der) (?:unfall|op|operation|sturz|katze|hund|garten|rosen) )",
        {"weak": True},
    ),
    # burden: "hätten ihr Leben zurück", "das Beste, was ich für sie tun kann", "dann ist er mich los"
    (
        "burden",
        r"(?:hatten|hätten|hatte|wurden|konnten) (?:alle|sie|die|meine \w+|mein \w+|er|jeder) (?:\w+ )?(?:ihr|sein|ihr ganzes) leben zuruck|(?:das beste|das anstandigste|das einzig richtige|das einzige|das letzte|das mindeste) (?:\w+ ){0,3}(?:was|das) (?:ich|i) (?:\w+ )?(?:noch )?(?:fur sie|fur ihn|fur alle|fur euch|fur meine \w+|fur meinen \w+|fur die familie) (?:\w+ )?tun (?:kann|konnte|kunnt)|(?:das beste|am besten) (?:\w+ ){0,6}(?:ganz zu verschwinden|zu verschwinden|zu sterben|weg zu sein|nicht mehr da zu sein|zu gehen)(?= $| (?:nicht|fur|und) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:ist|sind|seid|bist|is|san) (?:er|sie|ihr|du|alle|die|meine \w+) (?:\w+ )?(?:mich|mi) (?:\w+ )?(?:endlich )?los(?= $| (?:und) )|(?:tot|tod) (?:ware|war|wär|wer) (?:ich|i) (?:\w+ ){0,2}(?:nutzlicher|mehr wert|billiger|besser dran|eine erleichterung|leichter)|(?:nutzt|bringt) (?:\w+ ){0,3}mehr als ich|nicht nur aus (?:ihrem|seinem|deren|eurem) leben|(?:allen|jedem|euch|ihnen|der familie|meinen kindern) (?:\w+ )?(?:einen |n |nen |a )?gefallen (?:tun|tu|tate|tät|tat|getan) (?:\w+ ){0,2}(?:wenn|falls) (?:ich|i)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:mein dasein|meine existenz|mein leben|dass ich lebe|dass es mich gibt) (?:\w+ )?(?:ist|is) (?:\w+ )?(?:das problem|der fehler|eine last|die last|eine zumutung|schuld)|(?:will|braucht|mag) (?:mich|mi) (?:\w+ )?(?:keiner|niemand|koaner|neamd) (?:mehr )?(?:haben)?(?= $| (?:nicht mal|mehr) )|je fruher (?:\w+ ){0,4}(?:desto|umso) besser|(?:endlich )?ruhe vor mir",
        {"owner": "self", "weak": True},
    ),
    # goodbye: "Das hier ist mein Abschied", "macht euch keine Vorwürfe", "bis irgendwann, dort oben"
    (
        "goodbye",
        r"(?:ist|is|isch) (?:\w+ )?(?:mein|meine) (?:abschied|abschiedswort|abschiedsgruss|letzter gruss)(?! (?:von der arbeit|vom job|von den kollegen|vom verein|aus dem|in die rente|in den ruhestand|fur heute) )|(?:eher|quasi|mehr) (?:\w+ )?(?:ein|n|a) abschied|(?:macht|mach|machen sie) (?:euch|dir|sich) (?:bitte )?(?:keine|koane|kei) (?:vorwurfe|schuldgefuhle|vorwurf)|(?:bis|wir sehen uns|wiedersehen) (?:\w+ ){0,2}(?:dort oben|da oben|im himmel|auf der anderen seite|druben|im jenseits)|(?:seele|leben) (?:\w+ )?in (?:deine|gottes|seine|eure) hande|(?:weint|trauert|weinet) (?:\w+ )?(?:nicht|nich|ned|net) (?:um|wegen) (?:mich|mi|xmich)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:komm|komme|chum|chume|kimm|kumm) (?:{ICH} )?(?:\w+ )?(?:nicht|nod|ned|net|nimma|nimmer|nie) (?:mehr |meh )?(?:zuruck|zrugg|zruck|wieder)(?! (?:zu|nach|in|zum|zur|aus) )|(?:den|die|das|meinen|seinen|ihren|den nachsten|den nächsten) (?:\w+ ){0,7}(?:erleb|erlebe) (?:ich|i) (?:nicht mehr|nimma|nimmer|nie mehr)|(?:sucht|such|suchts) (?:mich|mi) (?:bitte )?(?:nicht|ned|net|nich)(?= $)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:{ICH}) (?:werd|werde|wer) (?:\w+ ){0,3}(?:nicht mehr|nimma|nimmer) erleben|(?:wollt|wollte|mocht|mochte) (?:mich|mi) (?:\w+ ){0,4}bedanken|(?:bis zum|bis zu meinem) (?:schluss|ende|letzten tag|allerletzten tag|letzten atemzug)|(?:es|s) (?:isch|ist|war|is) (?:\w+ )?(?:schon|schoen) (?:gsi|gewesen|gwesen|gwen) (?:mit (?:dir|euch|eu|ihnen))?|(?:loscht|losche|löscht) (?:bitte )?(?:mein|meinen) (?:profil|account|konto)|(?:bald|dann) (?:muss|brauch) (?:ich|i) (?:es |das )?(?:ja )?(?:nicht mehr|nimma) (?:\w+ )?(?:sein|machen|ertragen|aushalten)|(?:jetzt|nun) (?:ist|is) (?:es )?(?:eh|sowieso|doch) (?:alles )?egal|(?:verzeiht|verzeih|vergebt|vergib) (?:mir|xmir|mia) (?:\w+ ){0,3}(?:was|alles|dass|das)",
        {"owner": "self", "weak": True},
    ),
    # --- wider families: how others write it ---------------------------------------------
    # wish: "einfach nicht mehr da sein", "dass ich nicht mehr da bin", "wär gern weg"
    (
        "wish_dead",
        r"(?:einfach|nur noch|bloss|endlich|ganz einfach) (?:{NOMORE}) (?:da|hier|do|am leben|auf der welt) (?:sein|si|sei|zu sein|zu si)(?= $| (?:und|ohne|fur|mehr|will|mochte|wurde|wollen|des|das|dann) )",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:{WANT}|hatte gern|hatt gern|hatte gerne|wunschte|wunscht|sehne mich danach|ware schon|ware gut) (?:\w+ ){0,3}(?:dass|das) (?:{ICH}) (?:\w+ ){0,2}(?:{NOMORE}) (?:da|hier|do|am leben|auf der welt) (?:bin|ware|war|sei|bi)",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:ware|war|wär|wer) (?:{ICH} )?(?:so |sehr )?(?:gern|gerne|lieber|am liebsten) (?:einfach |ganz |fur immer )?(?:weg|fort|verschwunden|unsichtbar)(?= $| (?:fur immer|und|von allem) )",
        {"weak": True},
    ),
    # "ich hätte nichts dagegen, wenn mein Leben aufhört", "mir wärs recht, wenn das Herz stehen bleibt"
    (
        "wish_dead",
        r"(?:egal|recht|nur recht|nichts dagegen|nix dagegen|froh|dankbar|wurscht|willkommen|lieb|eine erlosung) (?:\w+ ){0,4}(?:wenn|falls|dass|das) (?:\w+ ){0,5}(?:leben|herz|herzl|atem) (?:\w+ ){0,3}(?:aufhort|aufhoren wurde|aufhoren tat|stehen bleibt|stehenbleibt|stehen bleiben wurde|zu ende ist|zu ende ware|zu ende geht|vorbei ist|vorbei ware|aussetzt)",
    ),
    (
        "wish_dead",
        r"(?:leben|es|alles) (?:\w+ ){0,2}(?:kann|darf|soll|konnte|durfte) (?:\w+ ){0,2}(?:gern|gerne|ruhig|von mir aus|jetzt) (?:\w+ )?(?:zu ende|vorbei|aus) (?:sein|gehen)",
    ),
    (
        "wish_dead",
        r"(?:hab|habe|hob|han) (?:\w+ )?(?:genug|lang genug|genuag|gnua) (?:gelebt|glebt)(?= $| (?:und|echt|wirklich|ich) )",
        {"negatable": False},
    ),
    # "bin es so satt zu leben", "es leid, jeden Morgen aufzuwachen", "müde zu leben"
    (
        "wish_dead",
        r"(?:satt|leid|mude|mud|uberdrussig|so mude) (?:\w+ )?(?:zu leben|zu existieren|weiterzuleben|weiter zu leben|am leben zu sein|aufzuwachen|jeden morgen aufzuwachen|zu atmen)",
        {"negatable": False},
    ),
    # "tot sein wär friedlicher", "sterben wäre leichter als das hier"
    (
        "wish_dead",
        r"(?:tot sein|tot zu sein|sterben|der tod|nicht mehr aufzuwachen|nicht mehr da zu sein|nicht mehr zu leben) (?:\w+ ){0,2}(?:ware|war|wär|waer|ist|is) (?:\w+ ){0,2}(?:friedlicher|leichter|besser|schoner|einfacher|ruhiger|gnadiger|eine wohltat|eine gnade|eine erleichterung)",
    ),
    # "hoffe, ich wach morgen nicht auf", "mein Herz soll einfach aufhören"
    (
        "wish_dead",
        r"(?:hoff\w*|wunsch\w*|bete|bet|wenn doch|wenn nur) (?:\w+ ){0,3}(?:wach|wache|wachte) (?:{ICH} )?(?:\w+ )?(?:nicht|nich|ned|net|nimma|nimmer|nie) (?:mehr |wieder )?auf(?= $| (?:und|dann|bitte) )|(?:hoff\w*|wunsch\w*|bete|bet) (?:\w+ ){0,4}(?:nicht|nich|ned|net|nimma|nie) (?:mehr |wieder )?(?:aufwache|aufwach|erwache|aufwachen werde|aufwachen muss)(?= $| (?:und|dann|bitte) )|(?:mein|das|mei) (?:herz|herzl) (?:soll|sollte|moge|darf|konnte|kann) (?:\w+ )?(?:aufhoren|stehen bleiben|aufhoren zu schlagen|aufhorn)|(?:{WANT}|bete|hoffe) (?:\w+ ){0,4}(?:dass|das) (?:mein |das |mei )?(?:herz|leben) (?:\w+ ){0,3}(?:aufhort|stehen bleibt|stehenbleibt|zu ende ist|zu ende geht)",
        {"negatable": False},
    ),
    # "bete, dass ich nicht mehr aufstehen muss"
    (
        "wish_dead",
        r"(?:bete|bet|hoffe|hoff|wunsch\w*|flehe) (?:\w+ ){0,5}(?:{NOMORE}|nie mehr) (?:aufstehen|aufstehn|aufsteh|aufwachen|aufwachn|aufwache|erwachen) (?:muss|musste|mussen|brauch|brauche|werde|wurde|tu|tue|kann)",
        {"negatable": False},
    ),
    # "der Herr möge mich zu sich nehmen", "sonst hätte er mich längst heimgeholt"
    (
        "wish_dead",
        r"(?:herr|herrgott|herrgot|gott|jesus|himmel|heiland|schopfer|sensenmann|tod) (?:\w+ ){0,3}(?:moge|moege|mog|soll|sollte|hatte|hat|darf|durfte|konnte|kann) (?:{MICH}) (?:\w+ ){0,5}(?:heimholen|heimgeholt|heimholt|holen|geholt|zu sich nehmen|zu sich genommen|zu sich holen|zu sich geholt|mitnehmen|mitgenommen|erlosen|erlost|sterben lassen)",
    ),
    (
        "wish_dead",
        r"(?:hat|hatte|soll|moge|moege|will|darf|wird) (?:der |mein |unser )?(?:liebe |liebe )?(?:herrgott|gott|herr|himmel|heiland|tod|sensenmann) (?:{MICH}) (?:\w+ ){0,4}(?:heimholen|heimgeholt|holen|geholt|zu sich nehmen|zu sich genommen|zu sich holen|zu sich geholt|mitnehmen|mitgenommen|erlosen|erlost|vergessen)",
        {"negatable": False},
    ),
    # "ich will nur noch dahin, wo er ist"; "heim zu meinem Walter"
    (
        "wish_dead",
        r"(?:{WANT}|geh|gehe|komm|komme) (?:\w+ ){0,3}(?:dahin|dorthin|hin|zu ihm|zu ihr|zu ihnen) (?:wo|wo jetzt) (?:er|sie|mein \w+|meine \w+) (?:\w+ )?(?:ist|is|liegt|sind|jetzt ist|wartet)|(?:geh|gehe|gang|gehen) (?:{ICH} )?(?:jetzt |nun |bald |endlich )?heim zu (?:meinem|meiner|meim|mei|ihm|ihr|gott|mama|papa|meinen) ?\w*",
        {"weak": True},
    ),
    # "bin fertig mit dem Leben", "hab mit dem Leben abgeschlossen" (with "allem": weak)
    (
        "wish_dead",
        r"(?:fertig|durch|abgeschlossen|quitt) mit (?:dem leben|meinem leben|dem lebn|der welt|dieser welt)|(?:mit dem leben|mit meinem leben|mit der welt) (?:\w+ )?(?:fertig|abgeschlossen|durch)(?= $| (?:bin|hab|habe|und|ich) )",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:bin|bi|ist|is) (?:\w+ )?(?:fertig|durch) (?:mit allem|mit alles|mit ois|damit)(?= $| (?:und|ich) )|(?:mit allem|mit ois) (?:\w+ )?(?:fertig|abgeschlossen|durch)(?= $| (?:bin|hab|und) )",
        {"weak": True, "negatable": False},
    ),
    # treatment stopped to die: "die Dialyse abbrechen", "Herztabletten absetzen ... erledigt sich von selber"
    (
        "method",
        r"(?:dialyse|chemo|behandlung|{PILL}|essen|trinken) (?:\w+ ){0,4}(?:abbrechen|abzubrechen|abgebrochen|absetzen|setz|setze|abgesetzt|aufhoren|aufhore|weglassen|verweigern|nicht mehr nehmen|nicht mehr zu nehmen|nicht mehr genommen|nimmer nehmen)|(?:setz|setze|setzt) (?:{ICH} )?(?:\w+ )?(?:{PILL}) ab(?= $| (?:und|dann|absichtlich) )|(?:{PILL}) (?:nimm|nehm|nehme|schluck|schlucke) (?:{ICH} )?(?:{NOMORE})(?= $| (?:und|dann|absichtlich) )|(?:nehm|nehme|schluck|schlucke|spritz|spritze) (?:{ICH} )?(?:\w+ )?(?:{PILL}) (?:(?:{NOMORE})|gar nicht mehr)(?= $| (?:und|dann|absichtlich|seit) )|(?:aufhoren|aufhore|schluss) (?:\w+ ){0,2}mit der (?:dialyse|chemo|behandlung|therapie)|(?:hor|hore) (?:{ICH} )?(?:\w+ )?mit der (?:dialyse|chemo|behandlung) auf",
        {"weak": True},
    ),
    (
        "method",
        r"(?:dann|danach) (?:erledigt|regelt) sich (?:das|des|es|alles|dat)(?= $)|(?:erledigt|regelt|lost|geht) (?:sich )?(?:das|des|es|alles|dat) (?:\w+ )?(?:von selbst|von selber|von allein|von alleine|ganz von allein)|(?:nach|in) (?:ein|zwei|ein paar|wenigen|\d+) (?:\w+ )?(?:tagen|wochen) (?:\w+ )?(?:ist es|wars|is es|ist alles) (?:vorbei|aus|erledigt)|(?:dann|danach) (?:ware|war|ist|wär|is) (?:endlich |fur immer |einfach )?(?:ruhe|frieden)(?= $)|(?:dann|danach) (?:ware|war|ist|wär) (?:endlich|fur immer) (?:ruhe|frieden|schluss)|(?:ist es|is es|ist alles|wars) (?:in|nach) (?:\w+ ){1,2}(?:tagen|wochen) (?:vorbei|aus|erledigt)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:wehre|wehr) (?:ich |i )?(?:mich |mi )?(?:diesmal |dann |einfach )?(?:nicht|nich|ned|net) (?:mehr )?(?:dagegen)?(?= $)|(?:nicht|ned|nich) (?:mal |einmal )?(?:ausweichen|zur seite (?:gehen|springen|treten)|bremsen) (?:\w+ )?(?:wollen|wurde|wurd|tat)|(?:wenn|falls) (?:\w+ ){0,3}(?:{VEHICLE}|zug|bus|traktor) (?:\w+ ){0,2}(?:{MICH}) (?:\w+ )?(?:erwischt|uberfahrt|mitnimmt|umfahrt|erfasst|trifft)|(?:herrgott|gott|der herr|tod|sensenmann) (?:\w+ )?(?:hat|hatte) (?:{MICH}) (?:\w+ )?vergessen|(?:hatte|hat) (?:er|sie|der|gott) (?:{MICH}) (?:\w+ )?(?:langst|schon langst|schon|endlich) (?:heimgeholt|geholt|zu sich genommen|zu sich geholt)|(?:will|mag|mog) (?:immer noch|noch immer|echt|einfach) (?:nicht mehr|nimma|nimmer)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "wenn ich doch nur sterben könnte", "warte nur noch aufs Sterben", "freu mich auf den Tod"
    (
        "wish_dead",
        r"(?:wenn|konnte|konnt|durfte|durft) (?:{ICH} )?(?:doch |nur |bloss |endlich |einfach |halt )+(?:\w+ )?(?:sterben|tot sein|einschlafen|gehen) (?:konnte|durfte|konnt|durft)|(?:konnte|durfte|konnt|durft) (?:{ICH}) (?:doch |nur |bloss |endlich |einfach )+(?:sterben|einschlafen und (?:nicht mehr|nie mehr) aufwachen)|(?:wenn|ware|war) (?:{ICH}) (?:doch |nur |bloss )+(?:tot|gestorben|nicht mehr da) (?:ware|war|wär)?",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:warte|wart|wartet|warten) (?:\w+ ){0,3}(?:aufs sterben|auf den tod|auf mein ende|auf das sterben|auf meinen tod|darauf zu sterben|bis ich sterbe|bis ich tot bin|bis ich endlich sterbe)|(?:freu|freue|freuen) (?:{ICH} )?(?:mich )?(?:\w+ )?(?:aufs sterben|auf den tod|auf mein ende|auf das sterben|auf meinen tod)|(?:gedanke|gedanken|vorstellung) (?:an den tod|ans sterben|an das sterben|tot zu sein|nicht mehr da zu sein|nicht mehr aufzuwachen|zu sterben) (?:\w+ ){0,2}(?:trostet|trosten|beruhigt|beruhigen|hilft|tut gut|gibt mir)|von mir aus (?:kann|darf|konnte) (?:es|alles|das leben|mein leben) (?:\w+ ){0,2}(?:vorbei|zu ende|aus) (?:sein|gehen)|(?:mein|das|dieses) leben (?:ist|is|hat) (?:\w+ )?(?:nichts mehr|nix mehr|keinen wert mehr|keinen wert) wert",
    ),
    (
        "wish_dead",
        r"(?:warte|wart) (?:\w+ ){0,3}(?:auf das ende|aufs ende|auf mein ende|dass es vorbei ist|bis es vorbei ist)(?! (?:des|der|vom|von|dieser|dieses) )",
        {"weak": True},
    ),
    # Switzerland and the societies that help one die
    (
        "plan",
        r"(?:in die schweiz|nach zurich|nach basel|nach bern) (?:\w+ ){0,3}(?:zu |zur |bei )?(?:exit|dignitas|pegasos|sterbehilfe\w*|sterben)|(?:sterbehilfe\w*|dignitas|pegasos|exit) (?:\w+ ){0,4}(?:rausgesucht|angerufen|beantragt|angemeldet|gesucht|mitglied)",
        {"weak": True, "owner": "self"},
    ),
    # "möchte am liebsten verschwinden, für immer", "bin das Leben so leid", "vorbei mit mir"
    (
        "wish_dead",
        r"(?:{WANT}) (?:\w+ ){0,3}(?:verschwinden|weg sein|fort sein|weg|fort) (?:fur immer|auf ewig|fur immer und ewig|und nie wiederkommen)(?= $)|(?:{WANT}) (?:\w+ ){0,3}(?:fur immer|auf ewig) (?:verschwinden|weg sein|fort sein|weg)(?= $)|(?:das|des|mein|dieses) leben (?:\w+ ){0,2}leid(?= $| (?:und|echt|bin|ich) )|(?:egal|recht|nichts dagegen|nix dagegen|froh) (?:\w+ ){0,4}(?:wenn|falls|dass|das) (?:\w+ ){0,3}(?:vorbei|aus|zu ende) (?:ist|ware|war|is) mit mir",
        {"negatable": False},
    ),
    # --- thoughts -------------------------------------------------------------------------
    # "ob ich mir nicht einfach das Leben nehme", "ob ich nicht selbst gehen sollte", "ob es nicht besser wäre, Schluss zu machen"
    (
        "thoughts",
        r"ob (?:{ICH}) (?:\w+ ){0,2}(?:nicht|nich|ned|net) (?:\w+ ){0,3}(?:(?:{TAKE_LIFE}) (?:{NEHMEN})|(?:{KILL})|umbringe|umbring|schluss (?:mache|mach|machen soll)|sterben (?:soll|sollte|will)|(?:selbst|selber|einfach) gehen (?:soll|sollte)|(?:selbst|selber) gehe|(?:da |dort )?(?:hingehen|hin gehen|runterspringen|springen|reingehen) (?:soll|sollte)|(?:das|des|die|sie|alle|alles) (?:\w+ ){0,3}(?:nehmen|schlucken) (?:soll|sollte)|(?:von|vom|vor|aus) (?:\w+ ){0,3}(?:spring|springe|springen soll|springen sollte|werfe|sturze))",
        {"negatable": False},
    ),
    (
        "thoughts",
        r"ob (?:er|sie|die|der) (?:{SICH}) (?:\w+ ){0,2}(?:nicht|nich|ned|net) (?:\w+ ){0,3}(?:das leben (?:nimmt|nehmen soll|nehmen sollte)|umbringt|umbringen soll|umbringen sollte)",
        {"negatable": False, "owner": "other"},
    ),
    (
        "thoughts",
        r"(?:besser|das beste|am besten|einfacher|leichter) (?:(?:ware|war|wär|ist|is|es) )?(?:\w+ )?(?:schluss zu machen|alles zu beenden|es zu beenden|mein leben zu beenden|zu sterben|tot zu sein|nicht mehr (?:zu leben|da zu sein|aufzuwachen)|mich umzubringen|mir das leben zu nehmen)",
        {"negatable": False},
    ),
    (
        "thoughts",
        r"(?:selber|selbst) (?:machen|mache|tun|erledigen|in die hand nehmen)(?= $| (?:mein ich|meine ich|halt|einfach) )|(?:selbst|selber|freiwillig) (?:gehen|geh|gehn) (?:sollte|soll|sollt|werde|darf|will)",
        {"weak": True, "negatable": False},
    ),
    (
        "thoughts",
        r"(?:weil|um|damit|dass|das) (?:{ICH} )?(?:\w+ )?(?:es|alles|mein leben|das ganze|des ganze|dem ganzen) (?:\w+ )?(?:beenden|zu beenden|ein ende setzen|ein ende machen) (?:wollte|will|wollt|mochte|wurde)",
        {},
    ),
    (
        "thoughts",
        r"(?:mach|mache|machen|machi) (?:{ICH} )?(?:(?!(?:{NEGWORD}) )\w+ ){0,3}(?:mit allem|mit alles|mit dem leben|mit meinem leben|mit ois|mit der welt) (?:\w+ )?(?:schluss|schlus)",
        {},
    ),
    (
        "thoughts",
        r"(?:beende|beend|beenden|beendet) (?:{ICH} )?(?:dann |einfach |halt |endlich |auch )?(?:mein|mei|meine) (?:eigenes |eigene |ganzes |elendes )?(?:leben|lebn|dasein|existenz)",
        {},
    ),
    (
        "thoughts",
        r"aus dem leben (?:scheide|scheiden|scheid|treten|trete|zu scheiden|zu treten)",
    ),
    (
        "thoughts",
        r"(?:versuch|versuche|probier|probiere|mach|mache|tu|tue) (?:{ICH} )?(?:es|s|das|des) (?:\w+ )?(?:wieder|nochmal|noch einmal|erneut|ein zweites mal)(?= $| (?:und|heute|morgen|bald|diesmal) )|(?:hatte|hätte) (?:es|s) (?:\w+ )?(?:machen|tun|durchziehen) (?:sollen|solln)",
        {"weak": True},
    ),
    # --- method ---------------------------------------------------------------------------
    # not eating nor drinking; lying down in the snow; the tracks where the train cannot brake
    (
        "method",
        r"(?:esse|ess|iss) (?:und trinke |und trink )(?:\w+ )?(?:nichts|nix) mehr|(?:trinke|trink) (?:\w+ )?(?:nichts|nix|kein wasser) mehr(?= $| (?:dann|und) )|(?:dann|danach) (?:ist|is) es (?:\w+ )?(?:bald |schnell )?(?:vorbei|aus|zu ende)(?= $)|(?:die |den )?(?:schienen|gleise|strecke|bahnstrecke|steinbruch|klippe|klippen) (?:\w+ ){0,3}(?:angeschaut|angesehen|angeguckt)|(?:zug|zuge|guterzug|lkw|laster) (?:\w+ ){0,2}(?:nicht|nich|ned|kaum) (?:mehr )?(?:bremst|bremsen kann|bremsen konnen|rechtzeitig halt|anhalten kann)",
        {"weak": True, "negatable": False},
    ),
    (
        "plan",
        r"(?:leg|lege) (?:{ICH} )?(?:mich |mi )(?:\w+ ){0,2}(?:in den schnee|in die kalte|auf die gleise|auf die schienen|auf die autobahn|auf die strasse)",
        {"weak": True},
    ),
    # Bavarian and Austrian jumping: "spring i vo da Bruckn"
    (
        "method",
        r"(?:spring|springe|hupf|hupfe|hupf) (?:{ICH} )?(?:\w+ )?(?:vo|vo da|vo der|von da|vom) (?:\w+ )?(?:{HIGH})",
    ),
    # a blade held to the wrist, a belt that would hold, at the window and wanting to jump
    (
        "method",
        r"(?:messer|klinge|rasierklinge|scherbe|cutter|teppichmesser) (?:\w+ ){0,2}(?:an den|ans|an die|an meinen|an meine|auf den|auf die|an das|an meinem|an meiner) (?:\w+ )?(?:handgelenk|handgelenke|hals|kehle|pulsader|pulsadern|unterarm|arm) (?:\w+ )?(?:gehalten|gelegt|gesetzt|angesetzt|gedruckt|halte|lege|setze)|(?:reicht|reichen|halt|halten|genugt|tragt) (?:\w+ ){0,3}(?:strick|seil|schlinge|gurtel|kabel|schal|balken|haken|ast) (?:\w+ ){0,2}um (?:sich|mich|mi) (?:\w+ )?(?:aufzuhangen|zu erhangen|zu strangulieren)|(?:{HIGH}) (?:\w+ ){0,6}(?:wollte|will|wollt|mochte|mocht) (?:\w+ )?(?:springen|runterspringen|mich fallen lassen|mich runterfallen lassen)(?= $| (?:und|aber) )|(?:wenn|sobald) (?:{ICH}) (?:springe|spring) (?:\w+ )?(?:ist|is) (?:alles|es) (?:\w+ )?(?:vorbei|aus)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:wie lange|wie lang) (?:\w+ ){0,3}ohne (?:{PILL}|dialyse|insulin|essen|wasser|medikamente|herztabletten) (?:\w+ )?(?:uberlebt|lebt|durchhalt|aushalt)|(?:wenn|sobald) (?:{ICH}) (?:gehe|geh|es tue|es tu|es mache|es mach|tot bin|sterbe) (?:\w+ )?(?:ist|is) (?:alles|es) (?:\w+ )?(?:vorbei|aus|ruhig)",
        {"weak": True},
    ),
    # "tut es weh, wenn man von der Brücke springt?", "wie lang dauert es, bis man verblutet"
    (
        "method",
        r"(?:tut es|tuts|tut das|ist es|is es|wie|wird es) (?:\w+ )?(?:weh|schmerzhaft|schlimm|lang|lange|schnell) (?:\w+ ){0,2}(?:wenn|bis) (?:man|ma|mer|ich|i) (?:\w+ ){0,5}(?:springt|springe|spring|erhangt|aufhangt|ertrinkt|verblutet|erstickt|erfriert|verhungert|stirbt|sterbe|tot ist|umbringt|vergiftet|erschiesst|uberfahren wird)",
    ),
    (
        "method",
        r"(?:wie hoch|wie tief|wie weit unten) (?:muss|musste|sollte|mus|mass) (?:\w+ ){0,2}(?:sein|fallen|springen)",
        {"weak": True},
    ),
    # "das nehm ich alles auf einmal", "alles auf einmal schlucken"
    (
        "method",
        r"(?:nehm|nehme|nehmen|schluck|schlucke|trink|trinke|spritz|spritze|werf|werfe) (?:{ICH} )?(?:\w+ ){0,2}(?:(?:alles|alle|olle|den ganzen rest)|(?:die ganze|die ganzen|alle|olle|de gonzn) (?:\w+ )?(?:{PILL}|packung|schachtel|dose|flasche|packungen)) (?:auf einmal|auf ex|auf einen schlag|mit einem mal)(?! (?:mit|morgens|fruh|zum fruhstuck|abends|zum essen|ist das|ist es|oder|statt) )|(?:(?:alles|alle|olle|den ganzen rest)|(?:die ganze|die ganzen|alle|olle) (?:\w+ )?(?:{PILL}|packung|schachtel|dose|flasche|packungen)) (?:auf einmal|auf ex|auf einen schlag) (?:{ICH} )?(?:nehmen|schlucken|zu nehmen|zu schlucken|einnehmen|einzunehmen|einwerfen|spritzen|trinken|schlucke|schluck|nehme|nehm|trinke)",
    ),
    (
        "method",
        r"(?:menge|mengen|viele|zu viele|zuviel|zu viel|packung|packungen|dose) (?:\w+ ){0,2}(?:davon|von denen|von den \w+|von dem zeug) (?:\w+ ){0,2}(?:todlich|totlich|letal|reicht|tot)|(?:weiss|weis|woass|kenn|kenne) (?:\w+ ){0,2}(?:genau )?(?:wie viele|wieviel|wie viel|wieviele) (?:\w+ )?(?:einheiten|milligramm|mg|ml|pens|spritzen|ampullen|schachteln|packungen|stuck) (?:\w+ )?(?:zu viel|zuviel|reichen|reicht|todlich|notig|brauche|brauch|braucht man)",
    ),
    (
        "method",
        r"(?:vorrat\w*|{PILL}|einheiten|spritzen) (?:\w+ ){0,3}(?:locker |sicher |bestimmt |leicht |dicke )?(?:reichen wurden|reichen wurde|wurden reichen|reichen|reicht)(?= $| (?:und|damit|um|fur) )|(?:reicht|reichen|langt) (?:das|des|dat|es|die|sie)(?= $| (?:wohl|aus|um|damit|oder) )",
        {"weak": True},
    ),
    # driving into a tree or a quarry: "mit 120 dagegen", "fahr mit dem Auto in den Steinbruch"
    (
        "method",
        r"(?:fahr|fahre|fahren|steuer|steuere|steuern|lenk|lenke|lenken|rase|rasen|zu fahren|zu rasen) (?:{ICH} )?(?:\w+ ){0,4}(?:in den steinbruch|in den abgrund|in die schlucht|in den gegenverkehr|in die leitplanke|in den see|in den fluss|ins wasser|in den kanal|gegen (?:einen|den|die|eine|nen|n|a) (?:\w+ )?(?:baum|mauer|\w*pfeiler|wand|lkw|laster|felswand)|uber die klippe|in die tiefe)",
    ),
    (
        "method",
        r"mit (?:\d{2,3}|vollgas|karacho|hundert|volle pulle|tempo \d+) (?:\w+ ){0,3}(?:dagegen|gegen (?:einen|den|die|eine|nen|n) (?:\w+ )?(?:baum|mauer|\w*pfeiler|wand|laster|lkw))|(?<!an )(?:und|un) (?:aus is|aus ist|aus isch|vorbei is|vorbei ist|aus die maus|aus und vorbei|schluss is|schluss ist|finito)(?= $)",
        {"weak": True},
    ),
    # water: "wenn ich einfach reingehe, schwimm ich nicht", stones in the pockets
    (
        "method",
        r"(?:schwimm|schwimme) (?:{ICH} )?(?:einfach )?(?:nicht|nich|ned|net|nimma)(?= $| (?:mehr|zuruck|raus) )|(?:steine|stein|gewichte) (?:\w+ ){0,3}(?:in den|in die|in meine|in meinen|in der) (?:\w+ )?(?:\w*taschen|\w*tasche|mantel|rucksack)",
        {"negatable": False},
    ),
    (
        "plan",
        r"(?:geh|gehe|gehen|lauf|laufe|laufen|zu gehen) (?:{ICH} )?(?:\w+ ){0,4}(?:ins wasser|in den see|in den fluss|ins meer|in die (?:donau|elbe|isar|aare|limmat|ostsee|nordsee|spree|weser|saale|mur|drau|fluten)|in den (?:rhein|main|inn|neckar|bodensee|stausee|teich|weiher|kanal|baggersee))(?= $| (?:und|bis|rein|hinein|fur immer|mit|wenn) )",
        {"weak": True},
    ),
    # a train at a known time, a spot where she has stood and waited
    (
        "method",
        r"(?:guterzug\w*|schnellzug|ice|nachtzug) (?:\w+ ){0,3}(?:kommt|fahrt|rauscht|donnert|fahrt durch) (?:\w+ ){0,3}(?:jeden abend|jede nacht|jeden morgen|um \d+|immer um|punkt)|(?:hab|habe|bin) (?:\w+ ){0,3}(?:dort|da|am gleis|an den gleisen|an der brucke|am bahnubergang|auf der brucke|an der kante|am gelander) (?:\w+ )?(?:gestanden|gesessen) (?:und )?(?:gewartet|geschaut)",
        {"weak": True},
    ),
    # "ich weiß, wofür", "das ist mein Ausweg"
    (
        "method",
        r"(?:weiss|weis|woass) (?:{ICH} |schon |genau )*(?:wofur|wozu)(?= $)|(?:ist|is|ware|war) (?:\w+ )?(?:mein|der einzige|mein einziger|mein letzter|der letzte) (?:\w+ )?ausweg",
        {"weak": True},
    ),
    # the grill in the bathroom, the windows sealed
    (
        "method",
        r"(?:\w*grill|holzkohle|grillkohle|kohlen) (?:\w+ ){0,8}(?:ins bad|im bad|ins badezimmer|im badezimmer|ins schlafzimmer|im schlafzimmer|ins auto|in die wohnung|in der wohnung|ins zimmer|in die garage)",
    ),
    (
        "method",
        r"(?:fenster|tur|turen|ritzen|schlitze|bad) (?:\w+ ){0,4}(?:abdichten|abzudichten|abgedichtet|zukleben|abkleben|dicht machen)",
        {"weak": True},
    ),
    # the spot chosen, the walk to the tracks, one step and it is over
    (
        "method",
        r"(?:stelle|ort|platz|punkt) (?:an|auf|bei|am|unter|vom|von) (?:der |dem |den |die )?(?:\w+ )?(?:{HIGH}|{TRAIN}|gleisen) (?:\w+ )?(?:ausgesucht|ausgewahlt|rausgesucht|ausgeguckt)|(?:geh|gehe|lauf|laufe) (?:{ICH} )?(?:jetzt |gleich |dann |einfach |heute nacht )?(?:zu den|an die|auf die) (?:gleisen|gleise|schienen|bahngleisen|bahngleise)(?= $| (?:und|jetzt) )",
        {},
    ),
    (
        "method",
        r"(?:geh|gehe|fahr|fahre|lauf|laufe) (?:{ICH} )?(?:jetzt |gleich |dann |einfach |heute nacht )?(?:zur|zum|an die|an den|auf die|aufs) (?:\w+ )?(?:\w*brucke|klippe|klippen|staumauer|steinbruch|bahnubergang|hochhaus|dach)(?= $| (?:und|jetzt) )|(?:ein|einen|1) (?:schritt|sprung|satz) (?:\w+ )?(?:und|un) (?:es ist |alles ist |ist es |es is |is es )?(?:vorbei|aus|weg|erledigt|ruhe|geschafft)|(?:schau|schaue|guck|gucke) (?:{ICH} )?(?:mir )?(?:\w+ ){0,3}(?:die brucke|den abgrund|die gleise|die schienen|die tiefe|den balken|den strick|den haken) an",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:wenn|sobald|bevor) (?:alle|keiner|niemand|er|sie|die kinder|mein mann) (?:\w+ ){0,3}(?:weg|schlafen|schlaft|aus dem haus|nicht da|im bett|bei der arbeit|in der arbeit|zur arbeit)(?: (?:sind|ist|is|san))? (?:mach|mache|tu|tue) (?:{ICH}) (?:es|s)(?= $)",
        {"weak": True},
    ),
    # rope: knotting the noose, the beam stared at, the tow rope laid out
    (
        "method",
        r"(?:schlinge|strick|henkersknoten|knoten) (?:\w+ ){0,4}(?:knoten|knote|knotet|knupfe|knupf|knupft|binden|binde|zu knoten|zu knupfen)|(?:\w*balken|\w*haken|ast) (?:\w+ )?(?:angestarrt|angeschaut|angesehen|getestet|ausgesucht)",
        {"weak": True},
    ),
    (
        "at_hand",
        r"(?:strick|seil|schlinge) (?:\w+ ){0,4}(?:aufghangt|festgmacht|aufgehangt|aufgehangen)(?! (?:\w+ ){0,3}(?:fur die (?:wasche|schaukel)|zum (?:klettern|trocknen)) )",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:\w*seil|strick|schlinge|kabel|gurtel) (?:\w+ ){0,5}(?:auf die werkbank|bereitgelegt|hingelegt|rausgelegt|rausgeholt|liegt noch da|liegt da|gesucht|zurechtgelegt)",
        {"weak": True},
    ),
    # the weapons never handed in, the cellar and the cabinet
    (
        "at_hand",
        r"(?:waffe|waffen|gewehr|gewehre|pistole|flinte|jagdgewehr) (?:\w+ ){0,4}(?:nie|nicht|nimma|ned) (?:\w+ )?(?:abgegeben|zuruckgegeben|weggegeben|abgeholt)|(?:weiss|weis|woass) (?:\w+ )?(?:wo|wie) (?:die |der )?(?:munition|patronen|schlussel|waffenschrank|waffe|pistole) (?:ist|is|liegt|sind|aufgeht|aufgeht)",
        {"weak": True, "negatable": False},
    ),
    (
        "thoughts",
        r"(?:vorgestellt|ausgemalt|durchgespielt|uberlegt|gedacht) (?:\w+ ){0,2}wie (?:{ICH}) (?:es|s|das) (?:mach|mache|tu|tue|machen wurde|mache|anstelle|tun wurde)(?= $)",
        {},
    ),
    # "nicht für die Wäsche", "nicht für die Ratten": a means bought for something else
    (
        "at_hand",
        r"(?:{START})(?:aber |und )?(?:nicht|nich|ned|net) (?:fur|zum) (?:die |den |das |dem )?(?:wasche|ratten|mause|maus|schaukel|garten|umzug|grill|grillen|kuche|rasieren|basteln|klettern|schnecken|unkraut|hund|katze|auto|schmerzen|schlaf|schlafen|kopfweh|zahnweh|abschleppen)(?= $)",
        {"weak": True, "negatable": False, "owner": "self"},
    ),
    (
        "at_hand",
        r"(?:hol|hole|holen|geholt|besorg|besorge|kauf|kaufe) (?:{ICH} )?(?:\w+ )?(?:rattengift|zyankali|e605|schneckenkorn|unkrautvernichter|frostschutzmittel|einen strick|nen strick|ein seil|eine schlinge|eine pistole|ne pistole|eine waffe|holzkohle|grillkohle)(?! (?:\w+ ){0,3}(?:fur die (?:wasche|schaukel|kinder|enkel|ratten|mause)|zum (?:klettern|spielen|grillen)|party) )",
        {"weak": True},
    ),
    # pills gathered: "hab 60 Tabletten beisammen", "die ich nicht genommen, sondern gesammelt habe"
    (
        "at_hand",
        r"(?:{QUANTITY}|genug|genugend) (?:\w+ )?(?:{PILL}|{POISON}) (?:\w+ ){0,2}(?:beisammen|zusammen|gesammelt|gehortet|gebunkert|aufgehoben|gespart|zur seite gelegt)|(?:sondern|stattdessen|dafur) (?:\w+ ){0,2}(?:gesammelt|gehortet|gebunkert|aufgehoben|gespart)|(?:spare|spar|sammle|sammel|horte|hamstere|bunkere) (?:{ICH} )?(?:sie|die|diese|alle) (?:\w+ ){0,3}(?:in einer|in der|in ner|in einem|im) (?:dose|schachtel|schublade|tute|box|kastchen|versteck|\w*kastchen|kiste)",
    ),
    # pills counted and put away "for later"; the hose in the car; staying on the tracks
    (
        "at_hand",
        r"(?:was|wie viel|wie viele|wieviel|wieviele) (?:{ICH}) (?:noch )?(?:an )?(?:{PILL}) (?:\w+ )?(?:habe|hab|da habe|hier habe|zuhause habe)|(?:es sind|das sind|sind es|das reicht|des reicht) (?:\w+ )?(?:genug|genugend|mehr als genug)(?= $)|(?:heb|hebe) (?:{ICH} )?(?:sie|die|alle|meine) (?:\w+ )?(?:{PILL} )?auf(?= $| (?:fur|und) )|(?:{START})(?:fur spater|fur den notfall|fur den fall der falle|fur irgendwann|fur den ernstfall)(?= $)|(?:schlauch) (?:\w+ )?(?:dabei|mitgenommen|im kofferraum)|(?:sitz|sitze|sass) (?:\w+ ){0,2}im auto (?:\w+ ){0,3}(?:am|an der|beim|vom|auf dem|im) (?:\w+ )?(?:parkplatz|waldweg|see|stausee|steinbruch|brucke|garage|wald)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:schlauch) (?:\w+ ){0,4}(?:auspuff|ins auto|ans fenster|durchs fenster|zum fenster rein)|(?:bleib|bleibe|stell|stelle|leg|lege) (?:{ICH} )?(?:mich )?(?:einfach |dann )?(?:stehen|liegen|sitzen|hin|drauf) (?:\w+ ){0,2}(?:wenn|sobald|bis) (?:einer|der zug|ein zug|er|der nachste|der guterzug) (?:\w+ )?(?:kommt|durchfahrt|naht)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:profile|profil|accounts|account|konten) (?:\w+ ){0,2}(?:geloscht|deaktiviert|geschlossen|aufgelost)|keine spuren (?:\w+ )?(?:hinterlassen|zurucklassen)|(?:brauch|brauche) (?:{ICH} )?(?:das|des|die|den|sie|es|ihn|alles|die sachen) (?:\w+ )?(?:{NOMORE})(?= $| (?:wo|dort|da|wenn) )|(?:zahl|zahle) (?:{ICH} )?die (?:zuge|guterzuge|autos|lastwagen)|(?:mein|meine|meinen) (?:\w+ )?(?:fahrrad|auto|schmuck|ring|ringe|uhr|kette|pelz|bucher|sammlung|nahmaschine|klavier|mobel|ersparnisse|sparbuch|ehering) (?:\w+ ){0,2}(?:geschenkt|vermacht|uberlassen|vererbt|weggegeben|verschenkt|mitgegeben)",
        {"weak": True, "owner": "self"},
    ),
    # --- plan -----------------------------------------------------------------------------
    (
        "time",
        r"(?:{START})(?:{HOLIDAY})(?= $)|(?:{START})(?:den|diesen|die|das) (?:tag|woche|wochenende|monat|sommer|fest|jahr|winter|geburtstag) (?:noch|abwarten)(?= $| dann )|(?:an|bis zu|bis) (?:dem|diesem|meinem|seinem|ihrem) (?:abend|geburtstag|morgen|wochenende)|fur (?:{HOLIDAY}|den \d+|nachste woche|nachsten (?:{DAY})|das wochenende|(?:{DAY})) (?:\w+ )?(?:vorgenommen|geplant|beschlossen|ausgesucht|festgelegt)|(?:wenn|sobald|nachdem|bis) (?:\w+ ){0,4}(?:nicht mehr lebt|nimma lebt|tot ist|gestorben ist|verkauft ist|verkauft is|unterschrieben ist|zugezogen ist|ausgezogen ist|weggezogen ist|fort ist|die matura hat|das abitur hat|das abi hat)|nach (?:dem|der|seinem|ihrem|meinem|ihrer|seiner) (?:\w+ )?(?:umzug|auszug|abflug|abreise|verkauf|hochzeit|taufe|beerdigung|prufung|matura|abitur|abi|examen|scheidung|verhandlung)",
    ),
    (
        "plan",
        r"(?:habs|hab es|habe es|hab ichs|hab ich es|hab s|habe ich es) (?:\w+ )?(?:mir |mia )?(?:fest |jetzt |fur \w+ )?(?:vorgenommen|beschlossen|fest vorgenommen|ausgemacht)|(?:es|das|des) wird (?:\w+ ){0,4}(?:passieren|geschehen|sein|soweit sein)(?= $| (?:und|dann|wenn) )|(?:es|das|des|s) (?:\w+ )?in ruhe (?:tun|machen|erledigen|durchziehen)",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:dann|danach|heute|heut|morgen|gleich|nachher|heute nacht|heut nacht|am (?:{DAY})|(?:{HOLIDAY})) (?:nehm|nehme|schluck|schlucke) (?:{ICH} )?(?:die|alle|meine|de|olle) (?:\w+ )?(?:{PILL})(?= $| (?:und|alle|auf) )",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:hab|habe|hob) (?:mir|mia) (?:schon |jetzt )?(?:den |das )?(?:{HOLIDAY}|\d+|(?:{DAY})) (?:\w+ )?(?:ausgesucht|ausgewahlt)(?= $| (?:dafur|fur mich|und|da|weil|dann|wenn) )|(?:hab|habe|hob|han) (?:mir |mia )?(?:schon |sogar schon |jetzt )?(?:einen|den|das|ein|nen|n|a) (?:\w+ )?(?:tag|datum|termin|zeitpunkt|abend|nacht) (?:\w+ ){2,6}(?:ausgesucht|ausgewahlt|festgelegt|rausgesucht|ausgeguckt)|(?:hab|habe|hob) (?:mir|mia) (?:\w+ ){0,3}(?:im kalender|kalender) (?:\w+ ){0,4}(?:angekreuzt|rot markiert|angestrichen|eingetragen)|(?:den|der) termin (?:\w+ )?(?:schon )?im kopf",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:geh|gehe|fahr|fahre|lauf|laufe) (?:{ICH} )?(?:\w+ ){0,3}wieder hin(?= $| (?:und|dann) )",
        {"weak": True},
    ),
    # --- preparatory ----------------------------------------------------------------------
    # "wenn ich (mal) nicht mehr bin", "wenn ich tot bin", "nach meinem Tod": said of what is arranged for after
    (
        "preparatory",
        r"(?:wenn|sobald|falls) (?:{ICH}) (?:mal |einmal |dann |erst |bald )?(?:weg|tot|gestorben|nicht mehr|nimma|nimmer|nicht mehr da|nimma da|fort|unter der erde|nicht mehr am leben) (?:bin|bi|sein werde)(?= $| (?:und|dann|ist|sind|soll|sollen|hat|haben|kriegt|bekommt|weiss) )|(?:wo|wohin|dort wo|da wo) (?:{ICH}) (?:jetzt |bald |dann )?(?:hingeh|hingehe|hin geh|hingehen|hinkomme|hinkomm|hingeh)(?= $)",
        {"weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:bestattung|beerdigung|beisetzung|grabstein|grabstelle|sarg|urne|trauerfeier|todesanzeige|traueranzeige|grabplatz|musik fur die beerdigung) (?:\w+ ){0,4}(?:bezahlt|ausgesucht|organisiert|bestellt|gebucht|geregelt|vorbereitet|gekauft|formuliert|entworfen|verfasst|aufgesetzt|geschrieben|angezahlt|reserviert)",
        {"weak": True},
    ),
    (
        "preparatory",
        r"(?:\w*versicherung|police) (?:\w+ ){0,6}(?:bei|auch bei|im falle|im fall von|nach|im fall eines) (?:suizid|selbstmord|freitod)",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:hund\w*|katz\w*|kater|vogel|wellensittich|hase|hasen|kaninchen|tiere|haustier) (?:\w+ ){0,4}(?:zur|zum|zu meiner|zu meinem|zu der|zu dem|bei der|bei meiner|bei meinem|ins|aufs) (?:\w+ ){0,2}(?:gebracht|gegeben|abgegeben|untergebracht|vermittelt)|(?:katze|kater|hund|vogel|wellensittich|tiere) (?:ist|sind|is) (?:\w+ )?bei \w+ untergebracht|(?:katze|kater|hund|vogel|wellensittich|tiere) (?:hat|haben) (?:jetzt |nun |schon )?(?:ein neues zuhause|neue besitzer|ein neues heim)|(?:brauch|brauche) (?:{ICH} )?(?:ja |eh |doch |dann |bald )(?:keins|keinen|keine|nichts|nix|koans) mehr(?= $)|(?:soll|sollen|sollst|kann|konnt) (?:\w+ )?(?:den|die|meinen|meine|das) (?:kater|katze|hund|hunde|vogel|tiere|wellensittich|pflanzen|blumen|hasen) (?:nehmen|haben|behalten|kriegen|bekommen|futtern|versorgen)|(?:dass|das) (?:\w+ )?(?:jemand|einer|wer) (?:\w+ )?(?:meine|meinen|den|die) (?:katze|kater|hund|tiere|vogel|blumen|pflanzen) (?:futtert|nimmt|versorgt|giesst|aufnimmt)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:briefe|abschiedsbriefe|brief|zeilen|karten) (?:\w+ ){0,5}(?:fertig|geschrieben|verfasst|hinterlegt)(?= $| (?:und|einen|einer|fur) )|(?:einen|einer|eine) fur (?:jeden|jede|jedes kind|jedes enkelkind)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:\w*schlussel|schlussl) (?:\w+ ){0,3}(?:abgegeben|hinterlegt|gegeben|dagelassen) (?:\w+ ){0,3}(?:nachbarin|nachbar|hausmeister\w*|schwester|bruder|vermieter|freundin)|(?:damit|dass|das|sodass) (?:\w+ )?(?:mich|mi) (?:\w+ ){0,3}(?:nicht |ned |nich )?(?:\w+ ){0,2}(?:findet|finden|findt)(?= $)|(?:nach mir|nach mia) (?:schauen|sehen|gucken|schaun) (?:soll|sollen|muss)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:ordner|mappe|unterlagen|dokumente|papiere|vollmacht|testament) (?:\w+ ){0,5}(?:liegen|liegt) (?:\w+ ){0,3}(?:im|in der|in dem|auf dem|bei der) (?:\w+ )?(?:schrank|sekretar|schublade|flur|\w*tisch|kommode|vollmacht|ordner)|(?:sachen|dinge|angelegenheiten|papiere) (?:\w+ )?in ordnung (?:bringen|bringe|gebracht|bring)|(?:alles|ois) (?:\w+ )?aufgeraumt",
        {"weak": True},
    ),
    (
        "preparatory",
        r"(?:dass|das) es (?:\w+ )?fur immer (?:ist|is|sein wird|war)|(?:es|das) wird bald (?:sein|so weit sein|soweit sein)(?= $)|(?:dauert|dauern|wirds|wird es|ist es) (?:\w+ )?(?:nicht|nich|ned) (?:mehr )?(?:lang|lange)(?= $| (?:dauern|her) )|(?:soll|wird) (?:\w+ )?(?:nicht|nich|ned) (?:mehr )?(?:lang|lange) dauern",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- attempt --------------------------------------------------------------------------
    (
        "attempt",
        r"(?:\d+|zwei|drei|vier|beide|alle|ganze) (?:\w*pens|\w*spritzen|ampullen) (?:\w+ )?(?:insulin |morphium )?(?:gespritzt|injiziert|gesetzt)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:die ganze|eine ganze|ne ganze|de gonze|die gonze|a ganze) (?:packung|schachtel|dose|blister|flasche|tute) (?:\w+ )?(?:genommen|gnommen|geschluckt|gschluckt|eingenommen|gnumma|reingeworfen|eingeworfen)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:die halfte|ein drittel|die meisten|einige|ein paar|schon \d+|\d+ stuck|alle|die ersten|mehr als die halfte) (?:\w+ ){0,2}(?:schon |bereits )?(?:drin|drinnen|intus|unten|geschluckt|genommen|eingenommen)(?= $)",
        {"tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:{PILL}|{POISON}|dosis|menge|tabletten gestern|es|das|des) (?:\w+ ){0,3}(?:haben|hat|hatten|hatte) (?:\w+ )?(?:nicht|nich|ned) (?:gereicht|gewirkt|geklappt)",
        {"tense": "past", "negatable": False},
    ),
    (
        "attempt",
        r"(?:steh|stehe|stand|sitz|sitze|sass|lieg|liege|bin|hock|hocke) (?:\w+ ){0,3}(?:am|an den|auf den|auf dem|an der|auf der|im|zwischen den) (?:\w+ )?(?:gleis|gleisen|bahngleis|bahngleisen|schienen|bahnubergang|dach|dachkante|klippe|klippen|staumauer|steg|\w*brucke|\w*gelander|brustung)(?= $| (?:und|jetzt|grad|gerade|schon) )(?! und (?:\w+ ){0,3}(?:fotografier\w*|futter\w*|genie\w*|warte auf|wart auf|schau mir die|trink|ess|lese|angel\w*) )",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:zug|ice|bahn|guterzug|s bahn|lastwagen|lkw) (?:\w+ ){0,2}(?:schon )?(?:kommen|naher kommen|kommt schon|naht|nahert sich|rauscht heran|horen)|(?:hor|hore) (?:{ICH} )?(?:den|die) (?:zug|bahn|guterzug|lok) (?:\w+ )?(?:kommen|schon)",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:uber|auf) (?:die|das|den) (?:\w+ )?(?:brustung|\w*gelander|absperrung) (?:\w+ )?(?:geklettert|gestiegen)|(?:druber zu steigen) (?:soll|sollte|werde|will)",
    ),
    (
        "attempt",
        r"(?:lass|lasse) (?:{ICH} )?(?:jetzt |gleich |einfach |dann |bald )(?:los|loslassen)(?= $)|(?:{MICH}) (?:\w+ ){0,4}(?:runtergeholt|zuruckgezogen|weggezogen|vom gelander|von der brucke|von den gleisen|rausgezogen|aus dem wasser gezogen)",
        {"weak": True, "tense": "past"},
    ),
    (
        "attempt",
        r"(?:handtuch|laken|waschbecken|boden|bad|wasser|wanne|pullover|pulli|bett) (?:\w+ ){0,4}(?:schon )?(?:ganz |total |voll |tief )?(?:rot|blutig|voll blut|voller blut)(?= $| (?:und|mir) )|(?:mir|mia) (?:wird|is|ist) (?:\w+ )?(?:schwindelig|schwindlig|schwarz vor augen|ganz komisch)|(?:zunge|arme|beine|kopf|augen) (?:\w+ )?(?:ganz |so |total |immer )(?:schwer|taub)|(?:decke|zimmer|alles|raum) (?:\w+ )?dreht sich",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:wasser|wanne|badewasser|badewanne) (?:\w+ ){0,4}(?:wird|ist|is|farbt sich) (?:\w+ )?(?:schon )?(?:ganz |total |richtig )?(?:rot|blutig|rosa|voll blut)(?= $| (?:und|vom|von) )",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:messer|klinge|rasierklinge|scherbe|cutter|teppichmesser) (?:\w+ ){0,2}(?:benutzt|genommen|angesetzt|durchgezogen) (?:\w+ )?(?:beide arme|an beiden armen|beide handgelenke|am arm|die arme|am handgelenk|die pulsadern)",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:{PILL}) (?:\w+ ){0,5}(?:flasche|schnaps|wodka|whisky|whiskey|wein|sekt|korn)|(?:flasche|schnaps|wodka|whisky|whiskey) (?:\w+ ){0,3}(?:und|mit) (?:den |die |der )?(?:\w+ )?(?:{PILL})",
        {"weak": True},
    ),
    (
        "attempt",
        r"(?:ins|in den|in die) (?:{WATER}) (?:gegangen|gelaufen|reingegangen|reingelaufen|gesprungen|hineingegangen)(?= $| (?:aber|und|doch) )",
        {"weak": True, "tense": "past"},
    ),
    # --- self-harm ------------------------------------------------------------------------
    # hitting, biting, pinching, scalding until it shows: "hab mir auf die Beine gehauen, bis alles blau war"
    (
        "self_harm",
        r"(?<!hat )(?<!hatte )(?<!haben )(?<!hast )(?:{ICH}|{ME}) (?:\w+ ){0,8}(?:{HARMV}) (?:\w+ ){0,8}(?:bis|dass|das|sodass) (?:\w+ ){0,4}(?:{INJURY})(?! (?:\w+ )?(?:vom|von der|beim) )",
        {},
    ),
    (
        "self_harm",
        r"(?:{HARMV}) (?:{ICH} )?(?:{ME}) (?:\w+ ){0,8}(?:bis|dass|das|sodass) (?:\w+ ){0,4}(?:{INJURY})",
        {},
    ),
    # hurt on purpose: "hab mich absichtlich verbrannt" (not hair cut short "extra", not vegetables)
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ )?(?:absichtlich|mit absicht|bewusst|extra|gezielt|mit voller absicht) (?!(?:\w+ ){0,6}(?:haare|haar|nagel|fingernagel|fussnagel|pony|spitzen|bart|fransen|locken|tomaten|gemuse|zwiebeln|rosen|hecke) )(?:\w+ ){0,6}(?:{HARMV}|verbrannt|verbruht|verletzt)",
        {},
    ),
    # burning: cigarette pressed on the arm, the iron, the lighter "an den Unterarmen"
    (
        "self_harm",
        r"(?:zigarette|zigaretten|kippe|kippen|feuerzeug|bugeleisen|herdplatte|kerze|lockenstab) (?:\w+ ){0,3}(?:auf|an|uber) (?:dem|der|den|die|das|meinem|meiner|meinen|meine|mein) (?:\w+ )?(?:{BODY}|hand) (?:\w+ )?(?:ausgedruckt|ausdrucken|gedruckt|gehalten|gelegt)",
        {},
    ),
    (
        "self_harm",
        r"(?:mit dem|mit der|mit nem|mit einem|mit ner|mit einer|mit m) (?:bugeleisen|feuerzeug|zigarette|kippe|lockenstab|herdplatte) (?:an|auf|uber) (?:den|die|das|meinen|meine|mein|dem|der) (?:\w+ )?(?:{BODY})",
        {},
    ),
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ ){0,5}(?:an|auf) (?:den|dem|der|die|meinen|meinem|meiner|meine) (?:\w+ )?(?:{BODY}|handen) (?:\w+ ){0,3}(?:zu verbrennen|verbrennen|verbrannt|verbrenne|verbrennt|zu verbruhen|verbruht|aufzukratzen|aufgekratzt|zu schneiden|geschnitten|zu ritzen|geritzt)",
        {},
    ),
    # cutting where no kitchen knife slips: "mich am Bauch geschnitten", "mir in den Oberarm geschnitten"
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ ){0,6}(?:geschnitten|gschnitten|gschnittn|geschnittn|geritzt|gestochen|zu schneiden|aufgeschnitten|aufgeschlitzt) (?:\w+ ){0,2}(?:am|an den|an der|an die|in den|in die|ins|uber den|uber die) (?:\w+ )?(?:{BODY})|(?:{ME}) (?:\w+ ){0,6}(?:in den|in die|ins|am|an den|an der|uber den|uber die) (?:\w+ )?(?:{BODY}) (?:\w+ ){0,3}(?:geschnitten|gschnitten|gschnittn|geritzt|gestochen|zu schneiden|zu stechen|gezogen|aufgeschnitten|schneide|schneid|ritze)",
        {},
    ),
    (
        "self_harm",
        r"(?:{MICH}) (?:wieder|wieda|schon wieder|erneut|wiedermal|mal wieder|scho wieda) (?:\w+ )?(?:geschnitten|gschnitten|gschnittn|geschnittn|gschnitn|verletzt|gestochen|verbrannt)",
        {},
    ),
    (
        "self_harm",
        r"(?:{MICH}) (?:(?!(?:beim|bei|{NEGWORD}) )\w+ ){0,3}(?:gestochen|gepikst|gestochn) (?:\w+ ){0,2}mit (?:\w+ ){0,2}(?:\w*nadel|zirkel|gabel|messer|klinge|schere)",
        {},
    ),
    (
        "self_harm",
        r"(?:{START})mit (?:einer|der|dem|ner|nem|einem|m) (?:\w+ )?(?:\w*scherbe|klinge|rasierklinge|cutter|teppichmesser|\w*schere|\w*nadel|zirkel|schaler)|(?:klinge|rasierklinge|messer|scherbe) (?:war|ist|is) (?:\w+ )?wieder (?:da|im spiel|in der hand|in meiner hand)|(?:hab|habe|hob) (?:es|s|ichs|i s) (?:\w+ ){0,3}wieder (?:getan|gemacht|tan)|(?:hab|habe|hob) (?:\w+ )?wieder (?:zugeschlagen|zugehauen)(?= $)|(?:nicht|net|ned|nich|nur) (?:so |sehr |arg )?tief(?= $)",
        {"weak": True, "negatable": False},
    ),
    (
        "self_harm",
        r"(?:schlage|schlag|hau|haue|kneife|kneif|ohrfeige|ohrfeig|bestrafe) (?:{ICH}) (?:{MICH})(?= $| (?:selbst|selber|wieder|also|seitdem|jeden) )|(?:ins gesicht|auf die hande|auf die arme|auf die beine|gegen den kopf|an den kopf|auf den kopf) (?:\w+ ){0,6}bis (?:\w+ ){0,3}(?:{INJURY})|(?:fur|fuer) (?:\w+ ){0,2}(?:ein neues zuhause|einen neuen platz|neue besitzer|ein neues heim) (?:\w+ )?(?:gefunden|gesucht)",
        {"weak": True, "negatable": False},
    ),
    (
        "self_harm",
        r"(?:{ME}) (?:\w+ ){0,2}(?:die |den |das |meine |meinen )?(?:{BODY}) (?:\w+ ){0,4}(?:aufzukratzen|aufgekratzt|aufkratzen|zerkratzt|blutig (?:zu )?kratzen|blutig gekratzt|aufzuritzen|aufgeritzt)|(?:kratz|kratze|kratzt) (?:{ICH} )?(?:{ME}) (?:\w+ ){0,4}(?:{BODY}) (?:\w+ ){0,3}auf(?= $| (?:bis|und) )",
        {},
    ),
    (
        "self_harm",
        r"(?:kochendes|kochend heisses|heisses|siedendes) (?:wasser|ol|fett) (?:\w+ ){0,3}(?:uber|auf) (?:die|den|das|meine|meinen|mein) (?:\w+ )?(?:{BODY}|hand|hande|fuss|fusse) (?:\w+ )?(?:geschuttet|gegossen|gekippt|laufen lassen|gehalten)|(?:absichtlich|mit absicht|mit voller absicht)(?= $)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:mit dem|mim|mit meinem) (?:kopf|schadel|stirn) (?:an|gegen) (?:die|den|das|eine|einen) (?:\w*kante|wand|tur|mauer|spiegel|schrank|fliesen|heizung|boden)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:schlag|schlage|hau|haue|box|boxe|kneif|kneife|beiss|beisse|ohrfeig|ohrfeige) (?:{ICH} )?(?:{MICH}|mir) (?:\w+ ){0,4}(?:ins gesicht|in die arme|auf die beine|auf die arme|auf den kopf|gegen den kopf|in die hand|in den arm|so fest|bis)",
        {},
    ),
    # --- burden ---------------------------------------------------------------------------
    (
        "preparatory",
        r"(?:{ICH}) (?:hab|habe|hob|han) (?:\w+ ){0,4}(?:abschiedsbrief\w*|abschiedszeilen|letzten brief|letzte briefe) (?:\w+ )?(?:geschrieben|verfasst|hinterlassen|hingelegt|hinterlegt)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:bin|ware|sei|bi) (?:\w+ )?(?:allen|jedem|euch allen|der familie|meiner familie|meinen kindern|allen nur|fur alle) (?:\w+ )?(?:nur |eh |doch |bloss |nur noch )?(?:im weg|zu viel|zuviel|eine last|ein klotz am bein|lastig|eine belastung|eine zumutung)(?! (?:\w+ ){0,2}(?:beim|bei der|in der|im|hier|wenn|sagt|sagen|meint) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:besser|am besten|das beste ist|es ist besser) (?:\w+ )?(?:{ICH}) (?:verschwind\w*|geh|gehe|geh ganz|gehe ganz|bin weg|bi weg|hau ab|sterbe|sterb|lass euch in ruhe|bin nicht mehr|(?:bin|bi) (?:{NOMORE}) (?:da|do|hier))(?= $| (?:bevor|ehe|als|dann|fur|und) )|(?:bin|ware) (?:es )?(?:\w+ )?(?:nicht|nich|ned) (?:mehr )?wert(?= $| (?:dass|das|zu|geliebt|gepflegt) )|(?:niemandem|keinem|keinem mensch|niemand) (?:mehr )?zuzumuten",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "burden",
        r"(?:bin|bi) (?:ich )?(?:doch |eh |halt )?(?:nur|bloss) (?:noch |mehr )?(?:ein |eine |a )?(?:pflegefall|scherereien|arger|probleme|sorgen|kummer|kosten|muhe)|(?:kosten|geld|arbeit|muhe|sorgen|arger) (?:\w+ )?(?:verursachen|bereiten|machen)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:bin|bi) (?:ich )?(?:doch |eh |halt )?(?:nur|bloss) (?:noch |mehr )?(?:ein |eine |a )?(?:kostenfaktor|ballast|last|belastung|klotz am bein)(?= $| (?:und|fur) )",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:haben|hatten|hat|hatte|ware|waren|sind|ist|leben|lebt|hatten) (?:\w+ ){0,2}ohne mich (?:\w+ ){0,2}(?:ein |es )?\w+eres (?:leben|dasein)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:welt|familie|alle|kinder|leben|ort|erde) (?:\w+ ){0,2}(?:ware|waren|wurde|hatte|hatten) (?:\w+ ){0,3}\w+er (?:\w+ )?(?:ort |platz )?(?:ohne mich|ohne mi)(?= $)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:geschenk|erleichterung|befreiung|wohltat|gefallen) (?:\w+ )?(?:an alle|fur alle|fur jeden|fur meine \w+|fur die familie)|(?:hort|endet|aufhoren) (?:\w+ )?(?:erst )?(?:auf )?(?:wenn|sobald) (?:ich|i) (?:tot|weg|gestorben|unter der erde|nicht mehr da) (?:bin|bi)|(?:wenn|falls) (?:{ICH}) (?:{NOMORE}|nimmer) (?:ware|war|wär|waer|sei)(?= $| (?:dann|mussten|musste|hatten|hatte|ware|wären|waren) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- goodbye --------------------------------------------------------------------------
    (
        "goodbye",
        r"(?:behut|behute|behüt|segne) (?:euch|dich|sie|eich|enk) (?:gott|der herrgott|der herr)|gott (?:behute|behut|segne|schutze) (?:euch|dich|eich|enk)|gott befohlen|(?:letzter|letzten|allerletzter) gruss|(?:ich )?(?:verzeih|verzeihe|vergeb|vergebe) (?:euch|dir|ihr|ihm) (?:alles)?(?= $)|(?:verzeiht|vergebt) (?:mir|mia)(?= $| (?:auch|bitte|alles) )",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:mein|meine) (?:allerletzter|letzter|letzte|allerletzte|letztes) (?:post|beitrag|eintrag|kommentar|brief|gruss|text|message|worte)(?= $| (?:ist|is|sein wird|hier|an euch|an dich|an alle) )",
        {},
    ),
    (
        "goodbye",
        r"(?:falls|wenn|sobald) (?:du|ihr|sie|er|jemand|einer|meine \w+|mein \w+) (?:\w+ ){0,3}(?:jemals |irgendwann |mal )?(?:liest|lest|lesen|findet|findest|finden|bekommt|bekommst)(?= $| (?:ich|dann) )|(?:soll|sollen|sollst|sollt) (?:\w+ )?wissen (?:dass|das) (?:ich|i)|(?:weisst|weist|wisst|wissen) (?:du|ihr|sie) (?:ja |dann |schon |also )?(?:warum|wieso|weshalb|bescheid)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:komm|komme) (?:{ICH} )?(?:\w+ )?(?:nicht|ned|net|nimma|nimmer) (?:mehr|meh)(?= $)|(?:mach|mache) (?:{ICH} )?(?:jetzt |einfach |dann )?(?:die augen|meine augen) (?:\w+ )?(?:zu|fur immer zu)(?= $| (?:und|fur immer) )|(?:und|un|dann|danach) (?:das|des|dat) (?:wars|war es|war s|war s dann)(?= $)|(?:dann|danach) (?:wars|war es|war s|ist es|is es) (?:das|des|dat)(?= $)|(?:macht|mach|machen sie) (?:euch|dir|sich) (?:\w+ )?(?:keinen kopf|keine sorgen|keine gedanken) (?:um mich|wegen mir)|(?:jetzt|nun) (?:ist|is) (?:es )?genug(?= $)",
        {"weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:danke|dank) (?:\w+ ){0,2}(?:fur|fuer) (?:die|all die|die vielen|die schonen) (?:jahre|zeit|jahrzehnte)(?= $| (?:und|mit|bei|hier) )|(?:es|s) war (?:schon|gut|schoen) (?:\w+ )?(?:solang|solange|so lange) (?:es|s) (?:schon|gut) war|(?:{START})(?:fur immer|auf ewig) (?:diesmal|jetzt|wirklich)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # --- widened after development rounds 11 and 12 ----------------------------------------
    # wishes: "ich würd ihn drücken" (a switch to turn off), "hoffentlich ist es bald vorbei"
    (
        "wish_dead",
        r"(?:knopf|schalter) (?:\w+ ){0,4}(?:zum |zu )?(?:ausschalten|abschalten|ausknipsen|aufhoren|verschwinden|weg sein)|(?:wurd|wurde|tat|tate) (?:{ICH} )?(?:ihn|den|es) (?:sofort |gleich |ohne zu zogern |ohne nachzudenken )?(?:drucken|drucke|betatigen)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "wish_dead",
        r"hoffentlich (?:ist es|ists|is es|ist das|ist alles|is des) (?:bald |endlich |schnell )?(?:vorbei|aus|zu ende|vorbei mit mir)|(?:ich|i) (?:mein|meine) (?:\w+ )?(?:mein|mei|meim) (?:leben|lebn)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    # "einfach weg sein will", "wär einfach weg", "ich hab genug", "soll er mich auch holen"
    (
        "wish_dead",
        r"(?:einfach |ganz |richtig |fur immer )?weg (?:sein|si|zu sein) (?:will|wil|mochte|mocht|mag|wollte|wott|wett|mecht)|(?:ware|war|waer) (?:{ICH} )?(?:einfach |doch |bloss )?(?:weg|fort)(?= $| fur immer )|(?:{ICH}) (?:ha|hab|habe|han|hob) (?:\w+ )?(?:gnueg|genug|gnua|gnuag)(?= $)|(?:soll|sollt|solle) (?:er|der|gott|herrgott) (?:{MICH}) (?:halt |doch |auch |endlich |bitte )+(?:holen|hoin|holn|mitnehmen)(?= $| (?:ich|i|und|dann|da|weil|denn) )",
        {"weak": True, "owner": "self"},
    ),
    # "hätt mich der Krebs doch mitgenommen", "wünschte ich hätte den Unfall nicht überlebt"
    (
        "wish_dead",
        r"(?:hatt|hatte) (?:{MICH}) (?:\w+ ){0,3}(?:doch|bloss|nur|lieber|besser) (?:\w+ )?(?:mitgenommen|geholt|erwischt|umgebracht|dahingerafft)|(?:wunsch\w*|wollte|ware besser) (?:\w+ ){0,4}(?:hatte|hatt) (?:\w+ ){0,3}(?:nicht|nie|ned) uberlebt",
        {"owner": "self"},
    ),
    # thinking of it: "ans Sterben gedacht", "nachdenke, nicht mehr weiterzuleben", "aus dem Leben rauskomme"
    (
        "thoughts",
        r"ans (?:sterben|sterbn|totsein|ende) (?:\w+ )?(?:gedacht|denk|denke|denken|dacht|dachte)|(?:nachdenk\w*|nachgedacht|denk|denke|denken|dachte|gedacht|uberleg\w*|grubel\w*) (?:\w+ ){0,4}(?:{NOMORE}) (?:weiterzuleben|zu leben|zu existieren|aufzuwachen|da zu sein|hier zu sein)",
        {"negatable": False},
    ),
    (
        "thoughts",
        r"aus (?:diesem|dem|meinem|dem ganzen) (?:leben|lebn) (?:\w+ )?(?:rauskomme|rauskommen|rauskomm|rausgehen|raus(?= $)|zu gehen|gehe|scheide|zu scheiden|zu nehmen|zu treten|zu verschwinden|scheide|scheiden|verschwinde|verabschiede|verabschieden)",
    ),
    (
        "thoughts",
        r"(?:mach|mache|machi) (?:{ICH} )?(?:jetzt |einfach |endlich |dann |heute )?(?:schluss|schlus) mit (?:allem|alles|ois|dem ganzen|mir)(?= $| (?:und|dann|heute|jetzt|fur immer|endgultig) )",
        {"owner": "self"},
    ),
    # "die (dunklen) Gedanken sind wieder da", "so geht es mir", asking about "man"
    (
        "thoughts",
        r"(?:gedanken|gedankn|gedanke) (?:\w+ )?(?:sind|san|sin|kommen|kommt|is|ist) (?:\w+ )?(?:wieder da|zuruck|wieder zuruck|wieder)(?= $| (?:die|so|und) )|(?:dunkle|dunklen|schwarze|schwarzen|finstere|finsteren) (?:gedanken|gedankn)|(?:die|de) (?:ganz )?(?:dunklen|schwarzen|finsteren)(?= $)|(?:immer )?(?:noch )?die gleichen gedanken",
        {"weak": True},
    ),
    (
        "thoughts",
        r"(?:man|leute|menschen|jemand) (?:\w+ ){0,4}(?:{SICH}) (?:\w+ ){0,3}(?:das leben nehmen|das leben zu nehmen|umbringen|umzubringen|umbringen will|toten|zu toten|aus dem leben)|(?:so|genauso|genau so) (?:geht es|gehts|geht's|ergeht es) (?:mir|mia)(?= $| (?:seit|auch|gerade|grad|jetzt|schon) )|(?:ich glaub|glaub|ich glaube) (?:{ICH}) (?:bin|bi) (?:da )?(?:gerade|grad|jetzt)(?: da)?(?= $)",
        {"weak": True, "owner": "self"},
    ),
    # looking at the means every day: "ich guck ihn jeden Tag an", "ich schau den jeden Abend an"
    (
        "thoughts",
        r"(?:guck|gucke|schau|schaue|seh|sehe|starr|starre) (?:{ICH} )?(?:ihn|sie|es|das|den|die|des) (?:\w+ ){0,2}(?:jeden tag|jeden abend|jede nacht|taglich|standig|immer wieder|stundenlang) an",
        {"weak": True, "owner": "self"},
    ),
    # method: how many, whether it hurts, how it is done
    (
        "method",
        r"(?:wie viele|wie viel|wieviel|wieviele) (?:\w+ )?(?:{PILL}) (?:\w+ ){0,3}(?:todlich|reichen|reicht|reichen wurden|braucht man|brauchte man|brauchte|muss man|musste man|bis man stirbt|damit man stirbt)(?! (?:\w+ ){0,4}(?:wiegt|kilo|kg|diagnostiziert|einstellen|eingestellt|pro mahlzeit|broteinheit\w*|zum essen|pro tag|am tag|blutzucker) )|(?:{PILL}) (?:\w+ ){0,2}(?:schmerzhaft|todlich|weh) (?:\w+ ){0,2}(?:wenn|falls) (?:man|ich) (?:\w+ )?(?:viel|viele|zu viel|zu viele|alle|alles)|(?:weiss|weis|gelesen|nachgeschaut|gegoogelt|recherchiert) (?:\w+ ){0,3}wie (?:viel|viele) (?:\w+ )?(?:man|ich) (?:\w+ )?(?:spritzen|nehmen|schlucken) (?:musste|muss|mussen|braucht|brauchte)",
    ),
    (
        "method",
        r"(?:wie viele|wie viel|wieviel|wieviele) (?:\w+ )?(?:{PILL}) (?:\w+ ){0,2}(?:zu viel|zu viele|zuviel|zuviele)",
        {"weak": True, "owner": "self"},
    ),
    (
        "method",
        r"wie man (?:es |sich )?(?:\w+ )?mit (?:dem|den|der) (?:gas|abgasen|auspuff|strick|seil|tabletten|schlinge) (?:macht|tut|anstellt|umbringt)|(?:gashahn|gasherd|gas) (?:\w+ ){0,3}(?:aufdrehen|aufdreh|aufgedreht|aufmachen|offen lassen|anlassen)|(?:{START})(?:gashahn|der gashahn)(?= $)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:uberleg|uberlege|denk|denke|frag mich|frage mich) (?:\w+ ){0,4}(?:ob|dass|wie) (?:ich|i) (?:\w+ ){0,3}(?:gegen|in) (?:\w+ ){0,2}(?:baum|brucken\w*|pfeiler|mauer|betonwand|lkw|laster|gegenverkehr|leitplanke) (?:lenke|lenk|fahre|fahr|steuere|steuer|rase|ras)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:einfach )?(?:nicht|nich|ned) (?:mehr )?(?:lenke|lenk|bremse|brems)(?= $| (?:dann|und|war|ware) )|(?:die|des|das|sie) (?:wurden|wurde|wurd) (?:\w+ )?(?:reichen|langen)(?= $| oder )",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # means kept at hand: "hab noch die ganzen Tabletten von meinem Mann", "das Gewehr steht im Keller"
    (
        "at_hand",
        r"(?:hab|habe|hob|han) (?:\w+ ){0,3}(?:die ganzen|die ganze|alle|die|seine|ihre|de gonzn) (?:{PILL}) (?:von|vom) (?:meinem|meiner|mama|papa|mutter|vater|mann|der|dem|mei|meim)|(?:{PILL}) (?:\w+ ){0,4}(?:nie zuruckgebracht|nicht zuruckgebracht|nicht weggeworfen|nie weggeworfen|aufgehoben|gebunkert|gehortet|beiseite gelegt|zur seite gelegt)|(?:{GUN}) (?:\w+ ){0,3}(?:steht|liegt|hangt) (?:noch )?(?:im keller|auf dem dachboden|im schrank|bei mir|im haus|in der wohnung|unterm bett)",
        {"weak": True, "owner": "self"},
    ),
    (
        "method",
        r"(?:{MIR}) (?:\w+ )?(?:ein|einen|nen|n|a|an|das|den) (?:seil|strick|schlinge) (?:gekauft|besorgt|bestellt|organisiert|geholt)",
        {"owner": "self"},
    ),
    # plan: "nehm ich alles was ich hab", "geh ich mit dem Seil in den Wald", "mit den Tabletten."
    (
        "plan",
        r"(?:nehm|nehme|schluck|schlucke|nimm) (?:{ICH} )?(?:alles|alle|die ganzen|des ganze|das ganze) (?:was|die) (?:{ICH}) (?:noch )?(?:hab|habe|hob|han|gesammelt hab|da hab)|(?:wo|da) (?:findet|find) (?:einen|mich|mi) (?:\w+ )?(?:keiner|niemand|koaner) (?:so )?(?:schnell|bald)|(?:wenn|sobald|wo) (?:keiner|niemand|koaner) (?:mehr )?(?:da|dort|in der nahe) (?:ist|is)(?= $)|(?:termin|datum|zeitpunkt|stichtag) (?:\w+ )?(?:gesetzt|festgelegt|ausgesucht|gewahlt|bestimmt)|(?:ist|is) (?:es |s )?bald so ?weit|bald ist es so ?weit|(?:{START})bald(?= $)|(?:fehlt|fehlen) (?:\w+ )?(?:nur noch|nur mehr|jetzt nur noch) (?:der tag|das datum|der richtige tag|der zeitpunkt)",
        {"weak": True, "owner": "self"},
    ),
    (
        "plan",
        r"(?:geh|gehe|fahr|fahre|gang) (?:{ICH} )?(?:\w+ ){0,4}mit (?:dem|den|der|meinen|einem|nem) (?:{STRONG_MEANS}|seil|strick)(?! (?:\w+ )?(?:ein|zur|zum|spazieren|klettern) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:beschlossen|entschieden|entschlossen|festgelegt) (?:\w+ ){0,2}(?:dass|das) (?:{ICH}) (?:(?!(?:zu|zum|zur|in|ins|nach|an|auf|mit|spazieren|einkaufen|schwimmen|arbeiten|weg|wieder) )\w+ ){0,4}(?:gehe|geh|gehen werde|sterbe|aufhore|schluss mache)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    # preparatory: keys left, a note for the police, "lohnt sich nicht mehr", "brauch ich bald nicht mehr"
    (
        "preparatory",
        r"(?:zettel|nachricht|brief) (?:\w+ ){0,4}fur die (?:polizei|feuerwehr|sanitater|rettung|rettungskrafte)|(?:tur|wohnungstur|haustur) (?:\w+ )?(?:nicht )?(?:aufbrechen|aufbricht|aufgebrochen|aufzubrechen)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:ersatzschlussel|zweitschlussel|wohnungsschlussel|hausschlussel|schlussel) (?:\w+ ){0,5}(?:unter die matte|unter der matte|unter den blumentopf|hinterlegt)|(?:nach|in) (?:ein paar|einigen|zwei|drei) (?:tagen|tag) (?:\w+ ){0,2}(?:reinschauen|nachschauen|nachsehen|vorbeischauen|reinschaut)|(?:lohnt|lohnen|rentiert) (?:sich )?(?:eh |ja |doch |eigentlich )?(?:{NOMORE})(?= $)|(?:brauch|brauche|brauchn|bruch) (?:{ICH}) (?:\w+ )?(?:ja |eh |doch |dann |bald |eh bald )*(?:{NOMORE})(?= $| (?:wo|wenn|dort|da) )|(?:jemand|jemanden|wer|eine|einen) (?:\w+ ){0,2}(?:der|die) (?:die katze|den hund|den kater|meine katze|meinen hund|die tiere|die katzen|den vogel|mei katz) (?:nimmt|ubernimmt|aufnimmt)|(?:katze|hund|kater|tiere|vogel) (?:\w+ )?(?:untergebracht|abgegeben|weggegeben|vermittelt)(?= $)|(?:das|des) war das letzte(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:damit|dass|soll) (?:es )?(?:keiner|niemand|koaner) (?:\w+ ){0,3}(?:findet|denkt|sieht|sagen kann) (?:\w+ ){0,3}(?:hinterher|danach|nachher)|(?:soll|sollen|sollt) (?:es )?(?:\w+ )?(?:leicht|einfach|leichter|einfacher) haben (?:danach|hinterher|nachher|wenn)|(?:gut sichtbar|sichtbar hingelegt)|(?:{MICH}) (?:\w+ ){0,3}(?:kirchlich )?(?:beerdigen|bestatten|begraben) (?:wurde|wurden|wurd|wird|darf|kann|konnte|lassen)|(?:todesanzeige|traueranzeige|grabrede|trauerrede) (?:\w+ ){0,3}(?:formuliert|geschrieben|entworfen|aufgesetzt|ausgesucht)|(?:dauerauftrage|dauerauftrag|versicherungen|lastschriften|konten) (?:\w+ ){0,4}(?:gekundigt|aufgelost|storniert|abgemeldet)|(?:bei sowas|bei suizid|bei selbstmord) (?:auch )?(?:zahlt|zahlen|bezahlt)",
        {"weak": True, "owner": "self"},
    ),
    (
        "preparatory",
        r"(?:hab|habe|hob|han) (?:\w+ ){0,4}(?:ring|ringe|kette|ketten|goldarmbander|armbander|teppiche|nahmaschine|uhr) (?:\w+ ){0,5}(?:gebn|gegeben|geschenkt|gschenkt|vermacht|verschenkt)(?! (?:\w+ ){0,3}(?:zum geburtstag|zu weihnachten|zur hochzeit|zur konfirmation|zur kommunion) )",
        {"weak": True},
    ),
    # self-harm: "geritzt", "mi gschnittn", "angefangen mich zu schneiden", the cigarette and the lighter
    (
        "self_harm",
        r"(?<!holz )(?<!baum )(?<!rinde )(?<!glas )(?<!tisch )(?<!stein )(?:geritzt|gritzt|angeritzt|aufgeritzt)(?! (?:in|ins) )|(?:{MICH}) (?:\w+ ){0,2}(?:gschnittn|gschnitn|gschnitten|gschnittn)|(?:angefangen|begonnen|wieder|aufhoren|aufhorn) (?:\w+ ){0,3}(?:{MICH}) (?:\w+ ){0,2}zu (?:schneiden|ritzen|verletzen|verbrennen|schlagen)|(?:geschrubbt|gekratzt|gerieben|gedruckt) bis (?:es|s|ich) (?:\w+ )?(?:geblutet|blutet|blutete|blut kam|wund war|offen war)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "self_harm",
        r"(?:{ICH}) (?:schlag|schlage|hau|haue|box|boxe) (?:{MICH}) (?:selbst |selber )?(?=$|(?:immer wieder|mit der (?:flachen )?(?:hand|faust)|mit dem (?:kochloffel|gurtel|stock|kopf)|ins gesicht) )|(?:hau|haue|schlag|schlage|box|boxe) (?:{MIR}|{MICH}) (?:\w+ ){0,7}(?:ins gesicht|auf die (?:oberschenkel|beine|arme|wangen)|gegen (?:den|meinen) kopf|an den kopf|auf den kopf)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:drucke|druck|gedruckt|halte|halt|gehalten|ausgedruckt) (?:\w+ ){0,4}(?:an|auf) (?:meinen|meine|mein|meinem|meiner) (?:{BODY}|handrucken|handgelenk|haut)|(?:zigarette|zigaretten|feuerzeug|kerze|flamme|bugeleisen) (?:\w+ ){0,5}(?:{BODY}|handrucken|handgelenk)|(?:wieder|schon wieder|absichtlich|selbst|selber|mir) (?:die |meine |den |meinen )?(?:{BODY}) (?:\w+ ){0,2}(?:zerkratzt|aufgekratzt|blutig gekratzt|wund gekratzt|blutig geschrubbt|aufgeschrubbt)(?! (?:\w+ ){0,3}(?:rosen|dornen|hecke|katze|kater|garten|brombeer\w*) )",
        {"weak": True, "owner": "self"},
    ),
    # burden: "mehr wert tot als lebendig", "die Welt verliert nix wenn ich geh", "ich stör nur"
    (
        "burden",
        r"(?:mehr wert|wertvoller|nutzlicher) (?:\w+ )?(?:tot|tod) (?:als|wie)|(?:tot|tod) (?:\w+ )?(?:mehr wert|wertvoller|nutzlicher) (?:als|wie)|(?:lebensversicherung|erbe|erbschaft) (?:\w+ ){0,3}als (?:von )?(?:mir|mich)|(?:welt|niemand|keiner) (?:verliert|verliern|vermisst) (?:\w+ )?(?:nix |nichts |nicht viel )?(?:wenn|falls) (?:{ICH}) (?:geh|gehe|weg bin|sterbe|nicht mehr da bin)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:will|mochte|mag|wollte) (?:{ICH} )?(?:niemandem|keinem|niemand|keinem menschen) (?:mehr )?zur last (?:fallen|sein)|(?:last|belastung) sein fur|(?:{ICH}) (?:stor|store|stoer) (?:doch |eh |halt )*(?:nur|eh|bloss)(?= $| (?:noch|alle|allen|euch) )|wer braucht (?:{MICH}) (?:noch|schon|eigentlich)|(?:dreht sich|geht) (?:\w+ )?(?:auch )?ohne (?:{MICH}) (?:\w+ )?weiter|(?:fall|falle|geh|gehe) (?:{ICH} )?(?:doch |eh |halt )?(?:nur|bloss) (?:noch )?(?:allen|jedem|euch|ihnen) auf die nerven|(?:geh|gehe|gang) (?:{ICH} )?(?:lieber |doch )?(?:vorher |vorzeitig |rechtzeitig )?freiwillig(?= $)|(?:ihr|die|alle|sie) (?:seid|sind|san) (?:{MICH}) (?:\w+ )?(?:bald |endlich |dann )?los(?= $)",
        {"weak": True},
    ),
    # goodbye: "gute Nacht für immer", "sag dem Kleinen dass Oma ihn lieb hatte", "bin dann nimma da"
    (
        "goodbye",
        r"gute nacht (?:\w+ )?fur immer|fur immer gute nacht|(?:sag|sagt|sage) (?:\w+ ){0,3}(?:dass|das) (?:oma|mama|ich|mami|omi|mutti) (?:\w+ ){0,3}(?:lieb hatte|geliebt hat|bei opa ist|bei papa ist|im himmel ist|lieb gehabt hat)|(?:verabschieden|verabschiede|verabschied) (?:\w+ ){0,4}von allem",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:musst|brauchst|musstest) (?:du )?(?:mir |auf mich )?(?:\w+ )?(?:{NOMORE}) (?:\w+ ){0,2}(?:antworten|warten|schreiben)|(?:melde|meld) (?:{MICH}) (?:\w+ )?ab(?= $| fur immer)|(?:gruss|grusst|grusse) (?:mir )?(?:die |alle |meine )?(?:anderen|andern)|(?:schau|schaut|pass|passt) (?:bitte )?(?:auf|nach) (?:meine|meinen|mei) (?:enkerl|enkel|kinder|kinda|enkelkinder)|(?:mach|mache) (?:{ICH} )?(?:jetzt |nun |dann |endlich )?(?:platz|das licht aus)(?= $)|(?:das|des) (?:wars|war es|wars dann)(?: jetzt| dann)?(?= $)|(?:alles gesagt) (?:was|das) (?:\w+ )?zu sagen (?:war|ist)|(?:ihr seid|du bist) (?:\w+ )?starker als ich|(?:bitte )?(?:nicht|ned|net) bose sein(?= $)",
        {"weak": True, "owner": "self"},
    ),
    # attempt now or just made: "Tabletten sind drin", "das Seil hängt", "steh auf dem Stuhl", "bin am Dach"
    (
        "attempt",
        r"(?:{PILL}) (?:sind|san|is|ist) (?:schon |jetzt )?(?:drin|drinnen|unten|intus)(?= $)|(?:magen|mogen) (?:\w+ )?ausgepumpt|(?:spital|krankenhaus|klinik|notaufnahme|intensivstation|intensiv) (?:\w+ ){0,3}wegen (?:den|der|da|de|meinen|die) (?:{PILL})|(?:psychiatrie|klinik|krankenhaus|spital|geschlossenen|geschlossene) (?:\w+ ){0,4}(?:nach dem|wegen dem|wegen des|nach meinem|wegen meinem) (?:\w+ )?versuch|(?:nach dem|nach meinem) (?:\w+ )?versuch (?:\w+ ){0,3}(?:psychiatrie|klinik|krankenhaus|spital|entlassen)|(?:absichtlich|mit absicht|extra|bewusst) (?:\w+ ){0,3}(?:gegen|in) (?:einen|den|die|eine|ne|n) (?:baum|graben|mauer|wand|bruckenpfeiler|pfeiler|leitplanke|lkw|laster|gegenverkehr) (?:gefahren|gelenkt|gerast|gesteuert)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:seil|strick|schlinge) (?:hangt|hangt schon|ist fest|ist festgemacht|ist geknupft|ist geknotet|ist befestigt)(?! (?:\w+ ){0,4}(?:wasche|wasch|trocknen|garten|turnhalle|spielplatz|boot|schaukel|kletter\w*|zelt|hangematte|baum) )|(?:steh|stehe|stand) (?:\w+ ){0,2}auf (?:dem|am|n|einem|nem) (?:stuhl|hocker|schemel|tritt)(?= $| (?:und|jetzt|schon|ich|i|entschuldige|bitte|es|das) )|(?:bin|steh|stehe|sitz|sitze|hock|hocke) (?:\w+ ){0,3}(?:auf dem dach|am dach|aufm dach|auf der brustung|auf dem gelander|am gelander|auf dem sims|an der kante|auf dem parkdeck|aufm parkdeck|auf dem parkhaus)|(?:{MICH}) (?:\w+ ){0,2}auf (?:die|das|den) (?:brustung|gelander|sims|fensterbrett|fenstersims) (?:gesetzt|gestellt|gstellt)|(?:trau|traue) (?:{MICH}) (?:noch |no )?(?:nicht|ned|net|nit)(?= $| (?:aber|runter) )|(?:das|des|dat) zeug (?:\w+ )?(?:{SWALLOWED})|(?:habs|hab ichs|hab ich es|habe ich es|hab es|habe es|hobs) (?:schon )?(?:versucht|gemacht|getan)(?= $| (?:vor|mit|gestern|letzte) )|(?:hat|hats|hat es) (?:\w+ )?(?:nicht|ned|net) (?:gereicht)(?= $)|(?:dose|packung|schachtel|blister|flasche) (?:ist|is) (?:jetzt )?leer(?= $)|(?:{PILL}) (?:schon )?in der hand (?:gehabt|ghabt|gehalten)|(?:{PILL}) (?:\w+ ){0,3}(?:ausgedruckt|rausgedruckt|abgezahlt|bereitgelegt)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # someone else now: "dass er sich von der Brücke stürzt", "er steht auf der Reichsbrücke"
    (
        "method",
        r"(?:er|sie) (?:{SICH}) (?:\w+ ){0,3}(?:von|vor|unter) (?:der|die|den|einer|einem|dem|da) (?:\w+ )?(?:{HIGH}|{TRAIN}) (?:sturzt|sturzen|wirft|werfen|schmeisst|sturze|werfe|sturzen will|werfen will)|(?:er|sie) (?:\w+ ){0,3}(?:das auto|den wagen|sich) (?:\w+ ){0,2}gegen (?:einen|den|die|eine) (?:baum|wand|mauer|bruckenpfeiler|pfeiler) (?:fahrt|fahren|lenkt|setzt|setzen|fahren will|fahrt)",
        {"owner": "other"},
    ),
    (
        "attempt",
        r"(?:geschrieben|gschriebn|gschrieben|gesagt|gsagt|angerufen|getextet|schreibt|schrieb) (?:\w+ ){0,3}(?:er|sie) (?:steht|sitzt|ist|is|sei|stehe|sitze) (?:\w+ )?(?:auf|an) (?:der|da|dem|am|die|einer|einem) (?:\w*brucke|gleis\w*|dach|bahngleis\w*|klippe)|(?:dass|das) (?:das|des|dies) (?:ihre|seine) letzte nachricht (?:ist|sei|war)",
        {"owner": "other"},
    ),
    (
        "goodbye",
        r"(?:bin|bi) (?:{ICH} )?(?:dann|danach) (?:{NOMORE}) (?:da|do|hier)(?= $)|danke (?:\w+ ){0,3}(?:dass|das) du (?:\w+ ){0,5}(?:fur mich da warst|fur mich da gewesen bist|immer da warst|da warst)(?= $| (?:mehr|und) )|(?:ich hoffe|hoffe) (?:du wirst|ihr werdet|sie wird|er wird) (?:\w+ )?glucklich|(?:richtig|ganz|einfach) weg (?:\w+ )?fur immer(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:will|mochte|mocht|wunsch\w*) nur noch (?:\w+ ){0,4}(?:auf den friedhof|ins grab|unter die erde)",
        {"owner": "self"},
    ),
    # burden: "mit mir hat keiner mehr Freude", "ich zieh alle nur runter", "muss sich keiner mehr schämen"
    (
        "burden",
        r"(?:mit mir|an mir) hat (?:doch |eh |ja )?(?:keiner|niemand|koaner) (?:mehr )?(?:freude|spass)|(?:zieh|ziehe) (?:{ICH} )?(?:alle|jeden|euch|sie) (?:\w+ )?(?:nur |eh |bloss )?(?:mit )?runter|(?:muss|musste|mussen|braucht) sich (?:\w+ ){0,3}(?:{NOMORE}) (?:\w+ ){0,3}(?:mit mir|fur mich|um mich|wegen mir) (?:qualen|schamen|kummern|sorgen|argern|plagen)|(?:muss|musste|mussen) sich (?:keiner|niemand) (?:mehr )?(?:fur mich|mit mir|um mich|wegen mir) (?:qualen|schamen|kummern|sorgen|argern)|(?:wenn|falls) (?:{ICH}) (?:{MICH}) (?:einfach |endgultig |ganz )?(?:rausnehme|rausnehm|ausklinke|entferne|rausziehe)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # attempt: pills with drink, the rope already round the neck, talked down, the clinic after
    (
        "attempt",
        r"(?:{PILL}) (?:\w+ ){0,4}(?:{SWALLOWED}) (?:\w+ ){0,3}(?:schnaps|alkohol|wein|wodka|whisky|korn|likor) (?:dazu|hinterher|drauf|daruber)|(?:seil|strick|schlinge|gurtel|kabel) (?:\w+ )?(?:schon )?um (?:gehabt|ghabt|den hals gelegt|meinen hals gelegt|den hals ghabt)|(?:{MICH}) (?:\w+ ){0,3}(?:runtergeredet|runtergeholt|vom gelander (?:\w+ )?(?:geholt|gezogen)|von der brucke (?:\w+ )?(?:geholt|gezogen))",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:{START})nach (?:dem|meinem) (?:\w+ )?versuch(?= $)|(?:war|bin|lag) (?:\w+ ){0,2}(?:in der psychiatrie|auf der geschlossenen|in der geschlossenen|auf der intensiv\w*|in der klinik)|(?:hab|habe) (?:es|ihn|sie) (?:\w+ ){0,3}(?:runtergeholt|rausgeholt|hervorgeholt) (?:und )?(?:angeguckt|angeschaut|geladen|gereinigt|in der hand)|(?:{START})mit (?:den |dem |der |meinen )?(?:{PILL}|seil|strick)(?= $)",
        {"weak": True, "owner": "self", "negatable": False, "tense": "past"},
    ),
    # self-harm: cuts made "myself", a cigarette or lighter pressed on the skin, "die neuen sind von letzter Woche"
    (
        "self_harm",
        r"(?:mach|mache|machte|gemacht) (?:{MIR}) (?:\w+ ){0,4}(?:schnitte|schnitt|kratzer|wunden|brandwunden|brandmale) (?:am|an den|an der|in den|in die|auf den|auf dem|ins)|(?:schnitte|wunden|verbrennungen|narben|brandwunden) (?:\w+ ){0,5}(?:selber|selbst) (?:gemacht|zugefugt|beigebracht)|(?:{MIR}) (?:\w+ ){0,5}(?:hand|arm|arme|handgelenk|bein|haut|unterarm|oberschenkel) (?:aufgeschnitten|aufgeritzt)|(?:drucke|druck|gedruckt|halte|halt|gehalten|ausgedruckt) (?:\w+ ){0,4}(?:zigarette|zigaretten|feuerzeug|kerze|flamme|bugeleisen|glut) (?:\w+ ){0,3}(?:an|auf) (?:meinen|meine|mein|meinem|meiner|die|den|das) (?:{BODY}|handrucken|handgelenk|haut)|(?:zigarette|feuerzeug|kerze|flamme|bugeleisen) (?:\w+ ){0,4}(?:drucke|druck|halte|halt|gedruckt|gehalten|ausgedruckt) (?:\w+ ){0,2}(?:an|auf) (?:meinen|meine|mein|meinem|meiner) (?:{BODY}|handrucken|handgelenk|haut)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:die )?(?:neuen|frischen) (?:\w+ )?(?:sind|san) (?:\w+ )?von (?:letzter woche|gestern|heute|vorgestern|letzter nacht|dieser woche)|(?:sieht|sehen|merkt) (?:ja |eh |doch )?(?:keiner|niemand)(?= $)|wieder mit der (?:kerze|klinge|rasierklinge|zigarette|schere|nadel|gabel)|(?:{START})(?:am|an meinem|ans) (?:handgelenk|unterarm|oberschenkel)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    # a date and the act: "an dem Tag will ich gehen", "an ihrem Geburtstag mach ich es"
    (
        "plan",
        r"(?:an dem|an diesem|an ihrem|an seinem|an meinem) (?:tag|abend|geburtstag|todestag|jahrestag) (?:will|werde|werd|mochte) (?:{ICH}) (?:gehen|sterben|es tun|es machen)|(?:an dem|an diesem|an ihrem|an seinem|an meinem) (?:tag|abend|geburtstag|todestag|jahrestag) (?:geh|gehe|mach|mache|tu|tue) (?:{ICH}) (?:es|s)?(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # --- a third pass: failed attempts, retries, hitting until bruised, dates and deadlines ----
    (
        "attempt",
        r"(?:{START})(?:versuch|suizidversuch|mein versuch|der versuch) (?:ist |war )?(?:gescheitert|misslungen|schiefgegangen|fehlgeschlagen)(?= $| (?:leider|schon wieder|wieder) )|(?:{START})(?:gestern|vorgestern|letzte nacht|heute nacht|letzte woche) (?:hab ichs |hab ich es )?versucht(?= $)|(?:{PILL}) (?:\w+ ){0,2}(?:alle auf einmal|auf einmal|auf einen schlag|alle zusammen) (?:{SWALLOWED})|(?:getrunken|gesoffen) (?:\w+ ){0,2}(?:und )?(?:{PILL}) (?:dazu|hinterher|drauf)|(?:{START})(?:wieder|schon wieder|hab wieder|hab mich wieder|hab mi wieder) (?:geschnitten|gschnitten|geritzt|gritzt)(?= $| (?:\d+|drei|zwei|vier|funf) )|wieder (?:die|zur|zu der|zum) (?:klinge|rasierklinge)(?= $| gegriffen )|(?:narben|wunden) (?:\w+ ){0,4}(?:wieder )?(?:aufgemacht|aufgeschnitten|aufgerissen|aufgekratzt|aufgschnittn)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:{START})(?:uberlebt|wieder aufgewacht|nicht gestorben)(?= $)|(?:probier|probiere|probiers|versuch|versuche|versuchs) (?:{ICH} )?(?:s |es )?(?:wieder|nochmal|noch mal|erneut)(?= $)|(?:{START})nochmal(?= $)|(?:strick|seil|schlinge|gurtel|kabel|ast) (?:ist|war|is) (?:\w+ )?(?:gerissen|abgebrochen|durchgerissen)|(?:garage) (?:\w+ ){0,4}(?:motor|auto|wagen) (?:\w+ )?(?:lauft|lauft noch|laufen lassen|an)|(?:wie lang|wie lange) (?:dauert|geht) (?:das|des|es) (?:noch|bis)(?= $)|(?:{START})nach den (?:{PILL})(?= $)|(?:bin|lieg|liege) (?:\w+ ){0,2}(?:im krankenhaus|im spital|auf der intensiv\w*|in der notaufnahme)(?= $)",
        {"weak": True, "owner": "self", "negatable": False, "tense": "past"},
    ),
    (
        "plan",
        r"(?:{START})(?:gleich|jetzt gleich|gleich ists soweit|gleich ist es soweit)(?= $)|(?:zeit zu gehen|zeit zu gehn|zeit zum gehen|zeit fur mich zu gehen)(?= $)|(?:frist|deadline) (?:\w+ )?(?:gesetzt|gestellt)|(?:bin|bi) (?:ich|i) (?:dann )?(?:tot|nicht mehr am leben|unter der erde)(?= $| (?:endgultig|fur immer|dann) )|(?:beschlossen|entschieden|entschlossen) (?:\w+ ){0,3}zu gehen(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:danach|dann|nachher) (?:ist|is) (?:\w+ )?(?:schluss|ende) mit mir|(?:schluss) mit mir(?= $| (?:und|dann|endgultig|fur immer) )",
        {"owner": "self", "negatable": False},
    ),
    # self-harm: hit until bruised, burning with an iron, "ich mach mir weh mit der Nadel"
    (
        "self_harm",
        r"(?:gehaun|gehauen|geschlagen|geklopft|gehaut|gschlagn) (?:\w+ ){0,2}bis (?:\w+ ){0,2}(?:{INJURY}|grun und blau|schwindlig|schwindelig|es blutete|es geblutet hat)|(?:{ICH}) (?:verbrenn|verbrenne|verbruh|verbruhe) (?:{MIR}) (?:\w+ ){0,3}(?:mit|an) (?:dem|der|einer|einem|ner|nem) (?:bugeleisen|zigarette|zigaretten|feuerzeug|kerze|herdplatte|lotkolben|streichholz)|(?:mach|mache|tu|tue) (?:{MIR}) (?:selbst |selber )?(?:\w+ )?weh mit (?:der |dem |einer |einem |ner )?(?:nadel|nadeln|messer|klinge|schere|gabel|zigarette|feuerzeug|gurtel|faust)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{START})(?:war|wars|das war) (?:ich|i) (?:selbst|selber)(?= $)|(?:{START})blut (?:am|an meinem|an den|an meinen) (?:{BODY})(?= $)|(?:{START})ruckfall(?= $)|(?:mach|mache|tu|tue) (?:{MIR}) (?:selbst |selber )?weh(?= $| (?:am|an|damit|bis) )",
        {"weak": True, "owner": "self"},
    ),
    # wishes: "würde ich gern tot sein", "wär gern drüben bei Mama", "den Abend nicht mehr erleben"
    (
        "wish_dead",
        r"(?:wurde|wurd|tat|tät|ware|war|mocht|mochte) (?:ich|i) (?:\w+ )?(?:gern|gerne|lieber|am liebsten) (?:tot|tod|gestorben|nicht mehr da|nicht mehr am leben) (?:sein|si)|(?:ware|war|wär) (?:\w+ ){0,2}(?:gern|gerne|lieber) (?:\w+ ){0,2}(?:druben|im himmel|im jenseits|da oben) bei (?:mama|papa|mutti|vati|meinem|meiner|ihm|ihr|gott|oma|opa)|(?:hoff\w*|wunsch\w*|bete) (?:\w+ ){0,4}(?:{NOMORE}) erleben (?:muss|musste|werde|zu mussen)|(?:hoffentlich|hoffe) (?:\w+ ){0,3}(?:schluss|aus|vorbei) mit mir|(?:nix|nichts) dagegen (?:\w+ ){0,2}(?:wenn|falls) (?:es|alles|mein leben) (?:\w+ ){0,2}(?:aus|vorbei|zu ende) (?:ware|war|ist|waer)|(?:wenn|falls) (?:{ICH}) (?:\w+ ){0,2}(?:tot umfallen|sterben|einschlafen) (?:wurde|wurd|tat) (?:\w+ ){0,3}(?:am liebsten|recht|egal|lieb)|(?:schon|friedlich) (?:es )?(?:ware|war|wär) (?:\w+ ){0,3}(?:ausgeloscht|tot|nicht mehr da|nicht mehr am leben) zu sein|(?:warte|wart) (?:\w+ )?(?:nur noch|bloss noch|nur mehr) (?:aufs|auf das|auf mein|auf den) (?:ende|sterben|tod)|(?:allah|gott|herrgott|der herr|jesus) (?:soll|moge|mog|mag) (?:{MICH}) (?:\w+ )?(?:nehmen|holen|zu sich nehmen|zu sich holen|erlosen|sterben lassen)|(?:ware|war|wär|bin) (?:{ICH} )?(?:\w+ )?(?:besser|lieber) (?:unter der erde|im grab|begraben)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:hinlegen|hinleg|legen) (?:\w+ )?(?:und |un )?(?:{NOMORE}|nie mehr) (?:aufstehn|aufstehen|aufsteh|aufstehe)|(?:fur immer|endgultig) (?:mein ich|meine ich|mein i)(?= $)|(?:{START})(?:endgultig|fur immer weg)(?= $)|wacht (?:man|ich|i) (?:\w+ ){0,3}(?:wieder|immer noch|immer wieder) auf|warum (?:bin ich|ich bin|bin i) (?:\w+ )?noch (?:hier|da|am leben)|(?:{ICH}) (?:bin|bi) (?:ja |eh |doch )?(?:dann |bald )(?:{NOMORE}) (?:da|hier|do)|(?:werd|werde|wer) (?:\w+ )?(?:{NOMORE}) (?:da|do|hier) (?:sein|si)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # burden: "befreie meine Familie von mir", "mein Tod wäre ein Geschenk", "wozu bin ich noch gut"
    (
        "burden",
        r"(?:befreie|befrei|erlose|erlos|befreien|erlosen) (?:\w+ ){0,3}(?:familie|kinder|tochter|sohn|alle|sie|ihn|euch) von mir|(?:mein tod|mein sterben|mein ende) (?:\w+ ){0,4}(?:geschenk|erleichterung|erlosung|befreiung|segen)|(?:das beste|das einzige|das schonste|das letzte) (?:\w+ ){0,6}(?:{NOMORE}) (?:am leben|da|hier) zu sein|(?:gerecht|konsequent|fair|richtig) (?:\w+ ){0,2}(?:wenn|falls) (?:{ICH}) (?:\w+ )?(?:verschwinde|gehe|sterbe|weg bin)(?= $| (?:und|endgultig|fur immer) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:wozu|wofur) (?:bin|bi) (?:ich|i) (?:\w+ )?(?:noch|uberhaupt) (?:gut|da|nutze|hier)|(?:zu nix|zu nichts) (?:mehr )?(?:nutze|gut|zu gebrauchen)|(?:koste|kost) (?:meine|meinen|die|allen|sie|ihn) (?:\w+ )?(?:nur )?(?:nerven|geld|zeit|kraft)|(?:{START})(?:nur kosten|nur arger)(?= $)|(?:{START})(?:last|belastung|eine last) fur (?:alle|jeden|euch|die familie)(?= $)|(?:{MICH}) (?:braucht|will|vermisst) (?:doch |eh |ja )?(?:keiner|niemand|koaner|neamd)(?: mehr)?(?= $)|(?:ich|i) (?:belaste|belast) (?:doch |eh |halt )*(?:nur|alle|allen|bloss)(?= $)|(?:dann|da) (?:kann|konnt|konnte) (?:ich|i) (?:auch |ja |doch )?(?:gleich |ganz )?gehen(?= $)|(?:musst|muss|musste|mussen|brauchst|braucht) (?:dich|sich|euch) (?:\w+ ){0,3}(?:{NOMORE}|nie mehr|nie wieder) (?:\w+ ){0,3}(?:mit mir|fur mich|um mich|wegen mir) (?:qualen|schamen|kummern|sorgen|argern|plagen|rumschlagen|herumschlagen|rumargern|abgeben)|(?:auffallen|merken) (?:wurde|wurd) (?:\w+ ){0,2}wenn (?:ich|i) (?:\w+ ){0,3}(?:weg|fort|nicht mehr da|tot)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # method: where it is kept ready, how much, whether it holds
    (
        "at_hand",
        r"(?:{STRONG_MEANS}) (?:liegt|liegen|steht|stehen|hangt|ist|sind) (?:\w+ ){0,3}(?:bereit|parat|griffbereit)|(?:messer|klinge|klingen|rasierklinge|tabletten|strick|seil|pistole|waffe) (?:\w+ ){0,4}(?:ins schlafzimmer|ans bett|neben das bett|neben dem bett|unters kopfkissen|unter das kissen|in den nachttisch|in die nachttischschublade)|(?:weiss|weis|glaub|denke) (?:\w+ )?(?:dass|das) (?:das|des|es|die|sie) (?:reicht|reichen|genug ist|genug sind)(?= $)|(?:{START})(?:der |den )?(?:gasherd|gashahn)(?= $)|(?:ich |i )?(?:weiss|weis|woass) (?:jetzt |genau |schon )?wie (?:es|das|des|man es) (?:geht|funktioniert|gemacht wird)(?= $)|(?:nur )?fur den fall(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:{STRONG_MEANS}) (?:liegt|liegen|steht|stehen|hangt|ist|sind) (?:\w+ ){0,3}(?:bereit|parat|griffbereit) fur mich|(?:nachgelesen|gelesen|gegoogelt|recherchiert|nachgeschaut|nachgeschlagen) (?:\w+ ){0,3}wie (?:viel|viele) (?:\w+ ){0,2}(?:{PILL}|{POISON}) (?:\w+ ){0,2}(?:es )?(?:braucht|brauchte|reicht|reichen|todlich)|(?:baum|ast|haken|balken|dachbalken|turrahmen) (?:\w+ ){0,3}(?:halt|tragt) (?:{MICH}) (?:aus|noch)?|(?:baum|ast|haken|balken|dachbalken|turrahmen) (?:\w+ ){0,2}(?:{MICH}) (?:\w+ )?(?:aushalt|aushalten wurde|aushalten wurd|halt|tragt|tragen wurde)(?= $)|(?:ob|welcher) (?:\w+ ){0,3}(?:haken|ast|balken|dachbalken) (?:\w+ )?(?:halt|tragt)(?= $)|(?:denk|denke|dachte) (?:\w+ ){0,2}ans (?:springen|runterspringen|springn|hupfen|fallen lassen)|(?:steig|steige) (?:ich |i )?(?:nicht|nich|ned) (?:mehr |wieder )+runter|(?:hoch|tief) (?:genug|gnue|gnug|gnua) fur (?:mich|mi)",
        {"owner": "self", "negatable": False},
    ),
    # thoughts: "wie ich aus dem Leben gehe", "mich für immer aus dem Staub mache"
    (
        "thoughts",
        r"(?:wie|dass|ob) (?:{ICH}) (?:\w+ )?(?:selbst |selber )?aus dem leben (?:gehe|geh|scheide|trete)|(?:{MICH}) (?:fur immer|endgultig) aus dem staub (?:mache|mach|machen|zu machen)",
        {"owner": "self", "negatable": False},
    ),
    # preparatory: "Bereit.", "Für danach.", appointments cancelled, the undertaker paid
    (
        "preparatory",
        r"(?:{START})(?:bin )?(?:bereit|alles bereit|alles vorbereitet|alles ist vorbereitet|alles ist bereit)(?= $)|(?:{START})fur (?:danach|nachher|hinterher|spater)(?= $)|(?:brief|briefe|umschlag|umschlage|zettel) (?:liegt|liegen) (?:\w+ ){0,3}(?:auf dem|im|unter dem|in der|auf der)|(?:bald|demnachst) (?:brauch|brauche) (?:ich|i) (?:sie|ihn|es|das)|(?:termin|termine|friseur|zahnarzt\w*|physio|arzttermin\w*|reise|urlaub) (?:\w+ )?(?:abgesagt|storniert|gecancelt)|(?:abo|abos|vertrag|vertrage|mitgliedschaft) (?:\w+ ){0,3}(?:kundigt|gekundigt)(?= $| (?:und) )|(?:kummert|kummere|kummer|schaut) (?:euch|dich) (?:bitte )?um (?:meinen|meine|mein) (?:kater|katze|hund|vogel|tiere|pflanzen|blumen)|(?:bestatter|bestattungsinstitut|bestattung) (?:\w+ ){0,5}(?:vorbestellt|bezahlt|vorbezahlt|geregelt|ausgesucht)|(?:fehlt|fehlen) (?:\w+ )?(?:nur noch|nur mehr) (?:ich|mich|mein mut)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # --- a fourth pass ------------------------------------------------------------------------
    (
        "plan",
        r"(?:ist|is|wird) (?:mein|meine) (?:letzter tag|letzte nacht|letztes wochenende|letzter abend)(?= $| (?:und|dann) )|(?:bin|bi) (?:ich|i) raus aus (?:dem ganzen|allem|dem leben)|(?:geh|gehe) (?:ich|i) (?:lieber )?vorher(?= $| (?:im|am|an) )|(?:danach|dann) (?:ist|is) schluss(?= $)|(?:weiss|weis) (?:\w+ )?(?:schon |auch schon |genau )+(?:welcher baum|welchen baum|welche brucke|welcher ast|welchen ast)(?= $)|bevor (?:ich|i) es (?:tue|tu|mache|mach)(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:nachstes mal|beim nachsten mal|nachstesmal) (?:nehm|nehme) (?:ich|i) (?:mehr|alle|die ganze packung|genug|doppelt so viele)(?= $| (?:{PILL}|davon) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:hor|hore) (?:{ICH} )?(?:dann |einfach |halt )?auf zu (?:leben|atmen|existieren)|(?:wozu|wofur|warum) (?:ich|i) (?:\w+ )?noch (?:atme|lebe)|(?:hoff|hoffe|hoffentlich) (?:\w+ ){0,3}(?:schluss|aus|vorbei) mit mir|(?:tod|sterben) (?:\w+ ){0,2}(?:ware|war|waer|ist|is) (?:\w+ ){0,3}(?:erholung|willkommen\w*)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:werd|werde|wer) (?:ich|i) (?:{NOMORE}) (?:sehen|erleben)|(?:bin|bi) (?:ich|i) (?:eh |ja |doch |dann |danach )+(?:{NOMORE}) (?:da|hier|am leben)|(?:werde|werd) (?:es |das )?(?:{NOMORE}) (?:konnen|machen konnen)(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:adieu|ade|tschuss|lebwohl|lebe wohl|servus|pfiat di) (?:du )?(?:welt|grausame welt|leben)(?= $| (?:es|danke|ich) )|(?:wenn|sobald) (?:du|sie|ihr) (?:das|des|dies) (?:liest|lest|lesen) (?:\w+ ){0,2}(?:ist es|bin ich) (?:schon |bereits )?(?:vorbei|zu spat|tot|weg|nicht mehr da)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:tschuss|adieu|ade|servus) an alle|letzter gruss|letzte grusse|(?:brauch|brauche|werde) (?:ich |i )?(?:\w+ )?(?:keine antwort|niemanden|keine hilfe|keinen rat) mehr|(?:werde|werd) (?:\w+ )?(?:{NOMORE}) (?:\w+ ){0,3}(?:antworten|schreiben|zuruckschreiben)|(?:grusst|gruss|grusse) (?:\w+ ){0,2}von mir(?= $| (?:ich|und) )|von dem man nicht (?:zuruckkommt|zuruck kommt|wiederkommt)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "attempt",
        r"(?:{START})(?:der |mein )?(?:versuch|suizidversuch) (?:\w+ ){0,2}(?:ist |war )(?:gescheitert|misslungen|schiefgegangen|fehlgeschlagen)(?= $| (?:leider|schon wieder|wieder) )|(?:badewanne|wanne) (?:\w+ ){0,5}(?:{MICH}) (?:\w+ )?(?:geschnitten|aufgeschnitten|gschnitten)|(?:alle|alli|die ganzen) (?:{PILL}) (?:gno|gnoh|gnuu|gnoo)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "self_harm",
        r"(?:ruckfallig|ruckfall) (?:\w+ ){0,3}(?:ritzen|schneiden|ritzn|svv|selbstverletzung|klinge)|(?:mit dem|mit der|mit einem|mit ner) (?:gurtel|stock|kochloffel|haarburste|faust|flachen hand) (?:\w+ ){0,2}(?:auf|gegen) (?:meine|meinen|mein|die|den) (?:{BODY}|kopf|schienbeine) (?:\w+ )?(?:geschlagen|gehauen|gehaun|eingeschlagen|gedroschen)|(?:geschlagen|gehauen|gehaun) bis (?:die |meine )?(?:knochel|haut|finger|hande) (?:\w+ )?(?:offen|blutig|aufgeplatzt|aufgerissen)|(?:{MICH}) (?:\w+ ){0,2}(?:gschnitte|gschnittä)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{MICH}) (?:\w+ )?(?:gebrannt|verbrannt)(?= $)",
        {"weak": True, "owner": "self"},
    ),
    (
        "method",
        r"(?:wie viel|wie viele|wieviel|wieviele) (?:\w+ ){0,3}(?:dass|damit) man (?:{NOMORE}|nie mehr) (?:wach wird|aufwacht)|(?:wie hoch|wie tief) (?:muss|musste|sollte) (?:\w+ ){0,2}(?:{HIGH}) (?:\w+ )?sein (?:damit|dass|das) (?:es |man )?(?:sicher|todlich|reicht|stirbt)|(?:tut es weh|tut das weh|schmerzhaft|spurt man) (?:\w+ ){0,2}(?:wenn|falls) man (?:sich )?(?:\w+ ){0,3}(?:vor den zug|vor einen zug|vor die bahn|von der brucke|vom dach|springt|erhangt|aufhangt|ertrinkt)|(?:hahn|gashahn) (?:\w+ )?(?:aufdreht|aufdrehe)|(?:lass|lasse) (?:{ICH} )?(?:den |das )?(?:motor|auto|wagen) (?:\w+ ){0,3}(?:in der garage|in die garage) (?:\w+ )?laufen|(?:{ROPE}|{PILL}|{GUN}|klinge|rasierklinge) (?:\w+ ){0,4}(?:schau|guck|seh|starr) (?:ich|i) (?:\w+ ){0,2}(?:jeden tag|jeden abend|taglich|standig|immer wieder|stundenlang) an",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"hand an (?:mich|mi) (?:zu )?(?:legen|lege|gelegt)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:kopf|stimme|stimmen) (?:sagt|sagen|flustert|flustern) (?:\w+ )?(?:mach schluss|spring|tu es|machs)|ans (?:lebenbeenden|leben beenden|beenden) (?:denke|denk|gedacht|dachte)",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:frag|frage) (?:\w+ )?fur mich(?: selbst| selber)?(?= $| (?:nicht|und) )|(?:wenn|falls) man es (?:richtig|ernsthaft) (?:machen|tun) will|(?:nehm|nehme) (?:{ICH} )?(?:ihn|sie|es|die|den) (?:\w+ ){0,2}in die hand (?:\w+ ){0,3}(?:uberleg\w*|denk\w*|stell mir vor)|(?:schauen|gucken|nachsehen) wie hoch(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:werde|werd|will) (?:sie|ihn|euch|alle|die familie|meine familie) (?:\w+ )?(?:davon|von mir) befreien|(?:raume|raum) (?:{ICH} )?(?:\w+ )?das feld (?:\w+ ){0,3}(?:fur immer|endgultig)|(?:verschwinde|verschwind|geh|gehe) (?:\w+ )?(?:besser|lieber) (?:ganz|fur immer|endgultig)|(?:{NOMORE}|nicht mehr) (?:lang|lange) (?:zur last|im weg|eine last)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:ballast|last|belastung|klotz am bein|zumutung) bin (?:ich|i)|(?:{START})(?:nur noch |nur )?(?:ballast|eine last|eine belastung) fur (?:alle|jeden)(?= $)",
        {"weak": True, "owner": "self", "negatable": False},
    ),
    # --- a fifth pass: rounds 13 and 14 (passive wishes, conditionals, fragments, learners) ----
    # "wär gern einfach nicht mehr da", "wäre am liebsten nicht mehr auf der Welt"
    (
        "wish_dead",
        r"(?:ware|war|waer|wer|wa) (?:{ICH} )?(?:(?:doch|so|echt|einfach|gern|gerne|lieber|am liebsten|bloss|blo|nur|halt) )+(?:{NOMORE}) (?:da|hier|am leben|auf der welt|auf dieser welt|auf erden)(?= $| (?:und|dann|das|des|ehrlich|wirklich|fur immer) )",
        {"owner": "self", "negatable": False},
    ),
    # "wach morgen früh einfach nicht mehr auf"
    (
        "wish_dead",
        r"(?:wach|wache|wachte) (?:{ICH} )?(?:(?:einfach|dann|morgen|morgens|fruh|mal|halt|bitte|bloss|endlich|einmal) ){2,4}(?:{NOMORE}|nie) auf(?= $| (?:und|dann|wars|ware|war|das|des|fur|wurde) )",
        {"negatable": False, "owner": "self"},
    ),
    # "einschlafen und nicht mehr zurückkommen", "einschlafe und es ist vorbei"
    (
        "wish_dead",
        r"(?:einschlafen|einschlafe|einschlaf|einschlafn|einzuschlafen|eischlafe|schlafe ein|schlaf ein) (?:und|un|n) (?:(?:dann|einfach|es|das|des|alles|ist|is|war) ){0,4}(?:vorbei|aus|fertig|wars|(?:{NOMORE}|nie|nie mehr) (?:zuruckkommen|zuruckzukommen|zuruckkomme|zuruck kommen|zuruck))(?= $| (?:das|des|schluss|ruhe|fur|und|ist|is|ware|war) )",
        {"negatable": False},
    ),
    # "ich warte nur noch drauf, dass es vorbei ist"
    (
        "wish_dead",
        r"(?:wart|warte|warten|wartet) (?:\w+ ){0,4}(?:drauf|darauf) (?:dass|das) (?:es|alles|das alles|mein leben|das leben|des) (?:\w+ )?(?:vorbei|zu ende|aus|endlich vorbei) (?:ist|is|geht)(?! (?:mit (?!mir)\w+) )|(?:wart|warte) (?:\w+ ){0,3}(?:auf den tod|auf mein ende|aufs sterben|auf das sterben|dass ich sterbe|das ich sterbe)",
        {"owner": "self", "negatable": False},
    ),
    # "wenn das Herz nicht mehr will, dann soll es so sein", "soll der Körper halt aufgeben"
    (
        "wish_dead",
        r"(?:herz|korper) (?:\w+ ){0,3}(?:aufgeben|aufhoren|aufhort|aufgibt|stehen bleiben|stehen bleibt|stehenbleibt|(?:{NOMORE}) (?:will|mag|kann|schlagt|mitmacht)) (?:\w+ ){0,2}(?:soll es|soll er|solls|soll das|ist es halt so|ist das halt so|ist es so|ist das so|dann halt)|(?:soll|solls) (?:der|mein|das|dieser) (?:korper|herz) (?:\w+ )?(?:halt |doch |eben |ruhig )?(?:aufgeben|aufhoren|stehen bleiben|stehenbleiben)",
        {"owner": "self", "negatable": False},
    ),
    # "wenn mich der Schlag trifft, wär ich nicht traurig drum", "wen ich nich aufwach wers mir recht"
    (
        "wish_dead",
        r"(?:wenn|wen|falls) (?:\w+ ){0,6}(?:uberfahrt|uberfahren|erwischt|schlag trifft|herzinfarkt|unfall|tot umfall\w*|(?:{NOMORE}|nie mehr|nicht|nich|ned) aufwach\w*|sterbe|sterben wurde|einschlafen wurde|einschlafe und|(?:{NOMORE}|nicht|nich) (?:mehr )?(?:da )?(?:bin|ware|war)) (?:\w+ ){0,6}(?:ware|war|waer|wer|wers|wars|ist|is) (?:(?:mir|mia|ich|i|es|das|des|ne|eine|ganz|nur|doch|echt) ){0,3}(?:recht|egal|ok|okay|erlosung|erleichterung|aufatmen|segen|gnade|nicht traurig|nich traurig|nicht bose|gut so|wurscht|erleichtert)(?! (?:was|wer|wie|ob|welche|wo|fur die|fur den|fur das) )",
        {"owner": "self", "negatable": False},
    ),
    # "wozu das alles noch in die Länge ziehen"
    (
        "wish_dead",
        r"(?:wozu|warum|wofur|weshalb|wieso) (?:das alles|das ganze|des ganze|des alles|es|mein leben|das leben|mich) (?:noch )?(?:langer )?(?:hinziehen|hinauszogern|in die lange ziehen|verlangern|weiterqualen|qualen)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # "ob ich's einfach beende", "bevor man's selbst beendet", "es einfach selbst beenden"
    (
        "thoughts",
        r"(?:ichs|mans|es|s|alles) (?:nicht )?(?:einfach|selbst|selber|endgultig)(?: selbst| selber| einfach)? (?:beenden|beende|beend|beendet|beendn|zu beenden)(?! (?:mit (?!mir|allem)\w+|die|das|den|meine|mein|unsere|diese|dieses|\w+ (?:vertrag|studium|projekt|kurs|beziehung|ehe|freundschaft)) )",
        {"owner": "self", "negatable": False},
    ),
    # "wenn ich selbst ein Ende mache", "ans Ende machen", "mitm Ende machen", "ans Schlussmachen"
    (
        "thoughts",
        r"(?:selbst|selber) (?:\w+ )?ein ende (?:mache|mach|machen|zu machen|setze|setz|setzen|zu setzen)|(?:ans|mitm|mit dem|vom) (?:ende machen|endemachen|schlussmachen|schluss machen)(?! mit (?!mir|allem)\w+)",
        {"owner": "self"},
    ),
    # "Kopf sagt die ganze Zeit: mach Schluss", "die Stimme sagt bring dich um"
    (
        "thoughts",
        r"(?:kopf|stimme|stimmen|innere stimme) (?:\w+ ){0,2}(?:sagt|sagen|flustert|flustern|schreit|schreien|ruft) (?:\w+ ){0,4}(?:mach schluss|machs endlich|bring dich um|bring di um|bring dich endlich um|nimm sie alle|spring endlich)|mach (?:endlich )?schluss mit dir(?: selbst| selber)?(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # "Gedanken, mein eigenes Leben zu nehmen"
    (
        "thoughts",
        r"(?:mein|mei) (?:eigenes |eigens )?leben (?:zu )?(?:nehmen|nehme|zu beenden)(?= $| (?:und|oder|weil|aber|sie|die|das) )",
        {"owner": "self"},
    ),
    # "mit dem Gedanken, nicht mehr weiterzuleben"
    (
        "thoughts",
        r"(?:gedanke|gedanken|denk|denke|denken|dachte|gedacht|uberleg\w*|grubel\w*) {GAPNFOUR}(?:nicht mehr|nich mehr|nimmer) (?:weiterzuleben|weiter zu leben|zu existieren|da zu sein)",
        {"owner": "self"},
    ),
    # --- method: asking what is enough, a means on her mind, one step
    (
        "method",
        r"(?:wie viele|wieviele|wie viel|wieviel) (?:\w+ ){0,4}(?:{PILL}|{POISON}) (?:\w+ ){0,2}(?:waren|ware|war) (?:\w+ )?(?:zu viel|zuviel|todlich|genug|sicher todlich)(?! (?:am|pro|fur|bei) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:{STRONG_MEANS}|seil|strick|brucke|gleise|schienen|messer) (?:\w+ ){0,5}(?:geht|gehn|gehen) (?:mir |mia )?(?:\w+ )?(?:nicht|nich|ned|nimmer|nimma) (?:mehr )?aus dem (?:kopf|sinn)(?!(?: \w+){0,5} (?:schon|wunderschon|urlaub|reise|herrlich|toll|beeindruckend) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:ware|war|waer|wars) (?:\w+ )?(?:so|ganz|doch|eigentlich) (?:einfach|leicht) (?:nur )?(?:ein schritt|ein sprung|ein schnitt|lenkrad rum|einmal lenkrad|loslassen|runterspringen)(?= $| (?:und|nach|vorbei|weg|fertig|zu weit) )|lenkrad (?:rum|herum|rumreissen|rumreisen|verreissen) (?:\w+ )?(?:und )?(?:fertig|aus|vorbei|schluss|wars|ende)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # "ich könnte einfach weitergehen" at the water or an edge; "ins Meer gehen und nicht mehr umkehren"
    (
        "method",
        r"(?:{WATER}|steg|ufer|bruckengelander|gelander|dachkante|kante|gleis|gleisen|klippe) (?:\w+ ){0,10}(?:konnte|konnt|kannt|kunnt|konnte ja) (?:\w+ )?einfach (?:weitergehen|weiterlaufen|reingehen|reinlaufen|springen|loslassen|runterspringen|fallen lassen|fallenlassen)(?= $| (?:und|dann|bis ins|ins) )|(?:ins|in den|in die) (?:wasser|meer|see|fluss) (?:\w+ ){0,2}(?:gehen|geh|gehe|laufen|lauf|zu gehen|zu laufen|hineingehen|hineinzugehen|reingehen|reinzugehen|hinein) (?:\w+ ){0,2}(?:(?:{NOMORE}|nicht|nie) (?:mehr )?(?:umkehren|umzukehren|zuruckkommen|zuruckzukommen|zuruck|rauskommen|rauszukommen|auftauchen|aufzutauchen)|dann ist es (?:\w+ )?(?:still|vorbei|ruhig))",
        {"owner": "self", "negatable": False},
    ),
    # --- burden
    (
        "burden",
        r"(?:steh|stehe|bin|bi) (?:{ICH} )?(?:allen|jedem|euch allen|den kindern|meiner familie|meinen kindern|meinem sohn|meiner tochter|ihnen|ihr|ihm) (?:(?:doch|eh|nur|bloss|immer|sowieso|ja) )+(?:noch )?im weg|(?:{START})(?:allen|jedem) (?:nur |eh |bloss )+(?:noch )?im weg",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:ware|war|waer|wer) (?:{ICH}) (?:(?:erst|endlich|einfach) )?(?:tot|tod|weg|gestorben|fort|(?:{NOMORE}) da) (?:\w+ )?(?:hatte|hatt|hatten|hat|ware|wars|wurde|ginge|gings|hattens) (?:\w+ ){0,3}(?:frieden|ruhe|es leichter|es besser|besser dran|frei|leichter|ein besseres leben|ein leichteres leben)|(?:hatte|hatten|hat|hats|ware|waren|wars) (?:\w+ ){0,3}(?:ein besseres leben|ein leichteres leben|es besser|es leichter|ruhe|frieden|besser dran) (?:\w+ ){0,2}(?:wenn|wen|falls|sobald) (?:{ICH}) (?:\w+ )?(?:tot|weg|(?:{NOMORE}) da|gestorben) (?:ware|war|bin|wer)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:fur alle|fur jeden|fur sie|fur ihn|fur die kinder|fur meine \w+|fur meinen \w+) (?:\w+ ){0,3}(?:leichter|einfacher|besser) (?:\w+ ){0,2}(?:wenn|sobald|falls) (?:{ICH}) (?:\w+ ){0,2}(?:(?:{NOMORE}|nicht mehr) (?:aufstehe|aufwache|da bin|lebe)|tot bin|weg bin)|(?:haben|hatten|hat|hatte|hats|hattens|habens) (?:es |s )?(?:\w+ )?(?:besser|leichter) (?:\w+ )?ohne mich(?= $| (?:und|das|des|dran) )|(?:besser|lieber|am besten) (?:{ICH}) (?:ware|war|waer|wer) (?:\w+ )?(?:{NOMORE}|tot|fur immer weg)(?= $| (?:da|hier|und|auf) )",
        {"owner": "self", "negatable": False},
    ),
    # --- goodbye
    (
        "goodbye",
        r"(?:sagt|sag|sagen sie|richtet|richte) (?:\w+ ){0,3}(?:dass|das) (?:die oma|oma|die mama|mama|ihre mama|ihre mutter|seine mutter|eure mutter|eure mama|ihre oma|seine oma|eure oma) (?:sie|ihn|ihr|euch|dich|ihm|ihnen) (?:\w+ )?(?:lieb hatte|lieb gehabt hat|geliebt hat|geliebt hatte)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:les|lese) (?:{ICH} )?(?:es|das|des|deine antwort|die antwort|eure antworten|eure antwort|ihre antwort) (?:(?:eh|sowieso|dann|ja|eh schon) )+(?:{NOMORE})(?= $| (?:also|und|danke) )|(?:das |des )?letzte mal (?:dass|das) (?:ich|i) (?:\w+ ){0,2}(?:schreibe|schreib|mich melde|melde|hier schreibe)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:schreib|schreibe) (?:ich |i )?(?:dann|ab jetzt|ab morgen|danach|ab heute) (?:{NOMORE})(?= $)|(?:sehn|sehen) uns (?:{NOMORE}|nie wieder|nie mehr)(?= $| (?:ist|is|und) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- attempt
    (
        "attempt",
        r"(?:hab|habe|hob|han) (?:sie|die|se) (?:alle|alli|olle) (?:{SWALLOWED})|(?:{SWALLOWED}) (?:alles|alle|die ganzen|den ganzen rest|alle restlichen) (?:von den|von meinen|meine|von der|von meiner|der) (?:\w+ )?(?:{PILL})",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:absichtlich|bewusst|mit absicht|vorsatzlich|extra) (?:\w+ ){0,2}(?:uberdosiert|uberdosis|zu viel gespritzt|alles gespritzt)|(?:insulin|{PILL}) (?:\w+ ){0,2}(?:absichtlich|bewusst|mit absicht) (?:\w+ )?(?:uberdosiert|zu viel genommen|zu viel gespritzt)",
        {"owner": "self", "tense": "past", "negatable": False},
    ),
    (
        "attempt",
        r"(?:hatte|hab|habe|war) (?:den |die |das |der )?(?:strick|schlinge) (?:schon |bereits )?(?:um den hals|um|dran|fest)(?= $| (?:dann|und|als|gehabt|gelegt) )|(?:strick|schlinge) (?:war|hing|ist|is) (?:schon |bereits )?(?:dran|fest|befestigt|um den hals|oben)(?= $| (?:dann|und|als) )|(?:seil|kabel|gurtel) (?:\w+ )?(?:schon |bereits )?um den hals",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:schreib|schreibe|meld|melde) (?:\w+ ){0,2}(?:vom|von der|vom dach vom|von dem|aus dem|auf dem) (?:dach|brucke|bruckengelander|gleis|klippe|hochhaus|parkhaus|parkdeck|hochhausdach|dachkante)|(?:mich|mi) (?:\w+ ){0,4}(?:auf die gleise|auf das gleis|auf die schienen|aufs gleis|auf den bahnubergang) (?:\w+ )?(?:gestellt|gelegt|gesetzt)",
        {"owner": "self"},
    ),
    # --- self-harm: hurting to calm down
    (
        "self_harm",
        r"(?:kratz|kratze|kratzen|gekratzt|druck|drucke|gedruckt|beiss|beisse|gebissen|schlag|schlage|geschlagen|kneif|kneife|gekniffen|ritz|ritze|geritzt|schneid|schneide|geschnitten|brenn|verbrenn|verbrannt) (?:\w+ ){0,6}bis (?:es|ich|der druck|s) (?:\w+ )?(?:ruhig|ruhiger|still|stiller|wieder atmen|nachlasst|weg ist)|(?:nagel|fingernagel|fingernagl) (?:\w+ ){0,2}in (?:die|meine) (?:handflachen|handflache|haut|arme|unterarme|oberschenkel)",
        {"owner": "self", "negatable": False},
    ),
    # --- plan: a date chosen
    (
        "plan",
        r"(?:hab|habe) (?:{ICH} )?(?:mir )?(?:den \d+|den tag|das datum|den abend|einen tag|ein datum) (?:\w+ )?(?:ausgesucht|ausgewahlt|festgelegt|gewahlt)(?= $| (?:das|des|dann|und) )|(?:gewahlt|ausgesucht|festgelegt) (?:das|den|ein) (?:datum|tag)(?= $)|(?:der|den|das|die) (?:tag|abend|nacht|datum|wochenende|termin) (?:den|das|die) (?:ich|i) (?:mir )?(?:vorgenommen|ausgesucht|ausgewahlt|festgelegt|gewahlt) (?:hab|habe)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "thoughts",
        r"(?:beerdigung|grab|tod) (?:\w+ ){0,6}(?:folge|folg) (?:{ICH} )?(?:ihm|ihr|ihnen) (?:\w+ )?(?:nach|hinterher)(?= $)|(?:beerdigung|grab|tod) (?:\w+ ){0,6}(?:komm|komme) (?:{ICH}) (?:\w+ )?hinterher(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # --- preparatory: no one has to clear up, a letter to be found
    (
        "preparatory",
        r"(?:keiner|niemand) (?:mehr )?(?:muss|braucht|soll) (?:\w+ ){0,2}(?:hinter mir |nach mir )(?:aufraumen|aufzuraumen|ausraumen|auszuraumen|herraumen)|(?:keiner|niemand) (?:muss|braucht) (?:\w+ )?(?:aufraumen|aufzuraumen)(?= $)|(?:meine )?sachen sind (?:\w+ )?(?:sortiert|geordnet|verteilt|weggegeben|gepackt)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:soll|sollen) (?:ihn|sie|es|den brief|die briefe) (?:\w+ )?finden (?:wenn|sobald|falls) (?:{ICH}) (?:\w+ )?(?:gegangen|weg|tot|(?:{NOMORE}) da|nicht mehr) (?:bin|sei)",
        {"owner": "self", "negatable": False},
    ),
    # --- a fifth pass, continued: round 9 and 10 wordings of the same families -----------------
    (
        "thoughts",
        r"(?:mal|male) (?:{ICH} )?(?:mir )?(?:mein|meinen) (?:eigenes|eigenen) (?:ende|tod) aus|(?:mein|meinen|mei) (?:eigenes|eigenen|eigens) (?:ende|tod|sterben) (?:\w+ )?(?:auszumalen|ausmalen|ausmal|male|mal|vorstellen|vorzustellen|vor|planen|zu planen|durchspielen|durchzuspielen)|(?:ob|dass|das) (?:ich|i) (?:nicht )?(?:einfach )?(?:selbst |selber )?hand an (?:mich|mi) (?:legen|lege|legen soll|legen sollte)",
        {"owner": "self", "negatable": False},
    ),
    (
        "self_harm",
        r"(?:neue|frische|\d+|zwei|drei|vier|funf|sechs|sieben|acht|zehn|tiefe|viele) (?:neue )?schnitte (?:am|an den|an der|an meinem|an meinen|auf dem|auf den|im) (?:handgelenk|handgelenken|unterarm|unterarmen|arm|armen|oberschenkel|oberschenkeln|bein|beinen|bauch)|(?:{START})schnitte (?:am|an den|auf dem) (?:handgelenk|unterarm|arm|oberschenkel|bein)",
        {"owner": "self", "negatable": False},
    ),
    (
        "self_harm",
        r"(?:{START})(?:ritz|ritze|schneid|schneide) (?:{MICH} )?(?:wieder|schon wieder|erneut|jeden tag|jeden abend|taglich)|(?:{START})(?:ritzen|ritz|ritze) (?:mit (?:\d+|sechzig|siebzig|funfzig)|wieder|schon wieder|seit)|(?:wieder|schon wieder|erneut|heute|gestern) (?:{MICH} )?(?:selbst|selber) (?:verletzt|geschnitten|geritzt|verbrannt|geschlagen|gequalt)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:hau|haue|schlag|schlage) (?:{ICH} )?(?:{ME}) (?:selber|selbst) (?:eine|eins|ins gesicht)|(?:aufgescheuert|wundgeschrubbt|wund geschrubbt|wundgekratzt|wund gekratzt|aufgekratzt|blutig gekratzt|blutig geschrubbt) (?:\w+ ){0,3}bis (?:es|sie|die haut|er) (?:\w+ )?(?:blutet|bluteten|geblutet|brannte|brennt|in fetzen)|(?:{ME}) (?:\w+ ){0,6}mit (?:einer|der|dem|nem|ner|einem) (?:nadel|nahnadel|stecknadel|nagelschere|zirkel|sicherheitsnadel) (?:\w+ ){0,4}(?:haut|arm|arme|bein|beine|oberschenkel|bauch|unterarm) (?:\w+ )?(?:verletzt|gestochen|aufgekratzt|geritzt|zerstochen)|(?:gegeisselt|geisselt|geissele|geissle|kasteit|kasteie)",
        {"owner": "self"},
    ),
    # letters laid where they will be found; where she is going she needs nothing
    (
        "preparatory",
        r"(?:brief|briefe|zettel|umschlag|umschlage|nachricht) (?:\w+ ){0,10}(?:wo man (?:sie|ihn|es) findet|damit man (?:sie|ihn|es) findet|wo (?:sie|er) (?:sie|ihn) (?:finden|findet))|(?:da |dort )?wo (?:ich|i) (?:hingeh|hingehe|hinkomme|hinkomm|hin geh|hin gehe) (?:\w+ ){0,2}(?:brauch|brauche|kann|gibts|gibt es|darf)(?! (?:\w+ ){0,4}(?:es ist|winterjacke|sonnencreme|badesachen|pass|visum|urlaub)\b)",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:das ist|des is|ist|is) mein (?:zeitfenster|zeitpunkt|moment|termin|stichtag)|(?:da|dann) (?:merkt|merkts|bemerkt|sieht|findet) (?:es |das |des |mich )?(?:keiner|niemand|koaner)(?: vor \w+)?(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "plan",
        r"(?:geh|gehe|gehen|antreten|antrete|trete) (?:{ICH} )?(?:jetzt |heute |bald |dann )?(?:meinen|min) letzten weg|(?:meinen|mein|den|min) letzten weg (?:gehen|geh|gehe|antreten|an|auf)|(?:mach|mache) (?:{ICH} )?(?:{MICH}|mich) (?:jetzt |heute |bald )?auf (?:meinen|mein|den) letzten weg",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:danach|dann) (?:ist|is) (?:ende|aus und vorbei|alles aus|endgultig schluss)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "plan",
        r"(?:mach|mache|tu|tue) (?:{ICH} )?(?:es|s|das|des) (?:\w+ )?(?:wenn|sobald|wahrend) (?:er|sie|mein \w+|meine \w+) (?:\w+ ){0,2}(?:auf dienstreise|auf kur|zur kur|in kur|auf reha|in der reha|im krankenhaus|verreist|im urlaub|auf montage|bei \w+ \w+) (?:ist|sind|is)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:gegen|in) (?:die|eine|den|einen|ne|nen) (?:\w+ )?(?:betonwand|mauer|baum|bruckenpfeiler|pfeiler|wand|lkw|laster|leitplanke|felswand) (?:\w+ ){0,3}(?:fahr|fahre|fahren|rase|rasen|zu fahren|zu rasen|steuer|steuern)(?: \w+){0,2} (?:ohne zu bremsen|mit vollgas|ungebremst|ohne bremsen)|(?:ungebremst|mit vollgas|ohne zu bremsen) (?:gegen|in) (?:die|eine|den|einen|ne|nen) (?:\w+ )?(?:betonwand|mauer|baum|bruckenpfeiler|pfeiler|wand|lkw|laster|felswand)|(?:tor|garage|garagentor) (?:\w+ ){0,4}(?:zumacht|zu macht|zumache|schliesst|schliesse|dicht macht) (?:\w+ ){0,4}(?:motor|auto|wagen) (?:\w+ ){0,2}laufen (?:lasst|lassen|lass|lasse)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:es|alles) (?:ware|war|wars) (?:\w+ )?(?:so |ganz |doch )?(?:schnell|einfach|leicht) vorbei(?= $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "attempt",
        r"(?:spring|springe) (?:{ICH} )?(?:jetzt|gleich|sofort)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:betet|bete|betet bitte|bitte betet) (?:\w+ )?fur meine (?:seele|arme seele)|(?:gute nacht|gn8|(?<!heute )(?<!heut )nacht|gn) (?:(?!(?:er|sie|ihr|ihm|ihn) )\w+ ){0,3}(?:diesmal |dieses mal )?fur immer(?: diesmal| dieses mal)?(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # --- a fifth pass, third part ------------------------------------------------------------
    # "wenn der Hund nicht mehr ist, geh ich auch": following the last tie
    (
        "plan",
        r"(?:wenn|wen|sobald|falls) (?:der|die|das|mein|meine|mei) (?:\w+ )?(?:\w+ )(?:(?:{NOMORE}|nicht mehr|nich mehr) (?:ist|is|da ist|lebt)|tot (?:ist|is)|gestorben (?:ist|is)|stirbt) (?:dann )?(?:geh|gehe|gang|gange) (?:ich|i) (?:auch|mit|hinterher)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # stopping what keeps her alive: "Insulin weglassen geht ja auch", "lass die Herztabletten weg"
    (
        "method",
        r"(?:insulin|dialyse|{PILL}) (?:\w+ )?(?:weglassen|weg lassen|absetzen|abzusetzen|nicht mehr spritzen|nicht mehr nehmen) (?:\w+ ){0,2}(?:geht|ginge|gehen|wurde|ware|war|reicht|reichen|funktioniert)(?! (?:mir|es mir) (?:\w+ )?(?:besser|gut) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:lass|lasse) (?:{ICH} )?(?:das |die |mein |meine )?(?:insulin|dialyse|herztabletten|blutdrucktabletten|blutverdunner|tabletten|medikamente) (?:\w+ )?weg|(?:spritz|spritze) (?:{ICH} )?kein insulin (?:mehr)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # means kept "for me"; looking up how high; "reicht das, wenn man alles nimmt"
    (
        "method",
        r"(?:{PILL}|{POISON}|strick|seil|pistole|revolver|gewehr|waffe|rasierklinge) (?:\w+ ){0,6}(?:hab|habe|hob) (?:ich |i )?(?:noch|aufgehoben|behalten|aufbewahrt)(?: noch)? fur mich(?= $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:angeschaut|angeguckt|nachgeschaut|gegoogelt|gegooglet|recherchiert|nachgelesen|gesucht|geschaut) (?:\w+ ){0,2}wie (?:hoch|tief) (?:der|die|das|des) (?:\w+ )?(?:{HIGH}) (?:\w+ )?(?:ist|is|sei|ware)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:reicht|reichen|langt|langen) (?:das |des |die |mein |meine )?(?:{PILL}|{POISON}) (?:\w+ ){0,2}(?:wenn|falls) (?:man|ich|i) (?:\w+ ){0,2}(?:viel|alles|alle|zu viel|zusammen|auf einmal|auf ex)|(?:nimmt|nehme|nehm|schluckt|schlucke|spritzt|spritze) (?:\w+ ){0,3}(?:alle |alles |die )?(?:zusammen|auf einmal) (?:\w+ ){0,4}(?:sicher|todlich|tot|reicht|reichen)|(?:alle|alles) (?:zusammen|auf einmal) (?:nimmt|nehme|nehm|schluckt|schlucke|spritzt|spritze) (?:\w+ ){0,4}(?:sicher|todlich|tot|reicht|reichen)|(?:in grosserer menge|in grossen mengen|in einer grossen menge|eine grosse menge|in grosser menge) (?:\w+ ){0,4}(?:sicher|todlich|reicht|tot)(?= $| (?:oder|genug) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:denk|denke) (?:\w+ )?an (?:die|den|das) (?:brucke|gleise|strick|seil|klippe|klippen|schienen|staumauer|parkhaus|hochhaus)|(?:ist|is|sind|san) (?:\w+ )?(?:hoch|tief) genug(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "jetzt bin ich bereit" after looking at old photos; "machts gut"
    (
        "goodbye",
        r"(?:jetzt|nun|jetz) bin (?:ich|i) (?:bereit|so weit|soweit)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "das beste Geschenk für meine Kinder wär meine Beerdigung"
    (
        "burden",
        r"(?:geschenk|erleichterung|erlosung|befreiung|gefallen|segen) (?:\w+ ){0,4}(?:ware|war|waer|wurde|ist) (?:mein tod|meine beerdigung|mein begrabnis|mein ende|mein sterben)|(?:mein tod|meine beerdigung|mein ende) (?:ware|war|waer) (?:\w+ ){0,3}(?:geschenk|erleichterung|erlosung|befreiung|segen)",
        {"owner": "self", "negatable": False},
    ),
    # cancelling subscriptions and contracts; who gets what; no new appointment
    (
        "preparatory",
        r"(?:abo|zeitungsabo|abonnement|vertrag|handyvertrag|mitgliedschaft|zeitung|fitnessstudio|theaterabo|mietvertrag) (?:\w+ ){0,2}(?:gekundigt|abbestellt|storniert|abgemeldet)|(?:brauch|brauche) (?:{ICH} )?(?:\w+ )?keinen (?:neuen |weiteren |nachsten )?(?:termin|folgetermin|kontrolltermin)(?: mehr)?(?= $)|(?:die|den|das) (?:kette|ring|uhr|schmuck|bucher|nahmaschine|fotoalben|mobel|klavier) (?:kriegt|bekommt|erbt|geht an) (?:die|der|den|meine|mein|meinem|meiner) \w+(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:brauch|brauche) (?:{ICH} )?(?:ihn|sie|es|das|den|die|des) (?:(?:ja|eh|doch|sowieso) )*(?:nicht|nich|ned|net) mehr (?:lang|lange)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:damit|dass|das) (?:meine \w+|mein \w+|die kinder|keiner|niemand) (?:\w+ )?(?:sich )?(?:um )?(?:nicht|nichts|nix|keine|keinen) (?:\w+ ){0,4}(?:an der backe|kummern|kummern mussen|regeln|organisieren|aufraumen)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "self_harm",
        r"(?:rasierklinge|rasierklingen|klinge|klingen|cutter|skalpell) (?:\w+ ){0,2}(?:liegt|liegen) (?:schon )?wieder (?:\w+ ){0,3}(?:bereit|parat)",
        {"owner": "self", "negatable": False},
    ),
    (
        "attempt",
        r"(?:{PILL}) (?:\w+ ){0,6}(?:alle|alles) (?:zusammen|auf einmal|auf ex|gleichzeitig) (?:{SWALLOWED})",
        {"owner": "self", "tense": "past"},
    ),
    (
        "thoughts",
        r"(?:wieso|warum|weshalb) (?:eigentlich )?(?:nicht|nich) (?:einfach )?(?:schluss|schlus) (?:machen|mache)(?= $| (?:frag|denk) )",
        {"owner": "self", "negatable": False},
    ),
    # an ultimatum: "wenn er mir zum 70. nicht schreibt, dann war's das"
    (
        "plan",
        r"(?:wenn|wen|falls) (?:er|sie|mein \w+|meine \w+) (?:\w+ ){0,4}(?:nicht|nich|nie|ned) (?:\w+ )?(?:schreibt|anruft|meldet|kommt|antwortet|zuruckruft) (?:\w+ )?(?:dann )?(?:wars das|ist schluss|is schluss|ist es vorbei|mach ich schluss|bin ich weg|bin ich raus)(?! mit (?!mir)\w+)(?= $| (?:fur|endgultig|ehrlich) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:{ICH}) (?:geh|gehe) (?:dann |bald |jetzt )?fur immer(?= $)|(?:geh|gehe) (?:ich|i) (?:dann |bald |jetzt )?fur immer(?= $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:will|mochte|mocht) (?:\w+ )?(?:nur noch|einfach nur|einfach) weg(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:wunsch\w*|hoff\w*|bete) (?:\w+ ){0,4}(?:dass|das) (?:mein leben|es mit mir|es) (?:\w+ )?(?:zu einem ende|zu ende) (?:kommt|komme|kommen moge|geht|gehe)(?= $| mit mir)|(?:zu ende) (?:geht|gehen) mit mir",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"angst (?:\w+ ){0,3}(?:dass|das) (?:ich|i) (?:noch )?(?:\w+ ){0,3}so (?:weiterleben|weiter leben|leben) (?:muss|musste|soll)|(?:noch|jahre|jahrzehnte) (?:\w+ )?so (?:weiter )?(?:leben|weiterleben) zu mussen (?:\w+ ){0,4}angst",
        {"owner": "self", "negatable": False},
    ),
    # --- round 15 families -------------------------------------------------------------
    # wishing oneself dead in the optative: "wär ich doch nur tot", "war i bloss nie geboren"
    (
        "wish_dead",
        r"(?:ware|war|wars|waer) (?:{ICH}) (?:doch |nur |bloss |blos |doch nur |doch bloss |endlich )+(?:tot|gestorben|nie geboren|unter der erde|im grab)",
        {"owner": "self", "negatable": False},
    ),
    # "ich wollt, ich läg da drin", "wünschte, ich läge im Sarg"
    (
        "wish_dead",
        r"(?:wollt|wollte|wunschte|wunscht|wunsche|wunsch) (?:{ICH} )?(?:\w+ ){0,2}(?:{ICH}) (?:lage|lag|lieg|liege|ware) (?:\w+ ){0,2}(?:da drin|drin|im sarg|im grab|unter der erde|auf dem friedhof|an ihrer stelle|an seiner stelle)",
        {"owner": "self", "negatable": False},
    ),
    # wanting to lie in the grave: "will neben meiner Mama auf dem Friedhof liegen"
    (
        "wish_dead",
        r"(?:{WANT}) (?:(?!(?:spater|irgendwann|einmal|mal|dereinst|eines|wenn|falls) )\w+ ){0,5}(?:auf dem friedhof|am friedhof|aufm friedhof|im grab|im sarg|unter der erde|in der erde) (?:\w+ ){0,3}(?:liegen|liege|lieg|liegn|sein|ruhen)(?! (?:lassen|sehen) )",
        {"owner": "self"},
    ),
    # asking God to take her: "Herrgott, hol mich", "lieber Gott nimm mich jetzt", "hoffentlich holt mich der liebe Gott bald heim"
    (
        "wish_dead",
        r"(?:gott|herrgott|herr|jesus|herrgottle|heiland) (?:\w+ ){0,2}(?:hol|hoi|hole|holt|nimm|nimmt|nehm|ruf|rufe) (?:mich|mi|mi endlich|mich endlich)(?! (?:\w+ ){0,3}(?:raus|heraus|ab|hier raus|in den arm|in deine arme|an der hand|bei der hand) )|(?:hol|hoi|holt|hole|nimm|nimmt) (?:mich|mi) (?:\w+ )?(?:der (?:liebe )?gott|der herrgott|der herr|gott|jesus) (?:\w+ ){0,2}(?:bald|endlich|heim|zu sich|jetzt|zu \w+)(?! (?:\w+ ){0,2}(?:raus|heraus|ab) )",
        {"owner": "self", "negatable": False},
    ),
    # praying for a last night: "bitte lass es die letzte Nacht sein", "lass mich nicht mehr aufwachen" is elsewhere
    (
        "wish_dead",
        r"(?:lass|lasst|las|mog|moge|soll) (?:es|das|des|heute|dies) (?:\w+ )?(?:die|meine|mei|der|mein) letzter? (?:nacht|tag|morgen|winter|weihnachten) (?:sein|si|werden)",
        {"owner": "self", "negatable": False},
    ),
    # waiting for her time: "ich wart nur noch drauf, dass meine Zeit kommt"
    (
        "wish_dead",
        r"(?:wart|warte|warten|wartet) (?:{ICH} )?(?:\w+ )?(?:nur noch|bloss noch|blos noch|nur|einfach) (?:\w+ )?(?:drauf|darauf|druf|auf) (?:(?:dass|das) )?(?:meine zeit|mei zeit|mein ende|mein tod|der tod|den tod|mein letzter tag|meinen letzten tag|es vorbei (?:ist|is) mit mir)",
        {"owner": "self", "negatable": False},
    ),
    # not waking up would be fine: "wenn ich morgen früh nicht aufwach, wärs auch gut"
    (
        "wish_dead",
        r"(?:wenn|falls) (?:{ICH}) (?:\w+ ){0,3}(?:nicht|nich|ned|net|nimmer|nimma|nie) (?:mehr )?(?:{WAKE}) (?:\w+ ){0,2}(?:wars|ware|war|ist es|is es|wär) (?:\w+ ){0,2}(?:gut|ok|okay|besser|recht|schon recht|nicht schlimm|egal|auch gut|mir recht)",
        {"owner": "self", "negatable": False},
    ),
    # the heart may stop: "mein Herz ..., ich wünsche mir, dass es einfach stehen bleibt"
    (
        "wish_dead",
        r"herz (?:\w+ ){0,12}(?:wunsch\w*|hoff\w*|bete) (?:\w+ ){0,3}(?:dass|das) (?:es|er) (?:\w+ ){0,2}(?:stehen bleibt|stehenbleibt|stehn bleibt|aufhort zu schlagen|aufhort|aussetzt)",
        {"owner": "self", "negatable": False},
    ),
    # picturing it: "wie einfach es wäre, einfach mehr zu nehmen", "vorgestellt wie es wäre, einfach rüberzuziehen"
    (
        "thoughts",
        r"(?:wie einfach|wie leicht|wie schnell|wie es|wies) (?:es )?(?:ware|war|wars|waer) (?:\w+ ){0,4}(?:mehr zu nehmen|alle zu nehmen|alles zu nehmen|alle zu schlucken|alles zu schlucken|alle auf einmal|ruberzuziehen|ruber zu ziehen|ruberziehen|ruberzulenken|gegenzulenken|reinzufahren|in den gegenverkehr|gegen (?:den|einen|nen|an) baum|runterzuspringen|runter zu springen|vor den zug|vor einen zug|vor den lkw|ins wasser zu gehen|nicht mehr aufzuwachen)",
        {"owner": "self"},
    ),
    # going of her own accord before the illness decides: "selber gehen, bevor der Krebs entscheidet"
    (
        "thoughts",
        r"(?:selber|selbst|freiwillig|vorher) (?:gehen|gehn|geh|gehe|abtreten|sterben|schluss machen|ein ende machen) (?:bevor|ehe) (?:\w+ ){0,2}(?:krebs|krankheit|tumor|demenz|alzheimer|parkinson|metastasen|pflegeheim|chemo)",
        {"owner": "self"},
    ),
    # the place or time she will do it: "ich weiß, dass ich es da machen werde", "überlegt, wann ich es mache"
    (
        "plan",
        r"(?:weiss|weis|glaub|glaube|uberlegt|uberleg|uberlege|entschieden|geplant) (?:\w+ ){0,2}(?:(?:dass|das|wann|wo|wie) )?(?:{ICH}) (?:es|das|des|s) (?:da |dort |hier |dann |bald |wirklich |doch |jetzt )*(?:machen werde|machen werd|mache|mach|tun werde|tue|tu)(?= $| (?:wenn|sobald|und|dann) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # driving into water or a tree: "mit'm Auto in die Donau", "mit dem Auto gegen an Baum fahrn"
    (
        "method",
        r"(?:mit dem|mitm|mim|mit m|mit meinem|mit meim|mitn) (?:auto|wagen|karre) (?:\w+ ){0,2}(?:in die|in den|ins|in n) (?:{WATER})",
        {},
    ),
    (
        "method",
        r"(?:mit dem|mitm|mim|mit m|mit meinem|mit meim|mitn) (?:auto|wagen|karre) (?:\w+ ){0,2}gegen (?:den|einen|nen|an|a|die|eine|ne) (?:baum|brückenpfeiler|bruckenpfeiler|pfeiler|mauer|wand|betonwand|lkw|laster) (?:\w+ ){0,2}(?:fahren|fahrn|fahre|fahr|zu fahren|rasen|lenken|woin|wollen|wollte|will)",
        {"owner": "self", "weak": True},
    ),
    # on the railing: "sitz schon aufm Geländer", "ein Bein war schon drüber"
    (
        "attempt",
        r"(?:sitz|sitze|steh|stehe|sass|stand|bin) (?:\w+ ){0,2}(?:schon |grad |gerade |jetzt |bereits )?(?:auf dem|aufm|auf der|auf die|am|uberm|uber dem|auf das) (?:gelander|bruckengelander|brustung|dachkante|dachrand|fenstersims|sims)",
        {"owner": "self", "negatable": False},
    ),
    (
        "attempt",
        r"(?:bein|beine|fuss|fusse) (?:\w+ ){0,2}(?:schon |grad |gerade |bereits )(?:druber|uber dem gelander|uber das gelander|uberm gelander|uber der brustung|uber die brustung|draussen)",
        {"owner": "self", "negatable": False},
    ),
    # a height that is sure to kill: "vom Kirchturm würde man es nicht überleben", "hoch genug, dass man nicht überlebt"
    (
        "method",
        r"(?:{HIGH}|hoch genug|tief genug) (?:\w+ ){0,6}(?:wurde|wurd|tat|ware|wars|dass|das|damit) (?:\w+ ){0,3}(?:nicht|nich|sicher nicht|bestimmt nicht|ned|nimmer|kaum) (?:mehr )?(?:uberleben|uberlebt|uberlebe|uberlebn)",
        {"owner": "self", "negatable": False},
    ),
    # gas: "den Gashahn aufdrehen", "die Fenster zumachen und ihn aufdrehen"
    (
        "method",
        r"(?:gas|gashahn|gasherd|gasofen|gashahne|gasleitung|gasflasche) (?:\w+ ){0,4}(?:aufdrehen|aufzudrehen|aufdrehe|aufdreh|aufgedreht|aufmachen|aufzumachen|ausstromen lassen|offen lassen)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:fenster|turen) (?:\w+ ){0,3}(?:zuzumachen|zumachen|zu machen|abzudichten|abdichten|zu schliessen|schliessen) (?:\w+ ){0,3}(?:aufzudrehen|aufdrehen|aufdrehe|anzumachen|aufzumachen) (?:\w+ ){0,6}(?:setzen|legen|hinsetzen|hinlegen|einschlafen|zu setzen|zu legen)",
        {"owner": "self", "weak": True},
    ),
    # which and how much, in the conditional: "ich weiß genau, welches ich nehmen würde und wie viel"
    (
        "method",
        r"(?:weiss|weis|wess) (?:\w+ ){0,2}(?:welche|welches|welchen|wie viel|wieviel|wie viele|wieviele) (?:\w+ ){0,3}(?:{ICH}) (?:nehmen|schlucken|trinken|spritzen|brauchen) (?:wurde|wurd|tat|musste|brauchte|brauchat)",
        {"owner": "self", "negatable": False},
    ),
    # kept back for the day she can't go on: "in den Nachttisch gelegt, für wenn ich es nicht mehr aushalte"
    (
        "method",
        r"(?:gelegt|versteckt|aufgehoben|aufbewahrt|behalten|gesammelt|gebunkert|weggelegt|zuruckgelegt|gehortet|liegt|liegen|steht|unterm kopfkissen) (?:\w+ ){0,4}(?:fur wenn|fur den fall dass|fur den tag wenn|falls) (?:{ICH}) (?:es |mich )?(?:\w+ )?(?:{NOMORE} (?:aushalte|aushalt|aushalten|kann|konnen)|so weit bin|soweit bin|bereit bin|trau|traue|getrau)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"fur wenn (?:{ICH}) (?:mich|mi) (?:endlich |doch |mal |dann )?(?:trau|traue|getrau|getraue)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # taking what she saved up: "nehme dann, was ich gesammelt habe"
    (
        "plan",
        r"(?:nehm|nehme|schluck|schlucke|nimm) (?:{ICH} )?(?:dann |einfach |halt |eben |endlich )*(?:was|alles was|die die|alle die|alles des|des wos|alles) (?:{ICH}) (?:\w+ ){0,2}(?:gesammelt|gehortet|gebunkert|aufgehoben|zuruckgelegt|aufgespart|angespart) (?:habe|hab|hob|han)",
        {"owner": "self"},
    ),
    # saving up her prescriptions untaken: "jedes Rezept eingelöst und fast nix genommen", "schlucke sie nicht mehr, ich lege sie in eine Dose"
    (
        "preparatory",
        r"(?:rezept|rezepte|schmerzmittel|tabletten|pillen) (?:\w+ ){0,3}(?:eingelost|geholt|abgeholt) (?:\w+ ){0,2}(?:und|un) (?:\w+ )?(?:nix|nichts|nicht|kaum|fast nix|fast nichts|keine) (?:\w+ )?(?:genommen|geschluckt|gnumma)|(?:schlucke|schluck|nehme|nehm) (?:{ICH}) (?:\w+ ){0,4}(?:{NOMORE}|nicht) (?:\w+ ){0,3}(?:{ICH}) (?:lege|leg|sammle|sammel|tu|tue|hebe|heb) (?:sie|die) (?:\w+ ){0,2}(?:in eine|in die|in ne|in einer|beiseite|auf die seite|zur seite|weg)",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:vorrate|vorrat|tabletten|pillen|medikamente) (?:\w+ ){0,3}(?:fur den einen|fur den letzten|fur den bestimmten) (?:abend|tag|moment)",
        {"owner": "self", "negatable": False},
    ),
    # a whole pack or pen at once: "ganze Packung mit Rotwein runter", "den ganzen Pen gespritzt"
    (
        "attempt",
        r"(?:ganze|ganzen|volle|komplette|zwei|drei|beide) (?:packung|packungen|schachtel|schachteln|blister)(?! (?:\w+ )?(?:kekse|chips|taschentucher|zigaretten|pralinen|schokolade|eis|nudeln|tee|kaffee|milch|saft|wein|bier) )(?: \w+){0,3} (?:runter|runtergespult|runtergekippt|runtergeschluckt|geschluckt|gschluckt|eingeworfen|reingeworfen)(?= $| (?:und|un|vor|grad|gerade|eben) )|(?:den ganzen|den kompletten|nen ganzen|einen ganzen|zwei|beide) (?:insulinpen|insulinpens|pen|pens)(?= $| (?:gespritzt|leer|rein|auf einmal|auf ex) )",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:mit dem mantel|mitm mantel|mit mantel|mit kleidern|mit den kleidern|mit allen kleidern|angezogen|in kleidern|mit schuhen) (?:\w+ ){0,3}(?:ins wasser|in den fluss|in den see|ins meer|reingegangen|reingelaufen|hineingegangen|reingelaufen)",
        {"owner": "self"},
    ),
    # walking into the water until it reached her chest; pulled out
    (
        "attempt",
        r"(?:reingegangen|reingelaufen|hineingegangen|ins wasser gegangen|ins wasser gelaufen|in den fluss gegangen|in den see gegangen) (?:\w+ ){0,3}bis (?:\w+ ){0,4}(?:brust|hals|kinn|schultern|schulter|mund)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "attempt",
        r"(?:hat|haben|hot|ham) (?:mich|mi) (?:\w+ ){0,3}(?:rausgezogen|rausgeholt|herausgezogen|herausgefischt|rausgefischt|aus dem wasser gezogen|aus dem wasser geholt|vom gelander geholt|von der brucke geholt)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # stopped mid-act: "hat mir das Messer aus der Hand genommen, da hatte ich schon angesetzt"
    (
        "attempt",
        r"(?:messer|schere|seil|tabletten) (?:\w+ ){0,3}aus der hand (?:genommen|gerissen|geschlagen|gewunden)|(?:hatte|hab|habe|hob|hatt) (?:{ICH} )?(?:\w+ )?(?:schon|bereits|scho) (?:\w+ )?angesetzt",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "attempt",
        r"(?:klinge|rasierklinge|strick|schlinge|pistole|waffe|gewehr|knarre) (?:\w+ ){0,3}aus der hand (?:genommen|gerissen|geschlagen|gewunden)|(?:{BLADE}) (?:\w+ ){0,3}(?:schon|bereits|scho) (?:\w+ )?angesetzt",
        {"owner": "self", "negatable": False},
    ),
    # self-harm: needles, head against the wall, scalding, kneeling until raw, starting again
    (
        "self_harm",
        r"(?:nadel|nadeln|nahnadel|stecknadel|sicherheitsnadel|zirkel|nagelschere|fingernagel|fingernageln|nageln|feuerzeug) (?:\w+ ){0,5}bis (?:es |sie |er |das blut |die haut )?(?:blutet|bluten|blutete|blut kommt|blut kam|aufplatzt|wund (?:ist|sind|war))",
        {"owner": "self", "negatable": False},
    ),
    (
        "self_harm",
        r"(?:hau|haue|schlag|schlage|knall|knalle|ramm|ramme|gehauen|geschlagen|geknallt|gerammt|schlug|haute|hauen|schlagen) (?:mich|mi|mir|ma|meinen|mein) (?:\w+ ){0,2}(?:kopf|schadel|stirn) (?:\w+ ){0,2}gegen (?:die |d |den |de |a |an |eine |ne )?(?:wand|dwand|mauer|tur|turrahmen|schrank|heizung|fliesen)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:absichtlich|mit absicht|mit voller absicht) (?:\w+ ){0,8}(?:bis|solange bis|so lange bis) (?:\w+ ){0,4}(?:aufgeschurft|aufgeschunden|verbrannt|verbruht|blasen|blutig|blutet|bluten|wund|blau|es nicht mehr geht|es nimmer geht|es wehtut|es weh tut)|(?:hande|hand|arm|arme|finger|fusse) (?:\w+ ){0,3}unter (?:\w+ )?(?:kochend|kochendes|siedend|siedendes|bruhend|bruhendes|bruhheisses|kochendheisses) (?:heisses |heiss )?wasser",
        {"owner": "self", "negatable": False},
    ),
    (
        "self_harm",
        r"(?:wieder|erneut|wieder neu) (?:\w+ )?(?:mit dem |mitm |mit )?(?:schneiden|ritzen|ritze|cutting|cutten|selbstverletzen|ritzn) (?:angefangen|gemacht|begonnen|anfangen)|(?:wieder|erneut) (?:cutting|gecuttet|gecutted|gritzt)",
        {"owner": "self"},
    ),
    # burden: "wenn ich tot bin, kann er endlich heilen", "wär ich tot, gäbs keine mehr"
    (
        "burden",
        r"(?:wenn|falls|sobald) (?:{ICH}) (?:\w+ )?(?:tot|gestorben|{NOMORE} da|{NOMORE} do|unter der erde) (?:bin|bi|ware|war) (?:\w+ ){0,3}(?:kann|konnen|konnte|konnten|darf|durfen|hat|haben|ist|sind|wird|werden) (?:\w+ ){0,3}(?:endlich|frei|ruhe|erleichtert|aufatmen|heilen|glucklich|befreit)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:ware|war|waer) (?:{ICH}) (?:\w+ )?(?:tot|gestorben) (?:gabs|gabe es|gab es|ware|waren|hatten|hatte|ginge|gings|konnten|konnte|mussten|musste)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:niemand|keiner|koaner|keener) (?:\w+ )?mehr (?:arbeit|muhe|sorgen|arger|last|kosten|stress|aufwand) mit mir",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # saying she won't be alive then: "Da lebe ich nicht mehr", "ich bin dann tot", "Morgn bin i nimma do"
    (
        "goodbye",
        r"(?:da|dann|bis dahin|dann schon|da schon|{TIME}) (?:lebe|leb|leb i|leb ich) (?:{ICH} )?(?:doch |eh |schon |ja |sowieso |wahrscheinlich )*(?:{NOMORE}|lange {NOMORE})(?= $| (?:und|denn|weil|dann|sowieso|eh|darum|deshalb|drum|also) )|(?:{ICH}) (?:bin|bi) (?:dann|bis dahin|dann schon|da schon|bald) (?:\w+ )?(?:tot|gestorben)(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # going to a dead mother for good: "I geh jetzt zu meiner Mama, endgültig"
    (
        "goodbye",
        r"(?:geh|gehe|gang|komm|komme) (?:\w+ ){0,3}(?:zu|zur|zum) (?:meiner|meinem|mein|mei|meim) (?:mama|mutter|mutti|mami|papa|vater|mann|heinz|karl|liebsten) (?:\w+ )?(?:endgultig|fur immer|in den himmel|nach oben|ins grab|in die ewigkeit)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # ready to die: "dann bin ich bereit zu sterben", "bereit, meinem Herrgott zu begegnen"
    (
        "goodbye",
        r"bereit (?:zu sterben|zum sterben|fur den tod|fur mein ende|(?:\w+ )?(?:herrgott|gott|schopfer) zu begegnen|(?:\w+ )?(?:herrgott|gott|schopfer) gegenuberzutreten)(?! (?:fur|wenn|falls) )",
        {"owner": "self"},
    ),
    # who should find her: "sie soll diejenige sein, die mich findet", "bis sie mich unten beim Wehr finden"
    (
        "preparatory",
        r"(?:diejenige|derjenige|diejenigen|die erste|der erste) (?:sein |seien )?(?:die|der|wo) (?:mich|mi) (?:dann )?(?:findet|finden|findn)|(?:bis|wenn) (?:sie|man|jemand|einer|wer) (?:mich|mi) (?:\w+ ){0,4}(?:finden|findet|find|gefunden|rausfischen|rausziehen)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # an ultimatum with a negation in it: "wenn sie bis Ostern nicht anruft, mach ich ein Ende"
    (
        "plan",
        r"(?:wenn|falls|sollte) (?:\w+ ){0,6}(?:mach|mache|setz|setze) (?:{ICH}) (?:dem ganzen |allem |dann |halt )*(?:ein ende|schluss|schlus|a end)(?= $| (?:mit mir|mit allem|mit meinem leben|und|dann) )",
        {"owner": "self", "negatable": False},
    ),
    # jumping at a place: "Ostermontag geh ich zum Steinbruch und spring"
    (
        "plan",
        r"(?:geh|gehe|fahr|fahre|lauf|laufe|steig|steige) (?:{ICH} )?(?:\w+ ){0,2}(?:zum|zur|auf den|auf die|auf das|aufs|an den|an die|in den|uber die) (?:\w+ )?(?:{HIGH}) (?:\w+ ){0,2}(?:und|un) (?:spring|springe|spring ab|lass mich fallen|stuerz mich|sturz mich)",
        {"owner": "self"},
    ),
    # --- round 16: other writers and other moments ------------------------------------------
    # the goal or the wish is not to be: "wär schön, einfach nicht mehr zu sein", "das einzige
    # Ziel, das ich habe, nicht mehr auf dieser Welt zu sein", "will nur dass ich nicht mehr da bin"
    (
        "wish_dead",
        r"(?:ware|war|wars|waer|wurde) (?:\w+ ){0,2}(?:schon|gut|herrlich|besser|einfacher|leichter|schoner|friedlich|erlosend|eine erlosung|ein traum|so schon) (?:\w+ ){0,2}(?:einfach |endlich |bald |ganz )?(?:{NOMORE}|nicht|nich|ned) (?:mehr )?(?:zu sein|da zu sein|hier zu sein|zu existieren|auf der welt zu sein|auf dieser welt zu sein|aufzuwachen|zu leben|zu atmen|am leben zu sein)",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:ziel|wunsch|traum|sehnsucht|hoffnung|einzige was ich will|alles was ich will|einzige was ich mochte) (?:\w+ ){0,6}(?:{NOMORE}|nicht|nich|ned) (?:mehr )?(?:auf der welt |auf dieser welt |da |hier |am leben )?(?:zu sein|zu leben|zu existieren|aufzuwachen)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:will|wil|mochte|mocht|wunsch\w*|hoff\w*|sehne\w*|bete|bet) (?:\w+ ){0,6}(?:dass|das) (?:\w+ ){0,5}(?:ich|i) (?:{NOMORE}|nimmer) (?:da|hier|am leben|auf der welt|auf dieser welt) (?:bin|bi|ware|war|sei)",
        {"owner": "self", "negatable": False},
    ),
    # an illness or an accident that should have taken her: "ich wünschte, der Krebs hätte mich geholt"
    (
        "wish_dead",
        r"(?:wunsch\w*|wollte|hoffte) (?:\w+ ){0,4}(?:krebs|infarkt|herzinfarkt|schlaganfall|unfall|tod|corona|covid|krankheit|operation|narkose|blitz|lkw|laster|zug) (?:\w+ ){0,5}(?:mich|mi) (?:\w+ ){0,2}(?:geholt|mitgenommen|erwischt|dahingerafft|umgebracht|getotet)|(?:warum|wieso|weshalb) (?:hat|hatte) (?:mich|mi) (?:\w+ ){0,2}(?:krebs|infarkt|herzinfarkt|schlaganfall|unfall|tod|corona|krankheit) (?:\w+ ){0,2}(?:geholt|mitgenommen|erwischt)|(?:hatte|hat) (?:mich|mi) (?:der|die|das) (?:krebs|infarkt|herzinfarkt|schlaganfall|unfall|tod|corona|krankheit) (?:doch|bloss|nur|lieber|damals) (?:\w+ )?(?:geholt|mitgenommen|erwischt)",
        {"owner": "self", "negatable": False},
    ),
    # envying the dead: "ich beneide meine Schwester, die ist gestorben, die hat es hinter sich"
    (
        "wish_dead",
        r"(?:beneide|beneid|beneidet) (?:\w+ ){0,8}(?:gestorben|tot ist|tot sind|verstorben|es hinter sich|das hinter sich|unter der erde|im grab|auf dem friedhof|sterben durfte|sterben darf|gehen durfte|erlost)|(?:beneide|beneid) (?:\w+ ){0,2}(?:die toten|jeden toten|jeden der stirbt|die verstorbenen)",
        {"owner": "self", "negatable": False},
    ),
    # lying in the grave by him: "ich läg am liebsten neben meinem Mann auf dem Friedhof"
    (
        "wish_dead",
        r"(?:am liebsten|lieber|wunsch\w*|will|mochte|mocht|ware gern|ware lieber|war gern|war lieber) (?:\w+ ){0,5}(?:auf dem friedhof|im grab|unter der erde|in der erde|im sarg|ins grab) (?:liegen|lag|liegt|sein|ware|war)|(?:lag|lage|laege|leg) (?:{ICH} )?(?:\w+ ){0,2}(?:am liebsten|lieber|gern|gerne) (?:\w+ ){0,5}(?:auf dem friedhof|im grab|unter der erde|im sarg)",
        {"owner": "self"},
    ),
    # asking God to take her: "oder du holst mich", "also soll er mich jetzt holen", "lässt mich bald sterben"
    (
        "wish_dead",
        r"(?:entweder|oder) (?:du|er|gott) (?:holst|holt|nimmst|nimmt) (?:mich|mi)(?= $| (?:zu dir|zu sich|auch|mit|gleich|endlich|jetzt) )|(?:soll|sollte|moge|mog|darf) (?:er|gott|der herrgott|der herr|der liebe gott|jesus|der tod) (?:mich|mi) (?:\w+ ){0,2}(?:holen|zu sich nehmen|zu sich holen|mitnehmen|erlosen|heimholen)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:lass|lasst|lassen|lasse|liess) (?:mich|mi) (?:doch |bald |endlich |einfach |jetzt |bitte |schnell )*(?:sterben|sterbn|tot sein|einschlafen und nicht)",
        {"owner": "self"},
    ),
    # an accident she would welcome: "es wär mir recht wenn ich mit dem Traktor in den Graben fahr
    # und nicht mehr rauskomm"
    (
        "wish_dead",
        r"(?:egal|recht|ganz recht|nur recht|willkommen|lieb|wurscht|nicht schlimm) (?:\w+ ){0,3}(?:wenn|falls) (?:ich|i|mich|mi) (?:\w+ ){0,9}(?:(?:{NOMORE}|nicht|nich) (?:mehr )?(?:rauskomm\w*|heimkomm\w*|zuruckkomm\w*|aufwach\w*)|verungluck\w*|ums leben (?:komm\w*|kam)|nicht uberleb\w*|draufgeh\w*)",
        {"owner": "self", "negatable": False},
    ),
    # nothing holds her: "gibt es nichts mehr was mich hält"
    (
        "wish_dead",
        r"(?:nichts|nix|niemand|keiner|kaum was|kaum noch was) (?:mehr )?(?:was|der|das|die|wo) (?:mich|mi) (?:hier |noch |auf der welt |am leben )?(?:halt|haltet)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "dann bin ich auch nicht mehr da"
    (
        "wish_dead",
        r"(?:dann|danach|bald|ab dann|bis dahin|nachher) (?:bin|ware|war) (?:ich|i) (?:auch |eben |halt |einfach |schon )?(?:{NOMORE}) (?:da|hier|am leben|auf der welt)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- thoughts, round 16 ---
    # a question about it being normal: "ist das normal dass man jeden Tag dran denkt sich umzubringen"
    (
        "thoughts",
        r"(?:normal|schlimm|verruckt|krank|ok|okay|sunde|eine sunde) (?:\w+ ){0,3}(?:dass|das|wenn) man (?:\w+ ){0,5}(?:sich) (?:\w+ ){0,2}(?:{KILL}|umbringen|das leben (?:zu )?nehmen|toten|was anzutun|etwas anzutun|umzubringen)",
        {"owner": "self", "negatable": False},
    ),
    # the inner voice and self-talk: "mach doch einfach Schluss", "bring dich um", "bring es zu Ende"
    (
        "thoughts",
        r"(?:stimme|stimmen|kopf|gedanken|teufel|etwas in mir|es in mir|was in mir) (?:\w+ ){0,4}(?:sagt|sagen|flustert|flustern|schreit|ruft|befiehlt|raunt) (?:\w+ ){0,3}(?:mach (?:doch |einfach |endlich )*schluss|bring dich (?:doch |einfach |endlich )*um|bring es zu ende|spring doch|tu es doch|nimm die tabletten|geh ins wasser|beende es|stirb)",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:{START})(?:dann |doch |also |einfach )?bring dich (?:doch |einfach |endlich |halt |jetzt )*um(?= $| (?:dann|und|du|sagt|sag|flustert) )|(?:bring|bringe|brings|bringst) (?:es|das|des|alles|dein leben) (?:doch |einfach |endlich |halt |jetzt )*zu ende(?= $| (?:flustert|sagt|sag|du) )|(?:flustert|sagt|schreit|ruft) es (?:\w+ ){0,3}in mir|(?:stimme|stimmen) (?:in mir|im kopf|in meinem kopf) (?:\w+ ){0,2}(?:flustert|flustern|sagt|sagen|schreit|befiehlt)|(?:{START})(?:spring|springe) doch(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # the nurse going through it in her head: "im Kopf durchgehe, was ich nehmen würde"
    (
        "thoughts",
        r"(?:durchgehe|durchgeh|durchspiele|durchspiel|durchrechne|ausrechne|ausgerechnet|durchgerechnet|durchgespielt) (?:\w+ ){0,3}(?:was|welche|wie viele|wieviel|wie viel|womit) (?:ich |i )?(?:\w+ ){0,2}(?:nehmen|schlucken|spritzen) (?:wurde|wurd|musste|konnte|musst)",
        {"owner": "self"},
    ),
    # "ob ich mir nicht was antu", "kann nicht versprechen, dass ich mir nichts antue"
    (
        "thoughts",
        r"(?:ob|dass|das) (?:ich|i) (?:mir|mia) (?:nicht|nich|ned) (?:doch )?(?:was|etwas|irgendwas) (?:\w+ )?(?:antu|antue|antun|anzutun)|(?:versprechen|garantieren) (?:\w+ ){0,2}(?:dass|das|ob) (?:ich|i) (?:mir|mia) (?:nichts|nix|nicht) (?:\w+ )?(?:antu\w*|anzutun)",
        {"owner": "self", "negatable": False},
    ),
    # "wenn ich mir das Leben genommen hab", "wenn ich mich umgebracht habe"
    (
        "plan",
        r"(?:wenn|sobald|nachdem|falls|bis) (?:ich|i) (?:\w+ )?(?:mir|mia|mich|mi) (?:\w+ )?(?:(?:{TAKE_LIFE}) (?:genommen|gnumma)|umgebracht|getotet|erhangt|erschossen|vergiftet) (?:hab|habe|hob|han|bin)",
        {"owner": "self", "negatable": False},
    ),
    # --- method, round 16 ---
    # questions about a way: "ist es schmerzhaft sich zu erhängen", "tut es weh, wenn man sich erschießt"
    (
        "method",
        r"(?:schmerzhaft|weh|wehtut|qualvoll|schlimm|sicher|schnell|lange|einfach|leicht) (?:\w+ ){0,2}(?:sich|wenn man sich|man sich) (?:zu )?(?:erhangen|erhangt|aufhangen|aufzuhangen|aufhangt|erschiessen|erschiesst|vergiften|vergiftet|ertranken|ertrankt|die pulsadern aufzuschneiden|die pulsadern aufschneidet|vor den zug zu werfen|vor den zug wirft|umzubringen|umbringt|das leben zu nehmen|das leben nimmt)",
        {"owner": "self"},
    ),
    # a dose known to be enough: "dass 40 mal 10 mg Diazepam mit Alkohol reichen", "sind 20 Zopiclon genug"
    (
        "method",
        r"(?:dass|das|ob) (?:\w+ ){0,4}(?:{PILL}) (?:\w+ ){0,3}(?:reichen|reicht|genugen|genugt|ausreichen|langen|todlich sind|todlich ist)(?= $| (?:oder|um|damit|dass|wenn|wurden|wurde|konnten) )|(?:sind|reichen|reicht|waren|genugen) (?:\w+ )?(?:\d+|zwanzig|dreissig|vierzig|funfzig|hundert) (?:\w+ )?(?:{PILL}) (?:\w+ )?(?:genug|aus|ausreichend|todlich)(?! (?:fur|bis|uber) )|(?:\d+|{QUANTITY}) (?:\w+ )?(?:{PILL}) (?:\w+ ){0,3}oder (?:braucht man|brauch ich|brauche ich|brauchts) (?:noch )?mehr|(?:{PILL}) (?:\w+ ){0,3}(?:todlich|toedlich)(?! (?:fur (?:hunde|katzen|tiere|kinder|haustiere)) )",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:weiss|weis|wissen) (?:\w+ ){0,4}(?:dass|das) (?:das|des|es|die|sie) (?:\w+ )?(?:fur mich |bei mir )?(?:reicht|reichen|genugt|genugen|langt|langen|ausreicht)(?= $)",
        {"weak": True},
    ),
    # a whole strip and wine: "tavor 2,5, ein ganzer Streifen und der Rotwein dazu"
    (
        "method",
        r"(?:{QUANTITY}|ein ganzer|einen ganzen|ein ganzen|zwei|drei|vier) (?:\w+ )?(?:streifen|blister|blisterstreifen) (?:\w+ ){0,3}(?:und|mit|plus) (?:\w+ ){0,2}(?:wein|rotwein|weisswein|schnaps|alkohol|wodka|korn|whisky|likor|sekt|bier)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:hast|hab|habe|hatte|hat) (?:\w+ ){0,2}genug (?:{PILL})|(?:du weisst|ich weiss|i woass) (?:doch |ja |genau )?wie(?= $)",
        {"weak": True},
    ),
    # the steering wheel: "ob ich einfach das Lenkrad rumreiß und durchs Geländer fahr"
    (
        "method",
        r"(?:einfach|absichtlich|extra|mit absicht|uberleg\w*|denk\w*|ob ich|ob i|will|mochte|mocht|am liebsten|wurde gern) (?:\w+ ){0,4}(?:lenkrad|steuer) (?:\w+ ){0,3}(?:rumreiss\w*|rumreis\w*|herumreiss\w*|herumzureissen|rumzureissen|verreiss\w*|verreis\w*)|(?:einfach|absichtlich|extra|mit absicht|uberleg\w*|denk\w*|ob ich|ob i|will|mochte|mocht|am liebsten|wurde gern) (?:\w+ ){0,5}(?:durchs gelander|durch das gelander|gegen (?:einen|den|nen|an) baum|gegen (?:den|einen) (?:bruckenpfeiler|pfeiler)|in den gegenverkehr|gegen die wand|gegen eine mauer|unter einen lkw|in einen lkw) (?:fahr|fahre|fahren|rase|rasen|lenke|lenken|steuere|steuern)",
        {"owner": "self"},
    ),
    # checking depth and holding: "schau wie tief es beim Steg ist", "geschaut ob der Balken mich hält"
    (
        "method",
        r"(?:{WATER}|steg|ufer|brucke|gelander) (?:\w+ ){0,5}(?:wie tief|wie hoch) (?:\w+ ){0,3}(?:ist|is|sind|war)|(?:wie tief|wie hoch) (?:\w+ ){0,3}(?:{WATER}|{HIGH}|steg) (?:\w+ )?(?:ist|is|sind|war)|(?:kann|konnt) (?:\w+ )?(?:nicht|nich|ned|kaum) schwimmen (?:\w+ ){0,5}(?:sicher|sicherer|besser|gut so|umso besser|um so besser|schneller)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:balken|haken|deckenbalken|dachbalken|querbalken|tragbalken|sparren|dachsparren|heizungsrohr|deckenhaken|lampenhaken) (?:\w+ ){0,8}(?:mich|mi|mein gewicht) (?:\w+ )?(?:halt|halten|tragt|tragen|aushalt|aushalten)|(?:halt|tragt) (?:der|die|das) (?:balken|haken|deckenbalken|dachbalken|heizungsrohr|deckenhaken) (?:\w+ )?(?:mich|mi|mein gewicht)|(?:balken|haken|deckenbalken|dachbalken|querbalken|tragbalken|heizungsrohr|deckenhaken|lampenhaken) (?:\w+ ){0,6}(?:halt|tragt|aushalt) (?:mich|mi|mein gewicht)",
        {"owner": "self"},
    ),
    # holding the means already: "ich hab den Strick schon in der Hand gehabt"
    (
        "method",
        r"(?:strick|seil|schlinge|gewehr|pistole|flinte|gift|e605|klinge|rasierklinge|rasierklingen|rattengift) (?:\w+ ){0,3}schon (?:\w+ ){0,3}in der hand (?:gehabt|gehalten)(?! (?:\w+ ){0,5}(?:kuh|kalb|pferd|ziege|hund|schaf|stier|rind|bulle|abgehauen|festgebunden|angebunden|fuchs|reh|jagd) )|schon (?:\w+ ){0,3}(?:den strick|das seil|die schlinge|das gewehr|die pistole|die flinte|die klinge|das gift|das e605) (?:\w+ ){0,3}in der hand (?:gehabt|gehalten)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:flasche|tabletten|packung) (?:\w+ ){0,3}schon (?:\w+ ){0,3}in der hand (?:gehabt|gehalten)|(?:ein schluck|ein paar schluck|ein paar tabletten|eine handvoll|ein schritt|ein sprung|ein schnitt) (?:\w+ )?(?:und|un) (?:gut is|gut ist|es ist vorbei|aus|vorbei|ruhe|weg|schluss|fertig|erledigt)(?= $)|(?:musst|musste|brauchte|brauch) (?:ich |i )?(?:nur|bloss|blos|blo) (?:noch )?(?:runtersteigen|springen|reingehen|reinspringen|runterspringen|aufs gleis|einen schritt machen|den hahn aufdrehen|abdrucken|schlucken|rubersteigen|drubersteigen|das gas aufdrehen|den motor anlassen)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:gase|gas|abgase|kohlenmonoxid|garase|silogas|silogase) (?:\w+ ){0,5}(?:einschlafen|schlaft man (?:\w+ )?ein|schlafst (?:\w+ )?ein|einschlaft|bewusstlos)|(?:denk|dachte|uberleg\w*) (?:\w+ ){0,4}(?:dran|daran|druber|daruber) (?:\w+ )?(?:es|sie|ihn|das gewehr|die tabletten|die pistole|den strick) (?:zu nehmen|zu benutzen|zu holen|zu schlucken|zu laden)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:schlauch|schlauche) (?:\w+ ){0,4}(?:auspuff)|(?:auspuff) (?:\w+ ){0,4}(?:schlauch)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:garage) (?:\w+ ){0,5}(?:auto|motor|wagen) (?:\w+ ){0,3}(?:schlauch)|(?:{STRONG_MEANS}|rasierer|strick|seil) (?:\w+ ){0,5}(?:aufgehoben|aufbewahrt|versteckt|gebunkert|beiseite gelegt|zuruckgelegt|eingesteckt)",
        {"owner": "self", "weak": True},
    ),
    # asking for the vet's drug: "beim Tierarzt nach Pentobarbital gefragt"
    (
        "method",
        r"(?:gefragt|fragen|frage|besorgen|bestellen|bestellt|kaufen|gekauft|besorgt|bekommen|gesucht|suche) (?:\w+ ){0,3}(?:nach |um )?(?:pentobarbital|nembutal|barbiturate|barbituraten|natrium pentobarbital|natriumpentobarbital)",
        {"owner": "self"},
    ),
    # all the tablets at once (someone else's too): "er nimmt heut abend alle seine Tabletten auf einmal"
    (
        "method",
        r"(?:nimmt|nehme|nehm|schluckt|schluck|schlucke|nehmen) (?:\w+ ){0,3}(?:alle|{QUANTITY}) (?:\w+ )?(?:{PILL}) (?:\w+ )?(?:auf einmal|zusammen|gleichzeitig|auf ex)(?! (?:morgens|fruh|zum fruhstuck|mit dem essen|zum essen|ist das|ist es|oder) )",
    ),
    # sitting with a weapon: "mein Mann sitzt seit Stunden mit dem Gewehr in der Scheune"
    (
        "at_hand",
        r"(?:sitzt|sitz|sitze|steht|liegt|sitzen|hockt|hock) (?:\w+ ){0,4}mit (?:dem|der|einem|einer|seinem|seiner|ihrem|ihrer|nem|meinem|meiner) (?:{GUN}|strick|seil|rasierklinge|rasierklingen) (?:\w+ ){0,4}(?:in der|im|auf dem|auf der|in den|hinter der|hinterm)",
    ),
    # disappeared with a weapon: "ist seit gestern verschwunden und hat seine Dienstwaffe mitgenommen"
    (
        "at_hand",
        r"(?:verschwunden|weg|abgehauen|nicht auffindbar|nicht erreichbar|unerreichbar|vermisst|abgetaucht) (?:\w+ ){0,5}(?:{GUN}|strick|seil|tabletten|schlaftabletten|abschiedsbrief) (?:\w+ )?(?:mitgenommen|dabei|bei sich|eingesteckt)",
        {"negatable": False},
    ),
    # --- plan, round 16 ---
    (
        "plan",
        r"(?:{TIME}) (?:\w+ ){0,2}(?:sterbe|sterb) (?:ich|i)(?! (?:\w+ )?vor )",
        {"owner": "self"},
    ),
    # "am Muttertag werde ich es tun", "sonntag nach der Messe tu ich es", "beschlossen es am ersten Advent zu machen"
    (
        "plan",
        r"(?:werde|werd|wird|tu|tue|zieh|ziehe) (?:ich |i )?(?:es|das|des|s) (?:\w+ )?(?:tun|durchziehen|durch)(?= $)|(?:tu|tue) (?:ich|i) (?:es|das|des)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:beschlossen|entschieden|vorgenommen|festgelegt) (?:\w+ ){0,2}(?:es|das|des) (?:\w+ ){0,4}zu (?:machen|tun|beenden)(?= $| (?:in|im|mit|am|an) )|(?:hab|habe|hob) (?:es|das|des) (?:\w+ ){0,3}(?:geplant|durchgeplant)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # second person: "dann ziehst du es durch mit den Tabletten"
    (
        "plan",
        r"(?:zieh|ziehe|ziehst|ziehen|zieht) (?:\w+ )?(?:es|das|des|s) (?:\w+ )?durch (?:\w+ ){0,2}mit (?:den|der|dem|meinen|deinen|meiner|deiner) (?:{MEANS}|{PILL}|auto|gewehr)",
        {"owner": "self"},
    ),
    # taking the gun and going: "dann nehm ich das Gewehr aus dem Schrank und geh in den Wald"
    (
        "at_hand",
        r"(?:nehm|nehme|hol|hole) (?:ich |i )?(?:das|die|mein|meine|sein|seine|den) (?:\w+ )?(?:{GUN}) (?:\w+ ){0,4}(?:und|un) (?:geh|gehe|fahr|fahre) (?:\w+ ){0,3}(?:in den wald|in die scheune|in den stall|ins feld|in den keller|raus)(?! (?:\w+ ){0,6}(?:fuchs|reh|rehe|wildschwein\w*|hase|hasen|jagen|jagd|ansitz|hochsitz|marder|krahen|tauben|wild|bock) )",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:hort|horen|merkt|merken) (?:\w+ ){0,2}(?:keiner|niemand|koaner|neamd) (?:den|meinen) (?:schuss|knall)|(?:wenn|sobald|bis) (?:es|das) (?:schon |dann )?zu spat (?:ist|is|sein wird)|(?:wie ein unfall|nach einem unfall|nach unfall) (?:\w+ ){0,2}(?:aussehen|aussieht|aussah|ausschauen)|(?:denken|glauben|meinen) (?:\w+ ){0,3}(?:es|das) (?:war|ware|sei|is) (?:ein |a )?unfall",
        {"owner": "self", "weak": True},
    ),
    # --- preparatory, round 16 ---
    (
        "preparatory",
        r"(?:brauch|brauche) (?:\w+ )?(?:ja |eh |dann |bald |sowieso |doch )*(?:{NOMORE}|nicht mehr lange)(?= $)|(?:damit|dass|das) (?:niemand|keiner|koaner|man) (?:\w+ )?(?:was|etwas|nichts|nix) (?:\w+ )?(?:findet|finden kann|liest|lesen kann|sieht)|(?:wird|werden|wirst) (?:\w+ )?(?:sie|die|das|es|ihn|den) (?:\w+ )?(?:bald|schon bald|sehr bald|demnachst) (?:\w+ )?(?:brauchen|benotigen)|(?:bestattungsvorsorge|(?:meine|mein|meinen) (?:beerdigung|bestattung|grabstelle|sarg|urne)) (?:\w+ ){0,3}(?:bezahlt|ausgesucht|bestellt|vorbestellt|organisiert)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:kleid|kleidung|anzug|sachen|schuhe|bluse|nachthemd|lieblingskleid|sonntagskleid|totenhemd) (?:\w+ ){0,4}(?:rausgelegt|herausgelegt|bereitgelegt|hingelegt|zurechtgelegt|rausgesucht|ausgesucht) (?:\w+ ){0,4}(?:fur wenn (?:man|sie|jemand) (?:mich|mi)|fur meine beerdigung|fur meinen sarg|fur danach|fur mein begrabnis)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:schlussel|code|zahlenkombination|kombination) (?:\w+ ){0,3}(?:waffenschrank|waffenschranks|gewehrschrank|waffentresor) (?:\w+ ){0,3}(?:nachmachen|nachgemacht|besorgt|kopiert|rausgefunden)|(?:waffenschrank|gewehrschrank|waffentresor) (?:\w+ ){0,3}(?:schlussel|code) (?:\w+ ){0,3}(?:nachmachen|nachgemacht|kopiert|besorgt|rausgefunden)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:damit|dann|so) (?:findet|finde) (?:nicht|nich|ned) (?:mein|meine|der|die) (?:\w+ )(?:mich|mi)|(?:damit|dass|das) (?:nicht|nich|ned) (?:mein|meine) (?:\w+ )(?:mich|mi) findet",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:bei|von) (?:zwei|drei|vier|mehreren|verschiedenen|\d+) (?:arzten|arztinnen|arzte|apotheken|hausarzten) (?:\w+ ){0,10}(?:verschreiben|verschrieben|geholt|gekauft|besorgt|gesammelt)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"genug (?:\w+ )?(?:beisammen|zusammen|gesammelt|gehortet|gebunkert)|(?:liegt|liegen|ist|sind) (?:\w+ ){0,2}(?:im kofferraum|unter der decke|im handschuhfach)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:seil|strick|schlinge|schlauch|grillkohle|holzkohle|rasierklingen|rattengift|e605|pflanzenschutzmittel|helium) (?:\w+ ){0,3}(?:gekauft|besorgt|bestellt|organisiert)(?! (?:\w+ ){0,4}(?:schaukel|zaun|wasche|waschleine|klettern|boot|zelt|garten|hund|pferd|kuh|ziege|anhanger|umzug|baum|grill|grillen|party|ballon\w*) )|(?:zettel|brief) (?:\w+ ){0,4}(?:auf den nachttisch|auf den kuchentisch|auf den tisch|aufs kopfkissen) gelegt",
        {"owner": "self", "weak": True},
    ),
    # --- goodbye, round 16 ---
    (
        "goodbye",
        r"(?:will|mochte|mocht|wollte|wollt) (?:\w+ ){0,3}(?:nur noch|noch) (?:\w+ ){0,2}(?:auf wiedersehen|lebewohl|leb wohl|tschuss|adieu|servus|ade) sagen|(?:ihr wart|du warst|sie waren) (?:\w+ ){0,3}(?:freundlich\w*|lieb|nett\w*|gut zu mir|fur mich da|immer da)|(?:schreib|schreibe|melde|meld) (?:mich |ich )?(?:\w+ )?(?:das |zum )?(?:letzte|letzten|letztes) mal|(?:war|ist|wird) (?:das |dies )?(?:mein|meine|meines) (?:letzter|letzte|letztes) (?:muttertag|geburtstag|weihnachten|weihnachtsfest|sommer|winter|herbst|fruhling|ostern|advent|silvester|heiligabend|hochzeitstag|abend)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"auf nimmerwiedersehen|(?:ich bin raus)(?= $)|(?:eine|meine|die|ne) letzte (?:nachricht|sms|mail|sprachnachricht|botschaft) (?:\w+ ){0,3}(?:geschickt|geschrieben|hinterlassen|aufgesprochen)|(?:ein|einen|der|mein) abschied (?:fur immer|furs leben|fur ewig)|vergiss mich nicht|(?:dass|das) (?:es|das|des) (?:nicht|nich|ned|keine) (?:seine|ihre|deine|eure|euer|seiner|deren) schuld (?:ist|war|sei)|(?:ein|zum) letztes mal(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:leb|lebe|lebt) wohl (?:du )?(?:welt|grausame welt)|(?:tschuss|adieu|ciao|servus|bye|auf nimmerwiedersehen) (?:du )?(?:welt|grausame welt|schone welt)|(?:das|des) (?:wars|war es|wars dann|war es dann) (?:dann |jetzt |halt )?(?:fur immer|endgultig)|(?:weiss|ahnt|ahnen|wissen|wusste) (?:\w+ )?(?:nicht|nich|ned|nix) (?:\w+ )?(?:dass|das) (?:es|das|des) (?:ein|mein|der) (?:letzter )?abschied (?:\w+ )?(?:war|ist|sein wird|sein sollte)|(?:wenn|sobald|falls|bis) (?:ich|i) (?:\w+ )?(?:fur immer (?:weg|fort|gegangen)|(?:weg|fort) (?:bin|bi) (?:fur immer|endgultig))",
        {"owner": "self", "negatable": False},
    ),
    # --- attempt, round 16 ---
    (
        "attempt",
        r"(?:steh|stehe|stand) (?:\w+ ){0,3}auf (?:dem|einem|nem) (?:stuhl|hocker|eimer|schemel|kiste|tritt)|(?:der nachste|der|ein|nachster) (?:\w+ )?(?:zug|ice|guterzug|s bahn|sbahn) (?:kommt|fahrt|ist) (?:\w+ )?(?:in (?:\w+ )?(?:min|minuten|\d+)|gleich|bald)|(?:jetzt|gleich|bald) (?:ist|is|wird es|wirds) (?:endlich |fur immer )?(?:ruhe|still|vorbei)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:alles|alle tabletten|alle pillen|alle medikamente) (?:\w+ )?(?:geschluckt|runtergeschluckt|eingeworfen) (?:\w+ ){0,2}was (?:\w+ ){0,3}(?:schrank|hausapotheke|da war|im haus|in der schublade|ich hatte|ich finden konnte)|(?:{PILL}) (?:\w+ ){0,2}(?:genommen|geschluckt) (?:\w+ ){0,4}(?:im krankenhaus|auf der intensiv\w*|in der klinik|in der notaufnahme) (?:\w+ ){0,2}(?:aufgewacht|wach geworden|zu mir gekommen)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:merk|merke|spur|spure) (?:sie|die tabletten|das zeug) (?:jetzt|schon|langsam)|(?:tabletten|pillen|die dinger|das zeug) (?:\w+ ){0,2}(?:wirken|wirkt) (?:schon|jetzt|langsam)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:hab|habe|hatte|habs) (?:es |s )?(?:\w+ ){0,3}mit (?:dem|der|den|einem|einer|nem|ner) (?:\w+ )?(?:strick|seil|schlinge|tabletten|pillen|schlaftabletten|gift|gewehr|pistole|rasierklinge|klinge|abgasen|auspuff) (?:probiert|versucht)(?! (?:\w+ ){0,6}(?:schlafen|einschlafen|durchschlafen) )|(?:hat|haben|hatte) (?:mich|mi) (?:\w+ ){0,4}(?:gefunden|gerettet|rausgezogen|abgeschnitten|runtergeholt|wiederbelebt|reanimiert) (?:\w+ ){0,3}(?:gerade noch|noch rechtzeitig|rechtzeitig|in letzter minute|im letzten moment|grad noch)",
        {"owner": "self", "tense": "past"},
    ),
    # an old moment on the bridge (her past when dated): "stand vor 20 Jahren schon mal auf der Brücke"
    (
        "attempt",
        r"(?:stand|stund|war) (?:\w+ ){0,5}(?:schon mal|schon einmal|einmal|mal) (?:\w+ ){0,2}(?:auf (?:der|einer|dem) (?:{HIGH})|am (?:gleis|bahngleis|abgrund)|an den gleisen|an der klippe)|(?:hab|habe|hatte) (?:ich |i )?schon (?:mal|einmal) (?:\w+ )?(?:{QUANTITY} )?(?:{PILL}) (?:genommen|geschluckt)",
        {"owner": "self", "weak": True, "tense": "past"},
    ),
    # --- self-harm, round 16 ---
    (
        "self_harm",
        r"(?:hand|hande|finger|arm|arme) (?:\w+ ){0,3}auf (?:die|der|den) (?:herdplatte|herd|heizung|kochplatte|ofen|ofenplatte|bugeleisen) (?:\w+ ){0,2}(?:gelegt|gedruckt|gehalten|gepresst) (?:\w+ )?(?:absichtlich|mit absicht|extra|bewusst)|(?:absichtlich|mit absicht|extra|bewusst) (?:\w+ ){0,3}auf (?:die|der|den) (?:herdplatte|kochplatte|ofen|ofenplatte|bugeleisen|heizung) (?:gelegt|gedruckt|gehalten|gepresst)|(?:{BODY}|hande|hand|haut) (?:\w+ ){0,3}mit (?:(?:der|dem|einer|einem|nem|ner) )?(?:drahtburste|stahlwolle|wurzelburste|scheuerschwamm|schmirgelpapier|sandpapier|nagelfeile|burste|bimsstein) (?:aufgeschrubbt|aufgescheuert|wundgeschrubbt|wund geschrubbt|blutig geschrubbt|aufgekratzt|aufgerieben)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:will|wollt|wollte|um|damit) (?:\w+ ){0,3}(?:was|etwas|irgendwas) (?:anderes )?(?:zu )?(?:spuren|fuhlen|spure|fuhle)|(?:war|wars|ist) (?:kein|keine) (?:unfall|versehen)|(?:mir|mich) (?:\w+ ){0,3}(?:kochendes|kochendem|heisses|heissem) (?:wasser|ol|fett) (?:\w+ ){0,3}(?:gegossen|geschuttet|gekippt)|(?:{START})(?:ich|i) (?:schneide|schneid|ritze|ritz)(?= $)|(?:bei|an) mir selbst (?:\w+ ){0,3}(?:wunden|schneiden|schnitte|versorg\w*)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- burden, round 16 ---
    (
        "burden",
        r"(?:besser|leichter|einfacher) (?:\w+ ){0,3}(?:wenn|wann|falls|dass) (?:ich|i) (?:{NOMORE}|nicht|nich|ned|nimmer) (?:mehr )?(?:da|hier|am leben|auf der welt) (?:bin|bi|ware|war|sei)|(?:glucklicher|besser dran|froher|erleichtert|leichter|besser|freier|ruhiger) (?:\w+ ){0,4}(?:wenn|falls) (?:es )?(?:mich|die oma|die mama|die mutter|ihre mutter|seine mutter|ihre oma|mi) (?:\w+ )?(?:{NOMORE}|nicht|nich) (?:mehr )?(?:gabe|gab|gibt|gaebe)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:niemand|keiner|koaner|neamd|kein mensch) (?:wurde|wurd|wird|tat) (?:dich|mich|mi) (?:\w+ )?(?:vermissen|vermissn|bemerken)|(?:alle|jeder|sie|die familie|meine kinder|alle anderen|die kinder|mein mann|die) (?:\w+ ){0,2}(?:wurden|wurde|wurd|waren|ware|konnten) (?:\w+ ){0,2}(?:aufatmen|durchatmen|aufleben|feiern|erleichtert sein|froh sein|besser leben|glucklicher sein|endlich ruhe haben) ohne (?:mich|mi)|(?:jeder tag|jedes jahr|jede stunde|solange) (?:\w+ ){0,3}(?:ich|i) (?:lebe|leb|noch lebe|da bin|hier bin|existiere) (?:\w+ ){0,3}(?:macht|mache|wird) (?:es|alles|das) (?:\w+ ){0,3}(?:schwerer|schlimmer|teurer|anstrengender)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:bin|bist) (?:\w+ )?(?:eh |doch |nur |nur noch |eh nur |eh nur noch )+(?:\w+ )?im weg|(?:bin|bist) (?:\w+ )?(?:eine |nur eine |nur noch eine |nur noch |nur )?(?:zumutung|schande|ballast|problem) fur (?:alle|jeden|die familie|meine familie|meine kinder|euch)|(?:besser|lieber) (?:ich|i) (?:bin|bi|ware|war|geh|gehe|verschwinde|sterbe) (?:\w+ )?(?:vorher |bald |rechtzeitig |schon |jetzt |gleich )?(?:weg|tot|fort|(?:{NOMORE}) da)(?= $| (?:bevor|als|und) )",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- someone else, round 16 ---
    (
        "goodbye",
        r"(?:{HIGH}|gleis|gleisen|schienen|{PILL}|strick|seil|{GUN}) (?:\w+ ){0,3}(?:mit|und|dazu|darunter|drunter|text|geschrieben) (?:\w+ )?(?:es tut xmir leid|tut xmir leid|es tut mir leid|tut mir leid|sorry|verzeiht xmir|verzeih xmir|lebt wohl|leb wohl|goodbye|adieu)",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:bringt|bringe|bringen|bringts) (?:er|sie|die|der|es) (?:{SICH}) {GAPN}um(?! (?:\d\w*|zu|halb|viertel|punkt|mitternacht|uhr|jeden|seine|seinen|ihre|ihren|den (?:schlaf|verstand)|die (?:ecke|chance|ohren)|alles|nichts|nix) )",
        {"owner": "other", "negatable": False},
    ),
    # --- round 16, second pass ---
    (
        "plan",
        r"fur den fall (?:dass |das )?(?:ich|i) (?:es|das|des) (?:doch |mal |wirklich |dann )?(?:tu|tue|mache|mach|brauche|brauch)|(?:und|dann) (?:es|das|des) (?:dann |einfach |endlich |halt )?(?:machen|tun|durchziehen)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:{START})?(?:einfach|nur) (?:reingehen|reinlaufen|reinspringen|hineingehen|reinfallen lassen)(?= $)|nur ein paar schritte(?= $| (?:und|dann) )|(?:{GUN}) (?:\w+ ){0,3}(?:hangt|steht|liegt) (?:noch |immer noch )?(?:im|in der|auf dem|unterm|hinterm) (?:flur|schrank|keller|dachboden|stall|scheune|kammer|schlafzimmer|garage|waffenschrank)(?! (?:wie immer|wie seit|wie jedes|seit jahren|seit \d+) )|(?:ob|obs) (?:die|das|sie|es|er|der) (?:\w+ )?geladen (?:ist|is)|(?:bahnubergang|gleis|gleisen|schienen|bahnsteigkante|bruckengelander|gelander) (?:\w+ ){0,2}(?:stehen bleib\w*|stehen geblieben)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:nach|um) (?:pentobarbital|nembutal|barbituraten|natriumpentobarbital) (?:\w+ )?(?:gefragt|gesucht|gebeten)|(?:ist|war|sind) (?:aber |eigentlich |in wirklichkeit |in wahrheit )+fur mich(?= $)|angeblich fur (?:den|die|das|meinen|meine|unseren|unsere) (?:\w+ )?(?:hund|katze|kater|pferd|mann|mutter|nachbarin|tier)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:ware|war|waer) (?:{ICH} )?(?:so |echt |wirklich )?(?:gern|gerne|lieber) an (?:ihrer|seiner|deren|dessen) stelle|(?:hat|haben|hats) (?:es|das|alles|des) (?:\w+ )?hinter sich(?= $)|(?:hatte|hatt) (?:ich|i) (?:\w+ ){0,2}(?:nicht|nich|ned|nie) (?:mehr )?(?:erleben|mitmachen|mitansehen|mit ansehen|durchmachen) (?:mussen|brauchen)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "self_harm",
        r"(?:{START})(?:ich|i) (?:schneide|schneid|ritze|ritz)(?= (?:ich|und) )|(?:wunden|wunde|schnitte) (?:\w+ ){0,8}(?:bei|an) mir selbst",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "goodbye",
        r"(?:{IMMINENT}) (?:\w+ )?(?:ist|is|bin) (?:er|sie|ich|i) (?:\w+ )?(?:weg|fort) (?:\w+ )?fur immer",
    ),
    (
        "attempt",
        r"(?:bin|war) (?:\w+ ){0,2}(?:ins wasser|in den (?:{WATER})|in die (?:{WATER})) (?:gegangen|gelaufen|gesprungen)(?! (?:\w+ ){0,6}(?:baden|schwimmen|herrlich|warm|erfrischend|abkuhlen|abgekuhlt|schon war) )",
        {"owner": "self", "weak": True, "tense": "past"},
    ),
    # --- round 16, paraphrases ---
    # "ist Ertrinken ein schneller Tod", "wäre Erfrieren schmerzlos"
    (
        "method",
        r"(?:ist|ware|war|sei) (?:\w+ )?(?:ertrinken|erhangen|erfrieren|verbluten|vergiften|ersticken|erschiessen|springen|eine uberdosis|der sprung|kohlenmonoxid|abgase) (?:\w+ )?(?:ein |eine )?(?:schnell\w*|schmerzlos\w*|sanft\w*|friedlich\w*|sicher\w*|qualvoll\w*|schmerzhaft\w*)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:wenn|falls) (?:man|ich|i) (?:\d{2,3}|{QUANTITY}) (?:\w+ )?(?:{PILL}) (?:\w+ )?(?:nimmt|nehme|nehm|schluckt|schlucke)|(?:stirbt|sterbe|stirbst) (?:man|ich|i|du) (?:dann|davon|daran|sofort|schnell)|(?:ist|bin) (?:man|ich) (?:dann|davon|sofort|sicher) tot",
        {"owner": "self", "weak": True},
    ),
    # "dann ist für mich auch Schluss" (a farm given up, too: weak)
    (
        "wish_dead",
        r"(?:dann|da) (?:ist|is) (?:fur mich|mit mir) (?:auch |eben |halt |einfach |dann )?(?:schluss|schlus|ende|aus|vorbei)(?= $| (?:und|dann|fur immer|endgultig) )",
        {"owner": "self", "weak": True},
    ),
    # second person to herself: "du solltest dich einfach aufhängen", "spring halt von der Brücke, dann hast du Ruhe"
    (
        "thoughts",
        r"(?:du solltest|du sollst|solltest du|du musst|du kannst|du konntest) (?:dich|di) (?:\w+ ){0,2}(?:aufhangen|erhangen|umbringen|erschiessen|vergiften|ertranken|toten)",
    ),
    (
        "thoughts",
        r"(?:{START})(?:spring|springe|geh|lauf) (?:doch |halt |einfach |endlich )*(?:von der|vom|vor den|vor einen|ins|in den) (?:\w+ )?(?:{HIGH}|{TRAIN}|{WATER}|wasser)|(?:dann|danach) (?:hast du|hab ich|hast|hab) (?:endlich |fur immer )?(?:ruhe|frieden)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # God asked, in other orders: "er soll mich im Schlaf holen", "dann hol wenigstens mich"
    (
        "wish_dead",
        r"(?:gott|herrgott|herr|jesus|heiland) (?:\w+ ){0,4}(?:er|der) (?:soll|sollte|moge|mog|darf) (?:mich|mi) (?:\w+ ){0,3}(?:holen|zu sich nehmen|zu sich holen|mitnehmen|erlosen|heimholen)|(?:gott|herrgott|jesus|heiland|der herr|der tod) (?:soll|sollte|moge|mog|darf|kann) (?:mich|mi) (?:\w+ ){0,3}(?:holen|zu sich nehmen|zu sich holen|mitnehmen|erlosen|heimholen)|(?:gott|herrgott|herr|jesus|heiland|himmel) (?:\w+ ){0,10}(?:hol|nimm) (?:doch |wenigstens |endlich |einfach |bitte |halt |auch )*(?:mich|mi)(?= $| (?:zu dir|mit|auch|gleich|zu sich) )",
        {"owner": "self", "negatable": False},
    ),
    # all is ready; a pet given away; "ich werd sie nicht mehr brauchen"
    (
        "preparatory",
        r"(?:jetzt |nun )?(?:ist|is) alles (?:bereit|vorbereitet|geregelt|erledigt)(?= $)|(?:werd|werde|wird|werden) (?:\w+ )?(?:sie|ihn|es|das|die|den) (?:\w+ )?(?:{NOMORE}|nicht mehr lange) (?:brauchen|benotigen)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:katze|kater|hund|katzen|hunde|vogel|wellensittich|pferd|tiere) (?:\w+ ){0,4}(?:abgegeben|weggegeben|gegeben|ins tierheim|verschenkt)",
        {"weak": True},
    ),
    # peace for them once she is gone: "wenn ich weg bin, haben meine Kinder endlich ihren Frieden"
    (
        "burden",
        r"(?:wenn|sobald|falls) (?:ich|i) (?:\w+ )?(?:weg|tot|nicht mehr da|gestorben) (?:bin|bi|ware|sei) (?:\w+ ){0,5}(?:endlich|dann endlich) (?:\w+ ){0,3}(?:frieden|ruhe|ihr leben|glucklich|frei)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:mach|macht|mache) (?:dir|euch|ihnen) (?:\w+ )?(?:keine|koane) (?:sorgen|sorge) mehr (?:um mich|um mi|wegen mir)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # someone else shooting himself; tablets taken, the number unknown
    (
        "thoughts",
        r"(?:erschiesst|erhangt|ertrankt|vergiftet|erschiess|erhang) (?:{SICH})(?! (?:\w+ )?(?:gefalligst|aus versehen) )",
        {"owner": "other"},
    ),
    (
        "attempt",
        r"(?:{PILL}) (?:\w+ )?(?:genommen|geschluckt|eingeworfen)(?= (?:\w+ ){0,3}(?:weiss|weis|woass) (?:\w+ )?(?:nicht|nich|ned|nimmer) (?:mehr )?(?:wie viele|wieviele|wie viel|wieviel|welche) )",
        {"negatable": False},
    ),
    # --- round 16, German as a second language and other wordings ---
    # "ich möchte tot", "ich will nicht leben mehr", "ich mache mich tot"
    (
        "wish_dead",
        r"(?:will|mochte|mocht|wollen|mag) (?:(?:{ICH}) )?(?:einfach |nur |lieber |jetzt |auch |nur noch )?(?:tot|tod)(?= $| (?:nicht|kein|keine|weil|dann|und|sein) )|(?:will|mochte|mocht|wollen|mag) (?:(?:{ICH}) )?(?:nicht|nich|ned|kein) (?:leben|lebn|sein|existieren) mehr|(?:genauso gut|genau so gut|ebenso gut) (?:tot|tod) (?:sein|si)",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:mach|mache|machen|zu machen) (?:(?:{ICH}) )?(?:mich|mi) (?:selbst |selber )?(?:tot)(?= $| (?:dann|und|weil) )|(?:mach|mache) tot (?:mich|mi)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:besser|leichter|einfacher) (?:\w+ ){0,3}(?:wenn|falls|dass) (?:ich|i) (?:sterbe|sterb|tot bin|tot ware|tot war|nicht mehr lebe|nimmer lebe)",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:{MEANS}|gekauft|gesammelt|besorgt|genommen|gefahren|gegangen) (?:\w+ ){0,4}(?:um zu sterben|fur mich zu sterben|damit ich sterbe|zum sterben(?! (?:schon|langweilig|gut|mude|heiss|kalt|lecker|suss|teuer) ))",
    ),
    (
        "thoughts",
        r"(?:stimme|stimmen|kopf|etwas in mir|es in mir|was in mir) (?:\w+ ){0,4}(?:sagt|sagen|flustert|flustern|schreit|ruft|befiehlt) (?:\w+ ){0,2}(?:geh (?:in (?:den|die|das) |ins )(?:{WATER}|wasser)|spring (?:von (?:der|dem) |vom |vor (?:den|einen) )(?:\w+ )?(?:{HIGH}|{TRAIN}))",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:schlafen|einschlafen|einschlafe|einschlaf|schlafe ein|schlaf ein) (?:und|un) (?:nie|nicht|nich|nimmer|nimma) (?:mehr |wieder )?(?:aufstehen|aufsteh|aufstehe|aufwachen)(?! (?:mussen|muss|brauchen|brauch|bis|vor|vorm|fruher|bevor|am|heute|morgen) )",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:stirb|krepier|verreck|bring dich um|hang dich auf)(?: doch| endlich| halt)* (?:\w+ ){0,6}(?:hat|haben|hatte) (?:\w+ )?recht",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "at_hand",
        r"(?:{GUN}) (?:\w+ ){0,4}(?:geladen|entsichert|durchgeladen) (?:\w+ ){0,2}(?:und|un) (?:\w+ ){0,2}(?:auf den tisch|neben mich|vor mich|aufs bett|auf meinen schoss|auf den schoss|auf das bett|auf den nachttisch)",
        {"owner": "self"},
    ),
    # --- round 16: calendar days, farm and bargaining ---
    (
        "goodbye",
        r"(?:bin|ware|sei) (?:ich|i) (?:\w+ )?(?:weg|fort|nicht mehr da) (?:\w+ )?(?:endgultig|fur immer)(?! (?:\w+ ){0,4}(?:nach|ins ausland|umzug|ausgewandert|auswandern|zu meiner|zu meinem|in die) )",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:{HOLIDAY}|geburtstag|hochzeitstag|todestag|das jahr|den winter|den sommer|dieses jahr|diesen winter|diesen sommer|diesen \w+) (?:\w+ ){0,2}(?:uberleb|uberlebe|uberleben) (?:ich|i) (?:\w+ ){0,2}(?:nicht|nich|ned|nimmer)(?! (?:ohne|mit|so) )|(?:hab|habe) (?:\w+ )?(?:die|meine) (?:{PILL}) (?:schon|bereits)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "method",
        r"(?:gulle\w*|jauche\w*|gullegrube|gulletank|silo|siloschacht|futtersilo) (?:\w+ ){0,5}(?:fallt man rein|reinfallen|reinsteigen|runtersteigen|runterfallen|rein) (?:\w+ ){0,3}(?:weg|tot|vorbei|ruhe)|(?:denk|denke) (?:ich |i )?(?:immer ofter|immer haufiger|oft|standig|jeden tag|dauernd)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:tor|tur|garagentor|scheunentor) (?:\w+ )?zu (?:\w+ )?(?:motor|traktor|auto|wagen) (?:\w+ )?an(?= $| (?:und|dann) )",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:wenn|hatte|hatt) (?:ich |i )?(?:nur |bloss )?(?:den mut|die kraft|den schneid|die courage|die nerven) (?:hatte |hatt )?(?:\w+ ){0,6}(?:springen|spring|umbringen|erhangen|aufhangen|erschiessen|ins wasser gehen)|(?:versteh|verstehe|kapier|begreife|begreif) (?:\w+ )?(?:jetzt|endlich|langsam|inzwischen|auf einmal) (?:\w+ )?(?:warum|wieso|weshalb) (?:sich )?(?:leute|menschen|man|manche|jemand|mutter|frauen) (?:sich )?(?:\w+ )?(?:umbringen|das leben nehmen|umbringt|toten|aufhangen|erschiessen)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:du|er|gott) (?:nimmst|nimmt|holst|holt) (?:mich|mi) (?:dafur |stattdessen |zu dir )?(?:und|dafur|statt) (?:\w+ ){0,3}(?:gibst|gibt|lasst|schenkst|rettest|bringst)",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:einzige|letzte) was (?:ich|i) (?:ihr|ihm|ihnen|euch|meinen kindern|meiner tochter|meinem sohn) (?:noch )?(?:geben|tun|hinterlassen|vererben) (?:kann|konnte)|(?:lebensversicherung|versicherung|rente|sterbegeld) (?:\w+ ){0,6}(?:wenn|sobald|falls) (?:ich|i) (?:nicht mehr lebe|tot bin|sterbe|nicht mehr da bin)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:strick|seil|schlinge) (?:\w+ ){0,4}schon (?:festgemacht|festgeknotet|aufgehangt|angebracht|geknupft|geknotet)(?! (?:\w+ ){0,5}(?:schaukel|tur|zelt|boot|plane|wasche|kuh|pferd|anhanger|zaun) )|(?:schlinge|schlaufe) (?:\w+ ){0,3}(?:geknotet|geknupft|gebunden|festgemacht)",
        {"owner": "self"},
    ),
    # a photo of means sent by someone else: "mein Sohn hat mir ein Foto von einem Strick geschickt"
    (
        "method",
        r"(?:hat|hatte) (?:mir|mich|uns) (?:\w+ ){0,2}(?:foto|bild|video|fotos|bilder) (?:\w+ ){0,2}(?:von|mit) (?:\w+ ){0,2}(?:strick|seil|schlinge|{PILL}|{GUN}|rasierklinge|rasierklingen|brucke|gleis|gleisen|schienen) (?:\w+ ){0,3}(?:geschickt|gepostet|geschrieben)",
        {"owner": "other"},
    ),
    # --- round 18: families of wording the rules had not seen ---------------------------------
    # a wish in the unreal past: "wär ich doch bei der OP nicht mehr aufgewacht", "hätte ich
    # den Unfall bloß nicht überlebt" (not "wär ich doch früher aufgewacht": only a negated
    # waking or a death)
    (
        "wish_dead",
        r"(?:ware|war|waer|hatte|hatt|wurde|wurd) (?:{ICH}) (?:\w+ ){0,4}(?:doch|bloss|blos|nur|bloß) (?:\w+ ){0,5}(?:(?:{NOMORE}|nie|nicht|nich|ned) (?:mehr |wieder )?(?:aufgewacht|aufgwacht|erwacht|aufgewachen|aufwachen)|gestorben|gstorben|tot|(?:nicht|nich|ned|nie) uberlebt)(?= $| (?:dann|hatt|hatte|ware|war|das|des|und) )",
        {"owner": "self", "negatable": False, "when": "now"},
    ),
    # disappointed to be alive: "jeden Morgen enttäuscht, dass ich noch da bin", "schade, dass
    # ich wieder aufgewacht bin" (not glad to be here, not still at the office)
    (
        "wish_dead",
        r"(?:enttauscht|schade|argert mich|argere mich|wutend|sauer|frustriert|leider|traurig) (?:\w+ ){0,3}(?:dass|das|wenn|weil) (?:{ICH}) (?!(?:\w+ ){0,2}(?:so fruh|zu fruh|fruh|um|mitten|nachts|vor dem wecker) )(?:\w+ ){0,2}(?:(?:noch|no|immer noch|imma no) (?:da|hier|am leben|auf der welt) (?:bin|bi)|(?:noch|no|immer noch|imma no) lebe|(?:wieder|schon wieder|doch wieder|noch mal|nochmal) (?:aufgewacht|aufgwacht|erwacht) (?:bin|bi)|(?:morgens |am morgen )?(?:aufwache|aufwach|aufwachen|erwache))(?= $| aber )",
        {"owner": "self", "negatable": False},
    ),
    # death as the way out of a role: "tot wäre ich wenigstens nicht mehr die böse Mutter"
    (
        "wish_dead",
        r"(?:tot|tod|gestorben) (?:ware|war|waer|wär) (?:{ICH}) (?:\w+ )?(?:wenigstens|endlich|zumindest|immerhin)",
        {"owner": "self", "negatable": False},
    ),
    # wishing an end to oneself: "ich wünschte, es wäre vorbei mit mir", "hoffe, es dauert
    # nicht mehr lange mit mir" (not a renovation that lasts, not "da war es aus mit mir" laughing)
    (
        "wish_dead",
        r"(?:wunsch\w*|hoff\w*|bete|wenn|wenns) (?:\w+ ){0,6}(?:vorbei|zu ende) (?:(?:ware|war|waer|ist|is|sei|wird) )?mit mir(?= $)|(?:wunsch\w*|hoff\w*|bete) (?:\w+ ){0,5}(?:{NOMORE}) (?:lange|lang) (?:dauert|geht|macht) (?:\w+ )?mit mir(?= $)|(?:wunsch\w*|hoff\w*|bete) (?:\w+ ){0,5}(?:dauert|geht|macht) (?:\w+ )?(?:{NOMORE}) (?:lange|lang) mit mir(?= $)",
        {"owner": "self", "negatable": False},
    ),
    # ending it oneself: "ich mach einfach selber ein Ende" (not the end of a scarf; "selber
    # Schluss" is mostly a break-up)
    (
        "thoughts",
        r"(?:mach|mache|machi) (?:{ICH} )?(?:\w+ ){0,2}(?:selbst|selber) (?:\w+ )?ein ende(?= $| (?:damit|dann|und) )",
        {"owner": "self"},
    ),
    # "was wenn ich einfach Schluss mache?" (weak: a relationship or a working day ends so too)
    (
        "thoughts",
        r"(?:wenn|ob|falls) (?:{ICH}) (?:einfach|endlich|doch|halt) (?:\w+ )?(?:schluss|schlus) (?:mache|mach|machen|machen soll|machen sollte)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # a stash judged enough: "die Schlaftabletten reichen für mich"; "(denk,) die reichen für
    # mich" alone is weak (a portion of food)
    (
        "method",
        r"(?:{PILL}) (?:\w+ ){0,3}(?:reichen|reicht|reichn|langen|langt) (?:\w+ ){0,2}fur mich(?= $)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{START}|denk |denke |dass |das )(?:die|sie|de) (?:datet |taten |tatn |wurden |wurdn |dadn )?(?:reichen|reiche|reichn|langen|lange) (?:locker |sicher |bestimmt |dicke |auf jeden fall )?fur mich(?= $)",
        {"owner": "self", "weak": True},
    ),
    # looking up a lethal dose: "welche Tabletten man nicht überlebt", "wie viele sind tödlich"
    (
        "method",
        r"(?:{PILL}|dosis|menge|mg|milligramm|packungen) (?:man |mensch |ein mensch )?(?:nicht|nich|ned|net) (?:mehr )?uberlebt|(?:wie viele|wieviele|wie viel|wieviel|welche menge|welche dosis|ab wann|ab wieviel|ab wie viel) (?:\w+ ){0,3}(?:todlich|letal) (?:ist|sind|ware|waren|wirkt|wirken)",
        {"negatable": False},
    ),
    # all of them at once, then quiet: "wenn ich die alle nehm, bin ich endlich ruhig"
    (
        "method",
        r"(?:wenn|falls|sobald) (?:{ICH}) (?:die |sie |de |das |des )?(?:alle|alles|ganzen|alle auf einmal|ganze packung|ganzen packungen) (?:auf einmal |zusammen |miteinander )?(?:nehm|nehme|schluck|schlucke|einwerf|einwerfe|spritz|spritze|nimm) (?:mit \w+ )?(?:(?:dann|ist|is|bin|bi|es|ich|i|wars|endlich|fur|immer|alles) ){1,4}(?:ruhig|ruhe|weg|tot|erlost|frei|vorbei|aus|fertig|immer)(?= $)",
        {"owner": "self"},
    ),
    # cutting lengthwise, the way that kills: "ich weiß wie man es richtig macht, längs"
    (
        "method",
        r"(?:richtig|diesmal|dann|man) langs (?:schneiden|aufschneiden|ritzen|schneide|schneid)|(?:schneid|schneide|schneiden|ritz|ritze|ritzen|aufschneiden) (?:{ICH} |mir |mich )*(?:(?:die |den |meine |meinen )?(?:pulsader\w*|arm|arme|unterarm\w*|handgelenk\w*|adern) )?(?:diesmal |dann |richtig )?langs(?= $)|(?:richtig|wie mans|wie man es) (?:macht|mache|mach|machen) langs",
        {"owner": "self"},
    ),
    # no turning back this time, after turning back once: "diesmal kehr ich nicht um" (weak, and
    # an attempt's sign, not a plan's: a summit walk with its date says it too)
    (
        "attempt",
        r"(?:diesmal|dieses mal|des mal|dasmal) (?:kehr|kehre|dreh|drehe) (?:{ICH} )?(?:nicht|nich|ned|net|nimmer|nimma) (?:mehr )?(?:um|rum)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # not here much longer, said as a matter of course: "bin eh nimmer lang da" (weak: a move or
    # the last weeks in a job say it too)
    (
        "wish_dead",
        r"(?:bin|bi) (?:{ICH} )?(?:eh|sowieso|ja eh|eh bald|ja sowieso) (?:{NOMORE}|nicht|nich|ned) (?:mehr )?(?:lang|lange) (?:da|hier|auf der welt|do)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # a cut or a burn on purpose, anywhere (the kitchen-accident figure stands back for
    # "absichtlich"): "hab mir mit der Schere in die Hand geschnitten, absichtlich" (not hair)
    (
        "self_harm",
        r"(?:{ME}) (?!(?:\w+ ){0,8}(?:haare|haar|nagel|fingernagel|fussnagel|pony|spitzen|bart|fransen|locken|fingernagel) )(?:\w+ ){0,8}(?:geschnitten|gschnitten|geritzt|verbrannt|verbruht|gestochen|gebrannt) (?:\w+ ){0,2}(?:absichtlich|mit absicht|bewusst)|(?:{ME}) (?:\w+ ){0,2}(?:absichtlich|mit absicht|bewusst) (?!(?:\w+ ){0,5}(?:haare|haar|nagel|fingernagel|fussnagel|pony|spitzen|bart|fransen|locken) )(?:\w+ ){0,5}(?:geschnitten|gschnitten|geritzt|verbrannt|verbruht|gestochen)",
        {"owner": "self", "negatable": False},
    ),
    # "hab mir (wieder) Schnitte gemacht am Oberschenkel" (not cuts in a dough)
    (
        "self_harm",
        r"(?:{MIR}) (?:\w+ ){0,2}(?:schnitte|ritzer|schnittwunden|brandwunden|brandblasen) (?:(?:am|an den|an die|in den|in die|auf den|auf die|auf dem) (?:{BODY}) )?(?:gemacht|zugefugt|beigebracht|reingemacht|geritzt)",
        {"owner": "self"},
    ),
    # a cigarette pressed on her skin: "ich drück die Zigarette auf meinem Arm aus" (pressing or
    # holding said: not a cigarette that went out in her hand)
    (
        "self_harm",
        r"(?:zigarette|zigaretten|kippe|kippen|feuerzeug|bugeleisen) (?:\w+ ){0,3}(?:druck|drucke|druckt|gedruckt|drucken|halt|halte|gehalten|presse|gepresst) (?:sie |es |ihn |die |das )?(?:auf|an) (?:meine|meinem|meinen|meiner|mir|mei|meim) (?:\w+ )?(?:hand|hande|handrucken|finger|{BODY})|(?:druck|drucke|gedruckt|drucken|halt|halte|gehalten) (?:{ICH} )?(?:die |eine |ne |meine )?(?:zigarette|zigaretten|kippe|kippen|feuerzeug|bugeleisen) (?:\w+ ){0,2}(?:auf|an) (?:meine|meinem|meinen|meiner|mir|mei|meim) (?:\w+ )?(?:hand|hande|handrucken|finger|{BODY})",
        {"owner": "self"},
    ),
    # the family better off if she were gone, in the subjunctive and with the relief it would
    # bring: "wär ich nicht mehr da, könnten die Enkel ohne Streit aufwachsen" (not "wenn ich
    # nicht mehr da bin, macht das X", not "hätte mein Chef ein Problem")
    (
        "burden",
        r"(?:ware|war|waer|wär) (?:{ICH}) (?:{NOMORE}) (?:da|hier|do|am leben) (?:dann )?(?:hatten|hatte|konnten|konnte|waren|ware|wurden|musste|mussten|ginge|gings|hatt) (?:\w+ ){0,6}(?:ruhe|frieden|leichter|besser|gelost|glost|gloest|erleichtert|wenigstens|endlich|frei|freier|aufatmen|aufatme|ohne streit|ohne sorgen|keine sorgen|keinen arger|glucklich\w*|weniger)|(?:wenn|falls) (?:{ICH}) (?:{NOMORE}) (?:da|hier|do|am leben) (?:ware|war|waer|wär) (?:dann )?(?:hatten|hatte|konnten|konnte|waren|ware|war|wars|wurden|ginge|gings|hatt) (?:\w+ ){0,6}(?:ruhe|frieden|leichter|besser|gelost|glost|gloest|erleichtert|wenigstens|endlich|frei|freier|aufatmen|aufatme|ohne streit|ohne sorgen|keine sorgen|keinen arger|glucklich\w*|weniger)|ohne mich (?:hatten|hatte|waren|ware|wars|gings|ginge) (?:\w+ ){0,3}(?:leichter|besser dran|glucklicher|ruhe|frieden|erleichtert|freier)",
        {"owner": "self", "negatable": False},
    ),
    # relief for them if she died: "die wären erleichtert, wenn ich sterbe", "eine Befreiung
    # für ihn, wenn ich sterbe"
    (
        "burden",
        r"(?:erleichtert|erleichterung|befreiung|erlosung|froh|besser dran|glucklicher) (?:\w+ ){0,2}(?:wenn|falls) (?:{ICH}) (?:\w+ )?(?:sterbe|sterben wurde|sterben tat|tot bin|tot ware|tot war|(?:{NOMORE}) (?:da|hier) (?:bin|ware|war|wär))(?= $| (?:dann|und|das|des) )",
        {"owner": "self", "negatable": False},
    ),
    # giving them their life back by going: "dann geb ich ihm sein Leben zurück, indem ich gehe"
    # (weak each; not "wer kriegt die Katze, wenn ich sterbe")
    (
        "burden",
        r"(?:geb|gebe|gib) (?:{ICH} )?(?:ihm|ihr|ihnen|euch|allen) (?:\w+ )?(?:sein|ihr|ihre|euer) (?:leben|freiheit|ruhe) zuruck|indem (?:{ICH}) (?:fur immer |endgultig |einfach )?(?:gehe|verschwinde|sterbe)(?= $)|(?:dass|wenn) (?:{ICH}) (?:fur immer|endgultig) (?:gehe|verschwinde)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # done, so free to go: "letzte Nachricht ist raus. jetzt kann ich gehen" (weak alone)
    (
        "goodbye",
        r"(?:jetzt|nun|dann) (?:kann|darf) (?:{ICH}) (?:endlich |in ruhe |beruhigt )?gehen(?= $)|(?:letzte|allerletzte) nachricht (?:an|fur) (?:\w+ ){0,3}(?:ist raus|is raus|ist verschickt|geschrieben|verschickt|abgeschickt)",
        {"owner": "self", "weak": True},
    ),
    # "das ist das Letzte, was ich schreibe" (not the last for today, not the last word in a row)
    (
        "goodbye",
        r"(?:das|des|dies) (?:ist|is|isch) (?:das|des|meine) (?:letzte|allerletzte) (?:(?:was|das) (?:{ICH}) (?:jemals |hier |noch )?(?:schreibe|schreib|poste)|nachricht|post)(?= $)",
        {"owner": "self"},
    ),
    # pills taken, many: "Ich habe Tabletten genommen, viele, vor einer Stunde"; with spirits:
    # "Tabletten mit Schnaps genommen" (not with water, nor the antibiotics with a beer)
    (
        "attempt",
        r"(?:{PILL}) (?:{SWALLOWED}) (?:ganz |so |sehr |zu |echt )?(?:viele|alle|alles|hundert|\d{2,3})(?= $| (?:vor|und|heute|gestern|auf einmal) )|(?:{PILL}) mit (?:\w+ )?(?:schnaps|wodka|alkohol|whisky|whiskey|korn|likor|rum|gin|obstler|klarem|vodka) (?:{SWALLOWED}|runtergespult|runtergspult)",
        {"owner": "self"},
    ),
    # tried and still here: "ich hab es vor 3 Tagen versucht und bin noch da"
    (
        "attempt",
        r"(?:(?:hab|habe|hob|han) (?:{ICH} )?(?:es|s|ichs|mirs)|habs|hobs|hans) (?:\w+ ){0,4}versucht (?:\w+ ){0,2}(?:und|aber) (?:(?:bin|bi) (?:\w+ )?(?:noch|immer noch) (?:da|hier|am leben)|(?:lebe|leb) (?:\w+ )?(?:noch|immer noch)(?= $| (?:und|aber) ))",
        {"owner": "self"},
    ),
    # stones in the coat pockets (not children's pockets full of pebbles from the beach)
    (
        "method",
        r"(?:jackentaschen|manteltaschen|jackentasche|manteltasche) (?:\w+ )?(?:voller|voll mit|voll|mit) steine\w*|steine (?:\w+ ){0,2}in (?:die|meine|meinen) (?:jacken|mantel|hosen)?(?:taschen|tasche|mantel|jacke) (?:gesteckt|gepackt|gefullt|gestopft)",
        {"owner": "self"},
    ),
    # asking to be fetched: "er soll mich endlich zu sich holen", "wenn mich morgen der
    # Herrgott holen tät" (not "Oma soll mich am Bahnhof abholen")
    (
        "wish_dead",
        r"(?:soll|sollt|sollte|moge|mog|mag) (?:{MICH}) (?:endlich |bald |doch |einfach |jetzt )*(?:(?:zu sich|heim|mit (?:ihm|ihr) mit) (?:holen|hoin|holn|nehmen|nehma)|heimholen|heimhoin|heimholn)|(?:wenn|falls|dass|das) (?:{MICH}) (?:\w+ ){0,2}(?:der |da |mei )?(?:herrgott|herrgot|liebe gott|gott|herr|tod|sensenmann) (?:\w+ )?(?:holen|holt|hoit|hoin|holn|zu sich (?:holt|holen|nimmt|nehmen))",
        {"owner": "self"},
    ),
    # better not in this world: "es ist besser ich bin nicht mehr auf diese Welt"
    (
        "wish_dead",
        r"(?:besser|am besten|gscheiter|gescheiter) (?:wenn )?(?:{ICH}) (?:bin|bi|ware|war|waer|wär) (?:{NOMORE}) (?:auf (?:der|dieser|diese|dera) welt|auf erden|da|hier|am leben)",
        {"owner": "self", "negatable": False},
    ),
    # vanishing for good as the better way: "besser ich verschwinde für immer"
    (
        "burden",
        r"(?:besser|am besten|gscheiter|gescheiter) (?:wenn )?(?:{ICH}) (?:verschwinde|verschwind|gehe|geh|sterbe) (?:fur immer|endgultig|ganz|fur immer und ewig)(?= $)",
        {"owner": "self"},
    ),
    # a wish that it stops: "ich will nur, dass es aufhört" (weak: a pain, a noise stops too)
    (
        "wish_dead",
        r"(?:will|mochte|mocht|wunsch\w*) (?:\w+ )?(?:nur|nur noch|einfach nur|bloss) (?:noch )?(?:dass|das) (?:es|alles|das alles|des alles) (?:endlich )?(?:aufhort|aufhoert|vorbei ist|endet)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # means at hand and ready: "das Messer liegt schon neben mir" (weak: a knife for bread)
    (
        "method",
        r"(?:{BLADE}|{PILL}|strick|seil|schlinge|{GUN}) (?:liegt|liegen|lag|lagen|steht|ist|sind) (?:\w+ )?(?:schon|bereit|griffbereit) (?:\w+ )?(?:neben mir|vor mir|bei mir|bereit|griffbereit|auf dem nachttisch)",
        {"owner": "self", "weak": True},
    ),
    # knowing what a thing would be good for: "gewusst, wofür er gut wäre" (weak alone)
    (
        "method",
        r"(?:gewusst|weiss|weis|wusste|woass) (?:\w+ )?(?:wofur|wozu|fur was) (?:er|sie|es|der|die|das|des) (?:\w+ )?(?:gut ware|gut war|gut wär|taugt|taugen wurde|reichen wurde)",
        {"owner": "self", "weak": True},
    ),
    # not suffering long, asked of a means: "da würd man nicht lang leiden oder?"
    (
        "method",
        r"(?:wurd|wurde|tat|tät|muss|musste|musst) (?:man|ich|i) (?:\w+ )?(?:nicht|nich|ned|kaum) (?:lang|lange|viel|arg) (?:leiden|leide|spuren|merken)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # an engine run in a shut garage: "wie lang es dauert, wenn man da drin den Motor laufen lässt"
    (
        "method",
        r"(?:da drin|drinnen|da drinnen|in der geschlossenen garage|garage zu|tor zu|bei geschlossenem tor) (?:\w+ ){0,2}(?:den |das )?(?:motor|auto|wagen) (?:\w+ )?laufen (?:lasst|lassen|lasse|lass)",
        {"owner": "self"},
    ),
    # sinking in water: "wie tief das Wasser ist und ob ich mit den Stiefeln gleich unten bleiben
    # würde" (not boots in the mud)
    (
        "method",
        r"(?:{WATER}) (?:\w+ ){0,6}ob (?:{ICH}|man) (?:\w+ ){0,6}(?:gleich |schnell |sofort |einfach )?(?:unten bleiben|untergehen|versinken|ertrinken|absaufen) (?:wurde|wurd|tat|tät|wurdn)|ob (?:{ICH}|man) (?:\w+ ){0,3}(?:im|in den|in die|ins) (?:{WATER}) (?:\w+ ){0,3}(?:unten bleiben|untergehen|versinken|ertrinken|absaufen) (?:wurde|wurd|tat|tät|wurdn)",
        {"owner": "self", "negatable": False},
    ),
    # where a train does not brake: "ich weiss wo er nicht bremst"
    (
        "method",
        r"(?:weiss|weis|woass|kenn|kenne) (?:\w+ ){0,2}(?:wo|wann|wie) (?:er|der zug|die bahn|der ice|der guterzug|die s bahn|sie) (?:\w+ )?(?:nicht bremst|nicht abbremst|ohne zu bremsen|durchrauscht)",
        {"owner": "self", "negatable": False},
    ),
    # a train that passes without braking, its times known by heart (weak: a commuter's too)
    (
        "method",
        r"(?:{TRAIN}|bahnstrecke) (?:\w+ ){0,6}ohne zu bremsen|(?:kenn|kenne) (?:die|alle) (?:zeiten|fahrzeiten|durchfahrtszeiten|zuge) (?:\w+ )?auswendig",
        {"owner": "self", "weak": True},
    ),
    # thinking of the means all the time: "ich denk nur noch an den Gasherd (und die Fenster zu)"
    # (not "an die Tabletten und ob ich sie genommen habe"); "denk dauernd dran" (weak)
    (
        "thoughts",
        r"(?:denk|denke|denken) (?:{ICH} )?(?:nur noch|dauernd|standig|die ganze zeit|immerzu|nur mehr) (?:an )?(?:den |die |das |meine |meinen )?(?:gasherd|gashahn|gas|{STRONG_MEANS}|messer)(?= $| und (?:die|das|alle) (?:fenster|turen|tur) )",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:{ICH}) (?:denk|denke) (?:dauernd|standig|die ganze zeit|immerzu|nur noch|jeden tag) (?:dran|daran)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # where the gun key is hidden (weak: a hunter's wife knows it)
    (
        "method",
        r"(?:weiss|weis|woass|kenn|kenne) (?:\w+ ){0,2}wo (?:\w+ ){0,3}(?:schlussel zum waffenschrank|waffenschrankschlussel|munition|die waffe|die pistole|das gewehr|das sturmgewehr) (?:\w+ )?(?:versteckt|liegt|ist|hangt)",
        {"owner": "self", "weak": True},
    ),
    # a place named, then ending it there: "dort mache ich Schluss" (not "Schluss mit X")
    (
        "plan",
        r"(?:dort|dort unten|dort druben) (?:mache|mach|machi) (?:{ICH}) (?:dann )?(?:schluss|ein ende)(?! (?:fur heute|fur jetzt|mit (?!allem|mir|meinem leben)\w+) )",
        {"owner": "self"},
    ),
    # a list of means ending in a day: "Tabletten, Wein, Badewanne, Samstag"
    (
        "plan",
        r"(?:{PILL}|{POISON}|strick|seil|messer|klinge|rasierklinge|rasierklingen) (?:\w+ ){0,3}(?:badewanne|wanne|wein|schnaps|wodka|alkohol|brucke|gleise) (?:\w+ ){0,2}(?:{DAY}|heute nacht|morgen|silvester|heiligabend)(?= $)",
        {"owner": "self"},
    ),
    # a date of theirs spoiled for good: "damit sie nie wieder feiern kann ohne an mich zu denken"
    (
        "goodbye",
        r"(?:nie wieder|nie mehr|nimmer) (?:\w+ ){0,3}(?:feiern|glucklich sein|froh sein|lachen) (?:kann|konnen|konnt|wird) ohne an mich zu denken",
        {"owner": "self", "weak": True},
    ),
    # letting an illness take its course: "wenn der Krebs zurückkommt, lasse ich ihn diesmal
    # machen", "keine Chemo mehr" (weak each: a cure ends a chemo too)
    (
        "wish_dead",
        r"(?:krebs|tumor|krankheit|metastasen) (?:\w+ ){0,4}(?:lasse|lass|lasst) (?:{ICH} )?(?:ihn|es|sie|den|die) (?:diesmal |einfach |halt |dann )?(?:machen|wachsen|laufen|gewinnen)(?= $)|(?:keine|koa|kei) (?:chemo|chemotherapie|bestrahlung|dialyse|behandlung|operation|op) (?:{NOMORE}|mehr)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # not long now: "lange dauert es nicht mehr" (weak: an illness says it too)
    (
        "wish_dead",
        r"(?:lange|lang) (?:dauert|geht) (?:es|s|des) (?:\w+ )?(?:{NOMORE})(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # things she will not need: "Abo gekündigt. Werd sie eh nicht mehr lesen." (weak)
    (
        "preparatory",
        r"(?:werd|werde|wer) (?:{ICH} )?(?:sie|es|ihn|das|des|die|den) (?:eh|sowieso|ja eh|ja sowieso) (?:{NOMORE}) (?:lesen|brauchen|benutzen|tragen|anziehen|fahren|nutzen|spielen|horen)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # paperwork not left to her child: "will nicht, dass am Ende alles an ihr hängen bleibt mit
    # Kündigungen und Verträgen" (weak: said before a move or a hospital stay too)
    (
        "preparatory",
        r"(?:hangen bleibt|hangen bleiben|hangenbleibt|hangen bleibe) (?:\w+ )?mit (?:\w+ ){0,2}(?:kundigungen|vertragen|vertrage|papierkram|papieren|behordenkram|behorden|abos|formularen|konten)",
        {"owner": "self", "weak": True},
    ),
    # nobody to clear up after her: "es soll niemand meinen Dreck wegmachen müssen" (weak)
    (
        "preparatory",
        r"(?:niemand|keiner|koaner|neamd) (?:\w+ ){0,2}(?:meinen|meine|mein) (?:dreck|sachen|kram|mist|zeug|chaos|saustall|krempel) (?:\w+ )?(?:wegmachen|wegraumen|aufraumen|ausraumen|entsorgen) (?:mussen|muss|soll)",
        {"owner": "self", "weak": True},
    ),
    # "für nach mir" written on a keepsake, often in quotes (weak)
    (
        "preparatory",
        r"fur nach (?:mir|xmir)|fur die zeit nach (?:mir|xmir)",
        {"owner": "self", "weak": True},
    ),
    # taking leave unnoticed: "angefangen, mich von allen zu verabschieden, ohne dass sie es merken"
    (
        "goodbye",
        r"(?:verabschied\w*|abschied genommen|abschied nehmen) (?:\w+ ){0,4}(?:von allen|von jedem|von euch allen|von meinen liebsten|von allen leuten) (?:\w+ ){0,2}(?:ohne (?:dass|das) (?:sie|er|es|die|jemand|keiner|einer) (?:\w+ )?(?:es )?(?:merkt|merken|mitkriegt|mitkriegen|ahnt|ahnen))|(?:von allen|von jedem|von euch allen|von meinen liebsten) (?:\w+ ){0,2}(?:zu verabschieden|verabschiedet|verabschiede) (?:\w+ )?ohne (?:dass|das) (?:sie|er|es|die|jemand|keiner|einer) (?:\w+ )?(?:es )?(?:merkt|merken|mitkriegt|mitkriegen|ahnt|ahnen)",
        {"owner": "self", "negatable": False},
    ),
    # scalding on purpose: "heißes Wasser über die Hand laufen lassen, bis es nicht mehr ging"
    (
        "self_harm",
        r"(?:heisses|kochendes|brennheisses|siedendes|heiss) wasser (?:\w+ ){0,4}(?:laufen lassen|laufen gelassen|gegossen|geschuttet|gekippt|gehalten) (?:bis|bis es|bis die haut) (?:\w+ ){0,3}(?:nicht mehr ging|weh tat|wehtat|brannte|rot war|blasen|nicht mehr auszuhalten)",
        {"owner": "self", "negatable": False},
    ),
    # hitting herself when the emptiness comes: "wenn die Leere kommt, schlag ich mit der Hand
    # gegen die Tischkante" (not a punchbag)
    (
        "self_harm",
        r"wenn (?:mich )?(?:die|der|das|es|mich die|mich der) (?:\w+ )?(?:leere|verzweiflung|druck|spannung|panik|selbsthass|hass|wut|anspannung) (?:\w+ ){0,2}(?:kommt|da ist|ist|wird|uberkommt|packt) (?:\w+ ){0,2}(?:schlag|schlage|hau|haue|ramm|ramme|knall|knalle|beiss|beisse|kratz|kratze|zwick|brenn|schneid|ritz) (?:{ICH} )?(?!(?:\w+ ){0,3}(?:boxsack|kissen|matratze|ball|sandsack))(?:\w+ ){0,3}(?:hand|faust|kopf|stirn|arm|{ME})",
        {"owner": "self"},
    ),
    # the subjunctive question of being missed: "würde es jemand merken, wenn ich nicht mehr da
    # wär?" and "wahrscheinlich wären alle erleichtert" (weak each)
    (
        "burden",
        r"(?:wurde|wurd|tat|tät) (?:es )?(?:\w+ )?(?:jemand|irgendwer|einer|wer|irgendjemand|uberhaupt jemand) (?:merken|vermissen|auffallen) (?:wenn|falls) (?:{ICH}) (?:{NOMORE}) (?:da|hier|do|am leben)|(?:waren|ware|war) (?:\w+ )?(?:alle|sie alle|die alle|alle anderen) (?:erleichtert|froh|glucklich|befreit)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "das Erbe wär ihnen lieber als ich"
    (
        "burden",
        r"(?:erbe|lebensversicherung|versicherung|sterbegeld|erbteil) (?:ware|war|waer|ist|is) (?:ihnen|ihm|ihr|denen|allen|meinen kindern) (?:\w+ )?lieber (?:als ich|als mich)",
        {"owner": "self"},
    ),
    # a last goodbye said plainly: "ich wollte nur tschüss sagen" (weak: "bis morgen" is apart)
    (
        "goodbye",
        r"(?:wollte|wollt|will|mocht|mochte) (?:\w+ )?(?:nur|noch|einfach|nur noch) (?:tschuss|tschus|lebewohl|adieu|auf wiedersehen|servus|ade|pfiat di|baba) sagen(?= $)",
        {"owner": "self", "weak": True},
    ),
    # "wenn ihr das lest, hab ich es hinter mir"
    (
        "goodbye",
        r"(?:wenn|sobald|falls) (?:ihr|du|sie|jemand|ihr alle) (?:das|des|dies|diese nachricht|den brief|diesen brief|diese zeilen) (?:lest|liest|lesen) (?:bin (?:ich|i) (?:schon )?(?:tot|nicht mehr|nimmer|nimma|erlost|druben)|(?:hab|habe) (?:ich|i) (?:es|s) (?:schon )?hinter mir|(?:ist|is) es (?:schon )?vorbei)",
        {"owner": "self"},
    ),
    # "hab meinen Frieden gemacht mit allem" (weak: a reconciliation says it too)
    (
        "goodbye",
        r"(?:meinen|mein|meine) frieden (?:gemacht|geschlossen) (?:mit allem|mit der welt|mit gott|mit meinem leben|mit allen)",
        {"owner": "self", "weak": True},
    ),
    # all of it injected: "hab mir alles gespritzt, was im Pen war"
    (
        "attempt",
        r"(?:alles|den ganzen pen|die ganzen pens|beide pens|die ganze spritze) (?:\w+ )?(?:gespritzt|injiziert|reingejagt) (?:was|auf einmal|was drin war)",
        {"owner": "self"},
    ),
    # "in die Wanne gelegt mit ner Klinge"
    (
        "attempt",
        r"(?:wanne|badewanne) (?:gelegt|gesetzt|gestiegen) (?:mit (?:ner|einer|der|nem|einem|dem|den|meinen|meiner) (?:{BLADE}))|mit (?:ner|einer|der|nem|einem|dem) (?:{BLADE}) in die (?:wanne|badewanne) (?:gelegt|gesetzt|gestiegen)",
        {"owner": "self", "tense": "past"},
    ),
    # over the crash barrier: "wollte über die Leitplanke"
    (
        "attempt",
        r"(?:wollte|wollt|wolt) (?:\w+ )?(?:uber die leitplanke|in den gegenverkehr|gegen (?:den|einen|die|eine) (?:baum|pfeiler|bruckenpfeiler|lkw|laster|mauer))(?= $| (?:und|aber|fahren|lenken|rasen|im) )",
        {"owner": "self", "tense": "past"},
    ),
    # --- round 19: families of wording the rules had not seen ---------------------------------
    # the regret alone: "leider wieder aufgewacht" (not a night woken: "leider wieder
    # aufgewacht um 3, diese Hitze")
    (
        "wish_dead",
        r"leider (?:\w+ )?(?:wieder |noch |doch )?(?:aufgewacht|aufgwacht|erwacht)(?! (?:\w+ )?(?:um|mitten|nachts|in der nacht|so fruh|zu fruh|fruh|vor dem wecker|vom) )",
        {"owner": "self", "negatable": False},
    ),
    # dying by her own hand named beside the death: "denk ans Sterben. ans selber Sterben",
    # "ich denke viel an sterben, selber machen"
    (
        "thoughts",
        r"(?:ans|an das|an) (?:selber|selbst|selbstbestimmt) (?:sterben|machen|beenden)|(?:ans|an|an das) sterben (?:\w+ )?(?:selber|selbst) (?:machen|tun|herbeifuhren)",
        {"owner": "self"},
    ),
    # the impersonal infinitive that is hers: "der Gedanke, sich das Leben zu nehmen, läuft bei
    # mir im Hintergrund", "der Gedanke sich umzubringen lässt mich nicht los"
    (
        "thoughts",
        r"(?:gedanke|gedanken|idee|vorstellung) (?:daran |dran )?(?:{SICH}) (?:\w+ )?(?:das leben zu nehmen|umzubringen|zu toten|aufzuhangen|zu erhangen|selbst zu toten) (?:\w+ ){0,4}(?:bei mir|mich|mir|mi|mia|ich|i)",
        {"owner": "self"},
    ),
    # knowing which pills and how many: "ich weiß genau welche Tabletten und wie viele"
    # (not a dose plan: "welche Tabletten und wie viele ich morgens nehmen muss")
    (
        "method",
        r"(?:weiss|weis|woass|wees|weiss jetzt|weiss schon) (?:\w+ ){0,2}(?:welche|was fur) (?:{PILL}) (?:\w+ )?und (?:wie viele|wieviele|wie viel|wieviel|welche menge|welche dosis)(?! (?:\w+ ){0,3}(?:morgens|abends|mittags|taglich|am tag|pro tag|nehmen muss|nehmen soll|einnehmen muss|verschrieben|erlaubt) )",
        {"owner": "self"},
    ),
    # knowing where someone's gun is: "I weiss wo s Sturmgwehr vom Ruedi isch"
    (
        "method",
        r"(?:weiss|weis|woass|wees) (?:genau |jetzt |scho |schon )?wo (?:\w+ ){0,2}(?:{GUN}) (?:\w+ ){0,3}(?:ist|isch|is|liegt|lit|steht|stoht|hangt|versteckt|aufbewahrt)",
        {"owner": "self", "weak": True},
    ),
    # a harmless purpose denied in a clause of its own: "vor den Seilen gestanden. nicht für
    # den Garten", "frag nicht fürs Kochen", "die Dosis hochstellen. nicht wegen Schmerzen"
    (
        "method",
        r"(?:{START})(?:und |aber |frag )?nicht (?:fur|furs|zum|zur|wegen|wegn) (?:den |die |das |der |dem |de |d )?(?:garten|gartn|kochen|koche|schmerzen|schmerz|klettern|camping|umzug|basteln|heizen|boot|zelt|wasche|grillen|putzen|schlafen)(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # "hab mir gewünscht ..." is under the wishes above; the whole thing over, and welcome:
    # "könnt auch morgen alles vorbei sein, wär mir recht"
    (
        "wish_dead",
        r"alles (?:\w+ ){0,2}(?:vorbei|zu ende|aus) (?:sein |ist |is |ware |war )?(?:ware|war|wars|ist|is) (?:mir|mia) (?:das |des |es )?(?:\w+ )?(?:recht|egal|lieb|wurscht)",
        {"owner": "self"},
    ),
    # going to the dead: "ich gehe jetzt zu meine Mama in Himmel"
    (
        "wish_dead",
        r"(?:geh|gehe|gang|komm|komme|fahr|fahre) (?:\w+ ){0,2}zu (?:meine|meiner|meinem|meinen|mein|mama|papa|mami|ihm|ihr) (?:\w+ )?(?:in den himmel|in himmel|im himmel|ins jenseits|nach oben|da oben|dort oben)",
        {"owner": "self"},
    ),
    # a goodbye in the conditional: "wenn ihr von mir nix mehr hört, wisst ihr warum"
    (
        "goodbye",
        r"(?:wenn|falls) (?:ihr|du|sie) (?:\w+ ){0,2}(?:nichts|nix|nie|nimmer) (?:mehr |wieder )?(?:von mir |vo mir )?(?:hort|horst|horen|hoert) (?:\w+ )?(?:wisst|weisst|wissen|wist) (?:ihr|du|sie) (?:warum|wieso|weshalb|bescheid)",
        {"owner": "self", "negatable": False},
    ),
    # the means with what follows: "wenn ich alle nehme, hört es auf", "wenn ich alles auf
    # einmal spritz, merkt das keiner"
    (
        "method",
        r"(?:wenn|falls) (?:{ICH}) (?:\w+ )?(?:{QUANTITY}) (?:\w+ ){0,2}(?:nehm|nehme|schluck|schlucke|spritz|spritze|einnehm|einnehme|trink|trinke) (?:dann |denn )?(?:hort es auf|hort das auf|horts auf|hort alles auf|ist es vorbei|ists vorbei|is es vorbei|ist alles vorbei|ist schluss|ist ruhe|merkt (?:das|es|des) (?:\w+ )?(?:keiner|niemand)|wach (?:ich|i) (?:nicht|nimmer|nie) (?:mehr )?auf|bin (?:ich|i) tot|reicht (?:das|es|des))",
        {"owner": "self"},
    ),
    # "hab genug Tabletten für einmal" (not for the holidays)
    (
        "method",
        r"(?:hab|habe|hob|han) (?:jetzt |schon |endlich |inzwischen )?genug (?:{PILL}) (?:\w+ )?(?:fur einmal|fur das eine mal|fur alle male|fur immer|fur ein ende|beisammen|zusammen|gesammelt|gebunkert|um zu sterben|dass es reicht|das es reicht)",
    ),
    # scalding on purpose: "heißes Wasser über die Hände laufen lassen, bis es nicht mehr geht"
    (
        "self_harm",
        r"(?:heisses|heiss|kochendes|kochend|siedendes|siedend) wasser (?:\w+ ){0,4}(?:laufen lassen|laufen gelassen|gekippt|geschuttet|gegossen|gehalten|halte|halt) (?:\w+ ){0,3}bis (?:es |sie |die haut )?(?:nicht mehr geht|nimmer geht|weh tut|wehtut|brennt|blasen|rot (?:ist|sind|wird|werden)|sich blasen)",
        {"owner": "self"},
    ),
    # a crash at speed as a way: "hab überlegt, mit 180 gegen nen Brückenpfeiler"
    (
        "method",
        r"(?:uberlegt|gedacht|dran gedacht|uberleg|uberlege|will|wollte|mochte|denk|denke) (?:\w+ ){0,3}(?:mit (?:\d+|vollgas|voller geschwindigkeit|hundertachtzig)|ungebremst|vollgas) (?:\w+ )?(?:gegen|in|unter) (?:nen|einen|den|ne|eine|die|an|n) (?:\w+ )?(?:bruckenpfeiler|pfeiler|baum|mauer|betonwand|wand|lkw|laster|brucke|gegenverkehr)",
        {"owner": "self"},
    ),
    # a gun turned on herself: "ich denke oft daran, sie gegen mich zu richten"
    (
        "method",
        r"(?:denk\w*|gedanke\w*|uberleg\w*|will|mochte|wurde|wurd|konnte) (?:\w+ ){0,3}(?:{GUN}|sie|ihn|es) gegen (?:mich|mi) (?:selbst |selber )?(?:zu richten|richten)",
        {"owner": "self"},
    ),
    # an attempt named by where it led: "nach einem Versuch in der Klinik", Swiss "nach emne
    # Versuech i de Klinik" (dated by the clause: "vor 15 Jahr")
    (
        "attempt",
        r"nach (?:einem|meinem|dem|emne|emene|em|nem|mim|mein) (?:suizidversuch|selbstmordversuch|versuch|versuech|versuach) (?:\w+ ){0,2}(?:in der|in die|i de|i d|auf der|auf die|uf de|uf d|in einer) (?:\w+ )?(?:klinik|psychiatrie|psychi|intensivstation|intensiv|notaufnahme|geschlossenen|geschlossene)",
        {"owner": "self"},
    ),
    # hurting as a way through the worst: "hab mich verbrannt, wenns schlimm war", "ich ritz
    # mich, wenn es zu viel wird" (not a burn "beim Kochen")
    (
        "self_harm",
        r"(?:(?:{ME}) (?:\w+ )?(?:verbrannt|verbrennt|verbrenne|verbrenn|geritzt|geschnitten|gschnitten|schneide|schneid|gebrannt|verletzt|verletze|verletz)|(?:verbrenn|verbrenne|schneid|schneide|ritz|ritze|verletz|verletze) (?:{ICH} )?(?:{ME})) (?:\w+ )?(?:wenn|wenns|wann|immer wenn|sobald|sobalds) (?:es |s |alles |mir )?(?:\w+ )?(?:schlimm|zu viel|zuviel|zu arg|arg|nicht mehr ging|nimmer ging|nicht mehr geht|schlecht ging|schlecht geht|uberhand)",
        {"owner": "self"},
    ),
    # someone else's gun: "gesagt, dass er sich die Kugel gibt"
    (
        "method",
        r"(?:{SICH}) (?:jetzt |heute |gleich |noch )?(?:die kugel) (?:gibt|geben|gebe|zu geben|gegeben)",
        {"owner": "other"},
    ),
    # reported speech is his: "schreibt, er werde bald niemandem mehr zur Last fallen"
    (
        "burden",
        r"(?:er|sie) (?:werde|wurde|wolle) (?:\w+ )?(?:niemandem|keinem|niemanden) (?:mehr )?(?:zur last|zu last|zur belastung) (?:fallen|sein)",
        {"owner": "other"},
    ),
    # her exit timed: "hab meinen Abgang durchgetaktet: Dienstag 22 Uhr" (not leaving a firm)
    (
        "plan",
        r"(?:mein|meinen|mei|min) (?:\w+ )?abgang(?! (?:aus|vom|von|bei|in|als|nach) )(?: \w+){0,2} (?:geplant|durchgetaktet|durchgeplant|organisiert|vorbereitet|festgelegt|terminiert|getaktet)",
        {"owner": "self", "weak": True},
    ),
    # already dead by then: "Muttertag mach ich nicht mehr mit. Ich bin dann schon tot" (alone
    # it may be a joke about a slow office: weak)
    (
        "plan",
        r"(?:bin|bi) (?:ich |i )?(?:dann|da|bis dahin|bis dann) (?:schon |langst |eh |sowieso )?(?:tot|nicht mehr da|nimmer da|unter der erde)(?= $| (?:so|das|des|hab|und) )|(?:ich|i) (?:bin|bi) (?:ja |eh |doch |sowieso |dann )*bald (?:{NOMORE}) (?:da|hier|auf der welt)(?! (?:\w+ )?(?:weil|zieh|umzug|urlaub|ferien|in|im|bei) )",
        {"owner": "self", "weak": True},
    ),
    # the day chosen by herself: "für die Zeit, wenn ich nicht mehr bin. Diese Zeit habe ich
    # selbst bestimmt"
    (
        "plan",
        r"(?:zeit|zeitpunkt|tag|datum|ende) (?:\w+ )?(?:hab|habe|hob) (?:ich|i) (?:mir )?(?:selbst|selber) (?:bestimmt|festgelegt|gewahlt|ausgesucht|gesetzt)",
        {"owner": "self"},
    ),
    # time running out, said alone: "Lang dauerts nimmer", "Nicht mehr lang hin"
    (
        "plan",
        r"(?:{START})(?:lang|lange) (?:dauerts|dauert es|dauert des|gehts|geht es) (?:{NOMORE})(?= $)|(?:{START})(?:nicht|nimmer|ned) mehr (?:lang|lange) hin(?= $)",
        {"owner": "self", "weak": True},
    ),
    # a verdict or a call as the trigger: "wenn das Gericht morgen gegen mich entscheidet, fahr
    # ich danach direkt zur Kochertalbrücke"
    (
        "plan",
        r"(?:wenn|falls|sobald) (?:\w+ ){1,8}(?:fahr|fahre|geh|gehe|lauf|laufe) (?:ich |i )?(?:dann |danach |direkt |gleich |sofort )*(?:zur|zu der|auf die|an die) (?:\w+ )?(?:\w*brucke|klippe|klippen|staumauer|gleisen|schienen)(?! (?:\w+ )?(?:und|zum|um|mit) )",
        {"owner": "self"},
    ),
    # the formal goodbye: "Sie werden von mir nichts mehr lesen" (not until after a holiday)
    (
        "goodbye",
        r"(?:sie|ihr|du) (?:werden|werdet|wirst) (?:von mir |vo mir )?(?:nichts|nix|nie|nimmer) (?:mehr |wieder )?(?:von mir )?(?:lesen|horen|sehen)(?! (?:\w+ )?(?:bis|vor|wahrend|in den nachsten|die nachsten|diese woche|im urlaub) )",
        {"owner": "self", "negatable": False},
    ),
    # a decision taken: "Ich ha beschlosse, dass ich am 3. März nüme läbe", "hab mir fest
    # vorgenommen, dass ich am Tag seiner Entlassung Schluss mache" (a break-up "mit ihm" is
    # a figure of speech above)
    (
        "plan",
        r"(?:beschlossen|beschlosse|entschieden|entschiede|vorgenommen|vorgnoh|festgelegt) (?:\w+ ){0,2}(?:dass|das) (?:{ICH}) (?:(?!mit )\w+ ){0,8}(?:schluss mache|schluss mach|schluss machen werde|(?:{NOMORE}) (?:{LIVE})|sterbe|sterben werde)(?= $)",
        {"owner": "self"},
    ),
    # pills all at once with drink: "morgens die Tabletten, alle, mit Rotwein"
    (
        "method",
        r"(?:(?:{PILL}) (?:alle|alles|die ganze packung|komplett|zusammen|auf einmal)|(?:{QUANTITY}) (?:\w+ ){0,2}(?:{PILL})) (?:\w+ )?(?:mit|und) (?:\w+ )?(?:rotwein|weisswein|wein|wodka|schnaps|alkohol|whisky|bier|sekt|korn)(?! (?:\w+ )?(?:verboten|vertragen|gefahrlich|nicht) )",
        {"owner": "self"},
    ),
    # the thought of taking them all: "ich denk jede Nacht daran, sie alle auf einmal zu nehmen"
    (
        "method",
        r"(?:denk|denke|dachte|gedanke|gedanken) (?:\w+ ){0,3}(?:sie alle|sie|die alle|(?:die |meine )?(?:{PILL})(?: alle| alles)?) (?:auf einmal|zusammen|gleichzeitig|auf ex) zu (?:nehmen|schlucken|spritzen)",
        {"owner": "self"},
    ),
    # stepping off the platform: "wie einfach es wär, vom Bahnsteig zu steigen" (not into a train)
    (
        "method",
        r"(?:vom|von dem|von der) (?:bahnsteig|bahnsteigkante|bahnsteigrand|perron) (?:\w+ )?(?:zu )?(?:steigen|springen|treten|zu springen|zu treten|fallen lassen|gehen)(?! (?:\w+ )?(?:in|zum|zur|und) )",
        {"owner": "self"},
    ),
    # better had she not survived: "wär für alle einfacher gewesen, wenn ich auf dem OP-Tisch
    # geblieben wär" ("OP-Tisch" folds to "optisch")
    (
        "burden",
        r"(?:einfacher|besser|leichter|billiger) (?:gewesen )?(?:\w+ ){0,3}(?:wenn|falls) (?:ich|i) (?:\w+ ){0,3}(?:(?:auf dem op tisch|auf dem optisch) (?:geblieben|liegen geblieben|gestorben)|(?:bei der op|bei der operation|im op|dabei|damals|beim unfall|im krankenhaus) (?:gestorben|draufgegangen|drauf gegangen)) (?:ware|war|waer)",
        {"owner": "self", "when": "now"},
    ),
    # burning on purpose, held till it stops: "nehm ich das Feuerzeug und halt es mir an die
    # Innenseite vom Oberarm, bis es nicht mehr geht"
    (
        "self_harm",
        r"(?:feuerzeug|kerze|zigarette|kippe|flamme|lotkolben|bugeleisen|glatteisen) (?:\w+ ){0,6}(?:halt|halte|druck|drucke|gehalten|gedruckt) (?:es |sie |ihn )?(?:mir|mia) (?:\w+ ){0,6}(?:bis (?:es |sie )?(?:nicht mehr geht|nimmer geht|weh tut|wehtut|brennt|qualmt|blasen)|bis die haut)",
        {"owner": "self"},
    ),
    # a kitchen tool on her own hand: "hab mir mit dem Fleischklopfer auf die Hand gehauen" (not
    # the hammer on a thumb in DIY)
    (
        "self_harm",
        r"(?:mir|mich) mit (?:dem|der|nem|einem|einer|ner) (?:\w+ )?(?:fleischklopfer|gurtel|kochloffel|nudelholz|pfanne|faust) (?:\w+ ){0,2}(?:auf|gegen|ins|in die|in den) (?:die |den |das |meine |meinen )?(?:hand|hande|kopf|bein|beine|knie|arm|arme|oberschenkel|gesicht|schienbein|bauch) (?:gehauen|geschlagen|gekloppt|gedroschen|gehammert)",
        {"owner": "self"},
    ),
    # a gun as the quick way: "mit die Waffe es wäre so schnell für mich"
    (
        "method",
        r"(?:{GUN}|waffenschrank) (?:\w+ ){0,3}(?:ware|war|waer|wurde|wurd|ging|geht) (?:es |das |des )?(?:so |ganz |sehr )?(?:schnell|einfach) (?:fur mich|vorbei|gehen|gegangen)",
        {"owner": "self"},
    ),
    # a sum done: "ich habe ausgerechnet, dass es mehr als genug wäre" (weak: money is summed too)
    (
        "method",
        r"(?:ausgerechnet|nachgerechnet|berechnet|durchgerechnet) (?:\w+ ){0,2}(?:dass|das) (?:es|sie) (?:mehr als |locker |sicher )?(?:genug|ausreichend|reichen) (?:ware|war|waer|ist|sind|wurde|wurden|wird)(?! (?:\w+ )?(?:fur|furs|bis) )",
        {"owner": "self", "weak": True},
    ),
    # a height judged: "Es wär hoch genug, das weiß ich jetzt" (weak: a ladder, a shelf)
    (
        "method",
        r"(?:{START})(?:es|das|des|der|die) (?:ware|war|waer|ist|is) (?:\w+ )?hoch genug(?= $| (?:das|des|ich|weiss|jetzt) )",
        {"owner": "self", "weak": True},
    ),
    # no longer needed, and neither is she: "wird eh bald nicht mehr gebraucht, ich ja auch nicht"
    (
        "preparatory",
        r"(?:nicht mehr gebraucht|nimmer gebraucht|nicht mehr brauchen|brauch (?:\w+ )?(?:halt |eh |ja )?(?:keinen|keine|kein) mehr)(?: \w+){0,2} (?:ich|mich) (?:ja |eh |halt |doch )*(?:auch nicht|auch nimmer|auch nicht mehr|auch net)",
        {"owner": "self"},
    ),
    # a key left so that she is found: "Wohnungsschlüssel der Nachbarin gegeben, sie soll am
    # Montag mal reinschauen" (weak; not to water the plants while she is away)
    (
        "preparatory",
        r"(?:schlussel|wohnungsschlussel|ersatzschlussel|hausschlussel) (?:\w+ ){0,4}(?:gegeben|abgegeben|dagelassen|hinterlegt|gebracht) (?:\w+ ){0,6}(?:soll|sollen|solle|sollte) (?:\w+ ){0,3}(?:reinschauen|nachschauen|vorbeischauen|nach mir schauen|nach mir sehen)(?! (?:\w+ ){0,4}(?:blumen|katze|kater|hund|post|briefkasten|pflanzen|giessen|futtern|lufte|urlaub|kur|reha|reise|verreist|weg bin) )",
        {"owner": "self", "weak": True},
    ),
    # a wound kept open: "hab mir den Zugang rausgerissen und dann mit dem Fingernagel in die
    # Wunde", "die Naht aufgerissen und mit der Nadel in der Wunde" (both steps: a confused
    # patient tears a line out, a sore itches)
    (
        "self_harm",
        r"(?:{MIR}) (?:\w+ ){0,2}(?:zugang|braunule|infusion|verband|faden|fade|klammern|naht|nahte|pflaster) (?:\w+ )?(?:rausgerissen|rausgezogen|aufgerissen|abgerissen|aufgemacht)(?: \w+){0,3} (?:mit (?:dem|den|der|nem|einem) (?:\w+ )?(?:fingernagel|fingernageln|nageln|nagelschere|nadel|schere)|(?:in|an) (?:die|der|meine|den) (?:wunde|wunden|narbe|narben))",
        {"owner": "self"},
    ),
    # pills laid ready at home: "zuhaus liegen die Pillen schon bereit"
    (
        "preparatory",
        r"(?:liegen|liegt|stehen|steht|sind|hab|habe) {GAPN}(?:{PILL}) (?:\w+ )?(?:schon |alle |jetzt )?(?:bereit|parat|gesammelt|gehortet|gebunkert|zurechtgelegt)(?! (?:\w+ ){0,3}(?:fur|furs|zum) )",
    ),
]

FIGURATIVE = [
    # a goodbye before a holiday or a stay: "wollte mich nur verabschieden, wir fahren morgen in Urlaub"
    r"(?:(?:{WANT}) (?:\w+ ){0,3}|(?:{ICH}) )?(?:verabschieden|verabschiede|verabschied)(?: \w+){0,10} (?:urlaub|kur|reha|reise|ferien|krankenhaus|operation|bis nachste woche|bis morgen|bis bald|bis dann|bis spater|gute nacht)(?: \w+){0,6}",
    # living differently, not dying: "ich will nicht mehr so leben wie bisher", "nicht mehr so
    # leben, mit diesem ewigen Warten" (a complaint about a circumstance, said to change it)
    r"(?:{WANT}) (?:\w+ ){0,2}(?:{NOMORE}) so (?:weiter)?(?:leben|lebn|weitermachen) (?:wie (?:bisher|jetzt|bis jetzt|fruher|immer|die letzten \w+)|mit (?:diesem|dieser|diesen|dem|der|den) (?:ewigen|standigen|ganzen|dauernden|taglichen|dauernd) \w+)(?: \w+){0,6}",
    # a crime story or a film being read: "ich les grad einen Krimi, da bringt sich der Gärtner um"
    r"(?:krimi|krimis|thriller|roman|tatort|hörspiel|horspiel|horbuch|theaterstuck|oper|drehbuch|fernsehfilm|folge)(?: (?!(?:ich|i|mich|mi|mir|mia|mein|meine|meinem|meinen|meiner|aber|seitdem)(?= ))\w+){0,10}",
    # a simile: "der Kredit ist wie eine Schlinge um den Hals"
    r"(?:wie|als ob|so wie) (?:eine |ein |einen |so eine |so ein |der |die )?(?:schlinge|strick|galgenstrick|muhlstein|kugel)(?: \w+){0,6}|(?:kredit|schulden|bank|miete|zinsen|rechnungen|finanzamt)(?: \w+){0,6} (?:schlinge|strick)(?: \w+){0,4}",
    # devotion in the conditional: "für meine Kinder wäre ich bereit zu sterben"
    r"(?:fur|fuer) (?:\w+ ){1,3}(?:ware|war|wurde|wurd) (?:ich|i) (?:\w+ )?bereit (?:zu sterben|zum sterben)(?: \w+){0,3}",
    # heights and depths of everyday life: "hoch genug, dass die Schiffe durchfahren", wading to the knees, a pet scratching itself sore
    r"(?:\w+ ){0,4}hoch genug (?:\w+ ){0,2}(?:dass|das|damit|fur) (?:\w+ ){0,3}(?:schiffe|schiff|boote|lkw|laster|busse|zuge|drunter|durchfahren|durchpassen|durchkommen|passen)(?: \w+){0,3}",
    r"(?:ins wasser|in den see|ins meer|in den fluss|in die ostsee|in die nordsee) (?:\w+ ){0,4}bis (?:zum|zur|zu den|an den|an die|uber die|uber den) (?:bauch|knie|knien|hufte|huften|knochel|knocheln|waden|bauchnabel)(?: \w+){0,4}",
    r"(?:hund|hundin|katze|kater|pferd|hase|baby|kleine|kleiner|enkel|enkelin) (?:\w+ )?(?:kratzt|beisst|leckt|knabbert) sich (?:\w+ ){0,4}(?:wund|blutig|bis)(?: \w+){0,4}",
    r"(?:wenn|sobald|solange) (?:ich|i) (?:\w+ )?weg (?:bin|bi) (?:\w+ ){0,4}(?:in ruhe|ungestort) (?:\w+ )?(?:fernsehen|fussball|schauen|lesen|arbeiten|telefonieren|schlafen|aufraumen|zocken|feiern|kochen)(?: \w+){0,3}",
    # the idiom of futile effort: "ich könnte meinen Kopf gegen die Wand hauen"
    r"(?:konnte|konnt|kannst|mochte|mocht|wurde|wurd) (?:\w+ ){0,4}(?:kopf|schadel|stirn) (?:\w+ ){0,2}gegen (?:\w+ ){0,2}(?:wand|mauer|tur)(?: \w+){0,3}",
    # a pet minded, a day chosen, a window sealed for ordinary reasons
    r"(?:(?:soll|sollen|sollst|kann|konnt|muss) (?:\w+ ){0,2})?(?:katze|kater|hund\w*|tiere|vogel|wellensittich) (?:\w+ ){0,8}(?:solange|wahrend|wenn|weil) (?:ich|i) (?:\w+ ){0,4}(?:urlaub|reha|kur|krankenhaus|klinik|verreist|unterwegs|auf reise)(?: \w+){0,3}",
    r"(?:hab|habe|hob) (?:mir )?(?:\w+ ){0,4}(?:ausgesucht|ausgewahlt|festgelegt) (?:fur|zum|zur) (?:die |den |das |eine |einen |unser |unsere )?(?:\w+ )?(?:feier|fest|party|geburtstag|treffen|besuch|ausflug|hochzeit|umzug|essen|urlaub|termin|reise|familienfeier)(?: \w+){0,3}",
    r"(?:fenster|tur|turen) (?:\w+ ){0,3}(?:abgedichtet|abdichten|abzudichten) (?:\w+ ){0,4}(?:winter|kalte|zugluft|heizung|heizkosten|energie|schimmel|regen)(?: \w+){0,3}",
    # leisure on a bridge or by the tracks: "stand auf der Brücke und hab die Boote fotografiert"
    r"(?:stand|steh|stehe|sitz|sitze|sass|war) (?:\w+ ){0,4}(?:\w*brucke|gleisen|ufer) (?:\w+ ){0,8}(?:fotografiert|fotografieren|fotografiere|gefuttert|futtere|futtern|enten|boote|schiffe|sonnenuntergang|aussicht|spazieren|angeln|an die zeit gedacht)(?: \w+){0,3}",
    r"(?:quasi |sozusagen |eine art |so etwas wie |sowas wie )?(?:abschiedsbrief|abschiedsnachricht|abschiedsbriefe) (?:\w+ ){0,4}(?:so nenn ich|so nenne ich|sozusagen|quasi|im ubertragenen sinn|gewissermassen)(?: \w+){0,3}|(?:quasi|sozusagen|eine art|so etwas wie|sowas wie) (?:einen |ein )?(?:abschiedsbrief|abschiedsnachricht)",
    r"(?<= )(?:ist|ware|war|waer|is|wars|wärs) (?:doch |ja |echt |reiner |der reine |glatter |purer |politischer |beruflicher |quasi |praktisch )?(?:selbstmord|suizid)(?= $| (?:bei|fur|mit|ich|so|das|des|und|lol|haha) )(?: \w+){0,4}",
    # "ich sterbe vor Hunger", "zum Sterben schön", "ich lach mich tot"
    r"(?:(?:{WANT}) (?:\w+ ){0,3})?(?:sterbe|sterb|sterben|stirbt|gestorben|fast gestorben|sterbn|tot|tod) (?:\w+ ){0,2}vor (?:hunger|durst|lachen|langeweile|neugier|hitze|kalte|scham|angst|schreck|sehnsucht|peinlichkeit|mudigkeit|aufregung|freude|lust|muskelkater|neid|stress|schmerzen|kalt|gier|ungeduld|spannung|sorge)",
    r"(?:zum sterben|zum niederknien) (?:schon|langweilig|gut|mude|heiss|kalt|lecker|suss|teuer)|sterbenslangweilig|sterbenselend|todlangweilig|todschick|todmude|todmud|todernst|todsicher|mausetot",
    r"(?:lach|lache|lachen|gelacht|lacht|lachte) (?:\w+ ){0,3}(?:tot|tod|kaputt|schlapp|krumm|schief|einen ast)|totlachen|totgelacht|totlach",
    # "das bringt mich um", "der Verkehr bringt mich noch um", "was mich nicht umbringt"
    r"(?:bringt|bringen|bringst|brachte|brachten|bringts) (?:\w+ ){0,3}(?:mich|mi|einen|dich|mir) (?:\w+ ){0,3}(?:um|noch um|ins grab)|was (?:mich|einen|uns|dich) (?:\w+ )?nicht umbringt(?: \w+){0,3}",
    r"(?:zeit|die zeit|stunden|den tag) (?:\w+ )?(?:totschlagen|totgeschlagen|totzuschlagen|tot schlagen|tot)|(?:schlag|schlage|schlagt|schlugen) (?:\w+ )?(?:die )?zeit tot",
    # self-annoyance idioms: "ich könnt mich erschießen, hab den Schlüssel vergessen"
    r"(?:konnt|konnte|konnten|kunnt|kannt) (?:ich |i )?(?:mich|mi) (?:\w+ )?(?:selbst |selber )?(?:erschiessen|ohrfeigen|erschlagen|in den hintern beissen|in den arsch beissen|in den arsch treten|treten|verfluchen)(?: \w+){0,12}",
    r"(?:konnt|konnte|kunnt) (?:ich |i )?(?:mich|mi) (?:\w+ )?(?:umbringen|aufhangen)(?= (?:\w+ ){0,8}(?:vergessen|verpasst|liegen lassen|verschlafen|verloren|verbockt|kaputt gemacht|vertan|verwechselt|lol|haha|hahaha|schlussel|dumm|blod|doof|idiot|trottel|depp|mist) )(?: \w+){0,12}",
    # "für ihn würde ich sterben"
    r"(?:(?:{WANT}|wurde|wurd|wuerde) (?:\w+ ){0,2})?(?:fur|fuer) (?:ihn|sie|dich|euch|meine kinder|mein kind|meinen sohn|meine tochter|meine enkel|meine familie|die kinder|meine \w+|meinen \w+) (?:\w+ ){0,3}(?:sterben|gestorben|mein leben geben)",
    # natural death and old age: "wenn ich mal nicht mehr da bin", "irgendwann bin ich halt nicht mehr da"
    r"(?:wenn|falls) (?:ich|i) (?:mal|einmal|eines tages|irgendwann|dereinst) (?:\w+ )?(?:nicht mehr da|nimma da|tot|gestorben|weg|nicht mehr) (?:bin|bi|sei)(?: \w+){0,10}|(?:irgendwann|eines tages|fruher oder spater) (?:\w+ ){0,4}(?:nicht mehr da|tot|sterben|gestorben|weg)(?: \w+){0,8}",
    r"(?:(?:{WANT}) (?:\w+ ){0,2})?(?:zu hause|daheim|in wurde|im kreis (?:\w+ )?familie|friedlich|im schlaf|im eigenen bett|in ruhe|alt und grau|im alter) (?:\w+ )?(?:sterben|sterbe|einschlafen)(?: \w+){0,3}",
    # accidents: a cut while cooking, a burn on the baking tray, roses
    r"(?:{ME}|sich|mi) (?!(?:\w+ )*?(?:absichtlich|bewusst|mit absicht|extra|um zu|damit ich|ritz\w*|geritzt|wieder geschnitten) )(?:\w+ ){0,6}(?:beim|bei der|bei dem|am|an der|an dem|an den|an einem|an einer|in den|im) (?:\w+ ){0,2}(?:kochen|schneiden|zwiebelschneiden|zwiebel\w*|gemuse\w*|brot\w*|speck\w*|fleisch\w*|kartoffel\w*|rasieren|schalen|basteln|gartenarbeit|garten|rosen|rosenschnitt|dornen|backblech|herd|herdplatte|ofen|bugeleisen|topf|pfanne|dose|glas|papier|heckenschere|rasenmaher|werkzeug|arbeit|sport|fussball|joggen|wandern|sturz|fahrrad|radfahren|putzen|aufraumen|umzug|handwerken|heimwerken|reparieren|abwaschen|spulen|fensterputzen|scherben|holzhacken|holzmachen|axt|beil|stacheldraht|sense|sichel|heckenschneiden|nahen|stricken|finger|daumen|fingerkuppe|zeigefinger|apfel\w*|kuchenmesser|brotmesser|kuche|grill|grillen|backen|platzchen|auflauf)(?: \w+){0,8}",
    r"(?:(?:{ME}|sich) (?:\w+ ){0,3})?(?:aus versehen|versehentlich|unabsichtlich|ausgerutscht|ungeschickt|blod wie ich bin|tollpatsch\w*)(?: \w+){0,6}",
    r"(?:finger|daumen|nase|nasenbluten|zahnfleisch|lippe|knie|periode|regel|zahn|zahnarzt|fingerkuppe|rasur|rasierer) (?:\w+ ){0,6}(?:blutet|blutung|blut|geblutet|bluten)(?: \w+){0,6}",
    # titles and mass words
    r"tote madchen lugen nicht|club der toten dichter|stirb langsam|die toten hosen|toten hosen|kill bill|killing me softly|suicide squad|tatort|polizeiruf|der tod steht ihr gut|tod auf dem nil|die brucke am kwai|die brucke von arnheim|sterben fur anfanger|todeszone",
    r"(?:bist|seid|ist|sind|war|wirkt|wirken|fahrt|fahren|fahrst|klettert|kletterst|springt|springst) (?:du|ihr|der|die|er|sie|das|des|ja|wohl|denn|eigentlich) (?:\w+ ){0,2}lebensmud\w*|lebensmud\w* (?:fahrer|fahrweise|aktion|idee|manover|typen|radfahrer|autofahrer|biker|kletterer|aktionen)",
    # anger at someone, not a wish: "soll er doch verrecken", "ich bring ihn um"
    r"(?:soll|sollen) (?:\w+ ){0,2}(?:verrecken|krepieren|sterben|tot umfallen)|(?:bring|bringe) (?:ich |i )?(?:ihn|sie|euch|den|die|meinen \w+|meine \w+) (?:\w+ ){0,3}um|(?:bring|bringe) (?:ich|i) dich (?:\w+ ){0,3}um",
    # break-ups: "mit ihm Schluss machen", "hat Schluss gemacht"
    r"(?:mit|zwischen) (?!allem |alles |mir |dem leben |meinem leben |der welt |dem ganzen |ois |dem gedanken |den gedanken |gedanken )(?:\w+ ){1,3}(?:schluss|schlus) (?:zu )?(?:mach\w*|gemacht)(?: \w+){0,3}|(?:schluss|schlus) (?:zu )?(?:mach\w*|gemacht) mit (?!allem|alles|mir|dem leben|meinem leben|der welt|dem ganzen|ois)(?:\w+ ){0,3}|(?:schluss|schlus) (?:fur heute|fur jetzt|mit lustig|mit der arbeit|fur diese woche)",
    # diving and swimming, idioms
    r"(?:vom|von dem) (?:dreimeterbrett|funfmeterbrett|zehnmeterbrett|sprungbrett|zehner|dreier|beckenrand|steg|boot)(?: \w+){0,6}|(?:ins kalte wasser|uber (?:meinen|seinen|ihren|den) schatten) (?:\w+ )?(?:springen|gesprungen|spring)|(?:fallschirm|bungee|paragliding)(?: \w+){0,6}",
    r"(?:kopf|schadel) (?:\w+ )?(?:gegen|durch) die wand (?:rennen|laufen|renne|laufe|gerannt)",
    r"(?:katze|kater|katzen|hund|vogel|eichhornchen|marder|affe|ziege) (?:\w+ ){0,3}(?:springt|springen|gesprungen|sprang|sturzt)(?: \w+){0,6}",
    r"(?:alle|all|meine) (?:\w+ ){0,3}(?:tabletten|medikamente|pillen) (?:\w+ ){0,3}(?:fur heute|fur den tag|wie verschrieben|wie immer|von heute|zum fruhstuck)(?: \w+){0,3}",
    # medicines laid out for the morning, an engine warmed up in the garage
    r"(?:{PILL}) (?:\w+ ){0,3}(?:bereit|hingelegt|gerichtet|vorbereitet|hergerichtet) (?:\w+ ){0,3}fur (?:morgen fruh|morgen|den morgen|das fruhstuck|die woche|den tag|morgens|die nacht|den urlaub|die reise|die kur|die reha|die fahrt)(?: \w+){0,4}",
    r"(?:motor|auto|wagen) (?:\w+ ){0,8}(?:um (?:ihn|es|den motor|das auto|den wagen) (?:\w+ )?(?:zu warmen|aufzuwarmen|warmzumachen|vorzuwarmen)|warmlaufen|warm laufen|zum enteisen)(?: \w+){0,4}",
    # a goodbye for now: "tschüss an alle, bis nächste Woche"
    r"(?:tschuss|tschus|ciao|servus|adieu|ade|bye|pfiat di|bis dann)(?: \w+){0,3} bis (?:nachste woche|nachsten \w+|morgen|bald|dann|spater|gleich|zum nachsten mal|nachher|demnachst|{DAY})(?: \w+){0,3}",
    # hyperbole about a nuisance: "wenn ich noch einmal die Warteschleife hören muss, spring ich aus dem Fenster"
    r"(?:wenn|falls) (?:ich|i) (?:noch )?(?:einmal|ein mal|nochmal|noch mal|ein einziges mal|ein weiteres mal) (?:\w+ ){0,8}(?:horen|sehen|ertragen|machen|lesen|warten) (?:muss|mus) (?:spring|springe|sturz|sturze|erschiess|erschiesse|bring|hang|hange|werf|werfe)(?: \w+){0,8}",
    r"(?:konnt|konnte|kunnt) (?:ich |i )?(?:mir|mich) (?:gleich |glatt )(?:die pulsadern|die kugel|den strick|einen strick)(?: \w+){0,6}",
    # a nuisance: "wenn ich noch einmal X höre / zum Y muss, spring ich / springt sie"
    r"(?:wenn|falls) (?:ich|i|er|sie|der|die|mein \w+|meine \w+) (?:noch )?(?:einmal|ein mal|nochmal|noch mal|noch eine|noch ein|noch einen|eine|einen) (?:\w+ ){0,6}(?:hor|hore|horen|seh|sehe|sieht|sehen|les|lese|liest|lesen|(?:zum|zur|zu|ins|in den|in die) \w+ (?:muss|mus|gehen muss|fahren muss))(?: \w+){0,2} (?:spring|springe|springt|hang|hange|hangt|sturz|sturze|sturzt|erschiess|erschiesse|erschiesst|werf|werfe|wirft)(?: \w+){0,8}",
    # titles: a song that is called ..., a film or book about someone
    r"(?:lied|song|titel|schlager|refrain) (?:\w+ ){0,3}(?:heisst|hiess|namens|mit dem titel)(?: \w+){0,12}|spring\w* (?:\w+ ){0,4}in (?:dein|mein|sein|ihr|unser) herz",
    r"(?:film|buch|roman|serie|doku|dokumentation|filmkreis|theaterstuck|horspiel|artikel|bericht) (?:\w+ ){0,5}uber (?:den|die|das|einen|eine|ein)(?: (?!(?:ich|mich|mir|mein|meine|aber|seitdem) )\w+){0,10}|(?:film|serie|buch|roman|theaterstuck) (?:\w+ ){0,3}mit (?:dem|der|einem|einer|den) (?:\w+ )?(?:mann|frau|jungen|madchen|typ|kerl|helden|heldin|figur|hauptfigur|schauspieler|schauspielerin)(?: (?!(?:ich|mich|mir|mein|meine|aber|seitdem) )\w+){0,14}",
    # "der Muskelkater, der mich umbringt"
    r"(?<=der |die |das |was )(?:mich|mi|einen) (?:\w+ ){0,2}(?:noch )?(?:umbringt|umbringen wird|umbringen wurde|killt)(?: \w+){0,4}",
    # tormenting oneself with pictures and thoughts
    r"(?:mich|mi) (?:selbst|selber) (?:damit )?(?:gequalt|quale|qual)(?= $| (?:mit|damit|indem|durch|und) )(?: \w+){0,4}",
    # itching: a bite scratched until it bled
    r"(?:muckenstich\w*|stich|stiche|ausschlag|neurodermitis|ekzem|juckt|jucken|juckreiz|sonnenbrand|allergie|schorf) (?:\w+ ){0,8}(?:gekratzt|kratz|kratze|blutet|geblutet)(?: \w+){0,4}|(?:gekratzt|kratz|kratze) (?:\w+ ){0,6}(?:muckenstich\w*|stich|stiche|ausschlag|neurodermitis|ekzem|juckt|jucken|juckreiz)(?: \w+){0,4}",
    # a last message in a group or an office handed on: "letzte Nachricht von mir in der
    # Elternbeirat-Gruppe, ich tret zurück"
    r"(?:letzte|allerletzte) (?:nachricht|worte|post|beitrag) (?:\w+ ){0,3}(?:in der|in dieser|in die|im|in diesem|als) (?:\w+ ){0,2}(?:\w*gruppe|\w*chat|\w*forum|\w*verteiler|\w*beirat|vorsitzende|vorsitzender|admin|kassenwart\w*|klassensprecher\w*|elternsprecher\w*)(?: \w+){0,4} (?:zuruck|rucktritt|amt|nachfolger\w*|nachfolge|abgeben|abgegeben|aufhoren|hor auf|oma|rente|ruhestand|umzug|ziehe weg|zieh weg|schuljahr|saison|verabschiede\w*)(?: \w+){0,6}",
    # a joke with its own punchline: "ich würd mich ja aus dem Fenster stürzen, aber ich wohn
    # im Erdgeschoss"
    r"(?:{ME}) (?:\w+ ){0,8}aber (?:ich |i |wir )?(?:wohn|wohne|wohnen|leb|lebe) (?:\w+ ){0,2}(?:im erdgeschoss|im parterre|parterre|im hochparterre|ebenerdig|im souterrain|im keller|in einem bungalow|im bungalow)(?: \w+){0,6}",
    # a cancellation for disuse or price: "Fitnessstudio gekündigt, war seit März nicht mehr da"
    r"(?:zeitung|abo|abos|fitnessstudio|mitgliedschaft|verein|gym|handyvertrag|vertrag|vertrage|versicherung|zeitungsabo|abonnement|theaterabo) (?:\w+ ){0,4}(?:gekundigt|abbestellt|storniert|abgemeldet) (?:\w+ ){0,10}(?:seit (?:\w+ ){0,2}nicht mehr (?:da|dort|hin|hingegangen|gewesen|trainiert)|nie (?:da|dort|hin|genutzt)|nicht genutzt|zu teuer|billiger|gunstiger|lieber (?:spazieren|joggen|laufen|radfahren|drauss\w*|schwimmen|wandern|zu hause|daheim)|(?:euro|eur|franken) (?:im|pro|a) monat|umgezogen|wechsle|gewechselt)(?: \w+){0,4}",
    # passwords written down in case of a stay in hospital, as the television advised
    r"(?:passworter|passwort|passwoerter|zugangsdaten|kontodaten|bankdaten|kennworter|geheimzahl|pins) (?:\w+ ){0,12}(?:falls|fur den fall|wenn) (?:ich|i|man) (?:mal |einmal |mal plotzlich )?(?:\w+ ){0,2}(?:ins krankenhaus|in die klinik|ins spital|krank werde|dement|vergesslich|in den urlaub)(?: \w+){0,12}|(?:passworter|passwort|zugangsdaten|kennworter) (?:\w+ ){0,12}(?:im fernsehen|in der zeitung|verbraucherzentrale|ratgeber|empfohlen)(?: \w+){0,6}",
    # provision made "for all cases": a will, a grave, an undertaker
    r"(?:testament|grabstelle|grab|bestatter|bestattung\w*|vorsorgevollmacht|patientenverfugung|angelegenheiten|papiere|unterlagen)(?: \w+){0,20} (?:im fall der falle|fur den fall der falle|fur alle falle|solange ich (?:noch )?(?:gesund|fit|klar im kopf) bin)(?: \w+){0,3}",
]

DENIAL = [
    # someone asks, worries or fears: "Alle fragen mich ob ich sterben will"
    r"(?:fragt|fragen|gefragt|fragte|fragten|frag(?! (?:mich|mi) )|wissen wollen|wollte wissen|wollen wissen|wissen will|sorgt sich|sorgen sich|sorgen gemacht|macht sich sorgen|machen sich sorgen|besorgt|befurchtet|befurchten|unterstellt|denkt jeder|denken alle|glauben alle|glaubt jeder|(?:hat|haben|hatte|hatten) angst|(?:hat|haben) sorge) (?:\w+ ){0,6}(?:ob|dass|das|weil) (?:ich|i|ig)(?: (?!(?:aber|doch|jedoch|sondern|trotzdem|ehrlich) )\w+){0,8}",
    # a negation after the verb: "sterben will ich nicht", "Selbstmordgedanken hab ich keine"
    r"(?:selbstmord\w*|suizid\w*|todesgedanken|gedanken (?:daran|an den tod|an selbstmord|an suizid)|umbringen|sterben|tot sein|mir (?:was|etwas) antun|das leben nehmen|lebensmud\w*|suizidal|ritzen|schluss machen) (?:will|mochte|werde|wurde|wurd|habe|hab|hatte|hatt|tu|tue|mach|mache|denk|denke|bin|war|kann|mag|mog|muss) (?:ich|i) (?:\w+ )?(?:nicht|nich|ned|net|nid|nie|niemals|keine|keinen|kein|koane|koa|keinesfalls)(?! (?:so|mehr so|lange|nur) )",
    r"(?:ich|i) (?:bin|war) (?:\w+ )?(?:nicht|nich|ned|net|nid|kein|keine|koa) (?:\w+ )?(?:suizidal|suizidial|suizidgefahrdet|selbstmordgefahrdet|lebensmud\w*|gefahrdet)",
    # "nie würde ich mich umbringen", "niemals würde ich mir was antun"
    r"(?:nie|niemals|nimmer|keinesfalls|auf keinen fall) (?:wurde|wurd|werde|werd|will|konnte|konnt|tat|kann) (?:ich|i)(?: \w+){0,6}",
    r"(?:nicht|nich|ned|net|nid|nit) (?:dass|das) (?:ich|i)(?: \w+){0,7}",
    r"(?:gleich|sofort|immer|alle|jeder|die leute|alle leute|gleich alle) (?:\w+ )?(?:denken|denkt|glauben|glaubt|meinen|meint) (?:\w+ ){0,2}(?:dass |das )?(?:ich|i)(?: \w+){0,8}",
    r"(?<=^ )(?:mir|mich|mi|mia) (?:\w+ ){0,2}(?:das leben nehmen|was antun|etwas antun|umbringen|toten|aufhangen|was anzutun)(?= $)",
    r"(?:wenn|wann) (?:ich|i) (?:sag|sage|schreib|schreibe|gesagt hab|geschrieben hab|gsagt hab) (?:\w+ ){0,6}(?:dann )?(?:mein|meine|mein ich|meine ich) (?:ich |i )?(?:das|des|es) (?:nicht|nich|ned) so",
    r"(?:keine sorge|keine angst|keine panik|koa angst|koa sorg|koane sorge|keine sorg|keine sorgen)(?: \w+){0,3} (?:ich|i) (?:\w+ ){0,6}(?:nix|nichts|nie|nicht|niemals|ned|nich)(?: \w+){0,4}",
    r"(?:hab|habe|hatte) (?:\w+ ){0,3}(?:keine|keinerlei|nie|niemals|koane) (?:\w+ )?(?:selbstmordgedanken|suizidgedanken|solchen gedanken|solche gedanken)(?: \w+){0,6}",
    r"(?:will|mochte|mag) (?:(?!(?:{NEGWORD}|so) )\w+ )?(?:leben|lebn|weiterleben|alt werden|noch lange leben)(?= $| (?:und|aber|nur) )(?: \w+){0,6}",
    # "ich würde meinem Leben nie ein Ende setzen", "ich werde mir nichts antun"
    r"(?:ich|i) (?:wurde|wurd|werde|werd|will|konnte|kann|tat|tu|tue) (?:\w+ ){0,3}(?:nie|niemals|nimmer|keinesfalls|nicht|nichts|nix) (?:\w+ ){0,3}(?:ein ende setzen|ein ende machen|antun|umbringen|das leben nehmen|toten|suizid begehen|selbstmord begehen)",
    # "keinerlei Absicht, mir etwas anzutun", "Selbstmord ist für mich keine Option"
    r"(?:keine|keinerlei|nicht die) (?:\w+ )?(?:absicht|plane|plan|vorhaben|gedanken)(?: \w+){0,3} (?:mir|mich) (?:\w+ ){0,2}(?:anzutun|umzubringen|das leben zu nehmen|zu toten)",
    r"(?:selbstmord|suizid|mich umbringen|mir das leben nehmen) (?:ist|war|ware) (?:\w+ ){0,4}(?:keine option|keine losung|kein thema|nie eine option|ausgeschlossen|keine alternative)",
    # "nicht weil ich sterben will", "ich schneid mich nicht"
    r"nicht weil (?:ich|i) (?:\w+ ){0,3}(?:sterben|tot sein|mich umbringen|mir was antun) (?:will|mochte|wollte|mocht)(?: \w+){0,4}",
    r"(?:schneid|schneide|ritz|ritze|verletz|verletze|schlag|schlage) (?:{MICH}) (?:\w+ )?(?:nicht|nich|ned|net|nie|niemals)(?= $| (?:und|aber|mehr|keine) )(?: \w+){0,3}",
    # "weder die Absicht noch den Wunsch, mir etwas anzutun"; "nicht in Lebensgefahr"
    r"weder (?:\w+ ){0,4}noch (?:\w+ ){0,3}(?:mir|mich) (?:\w+ ){0,2}(?:anzutun|umzubringen|das leben zu nehmen|zu toten|zu verletzen|weh zu tun)",
    r"(?:nicht|nich|keineswegs|keinesfalls) (?:\w+ ){0,2}in (?:lebensgefahr|gefahr) (?:bin|befinde|schwebe)(?: \w+){0,6}",
]

NEGATOR = (
    r"nicht|nich|nit|net|ned|nid|nod|nie|niemals|nimmer|kein|keine|keinen|keinem|keiner|keines|"
    r"keinesfalls|nix|nichts|niemand|niemandem|niemanden|koa|koan|koane|koana|kei|keini|"
    r"nope|aufgehort|aufghort|nimmermehr|ohne"
)
BREAKER = (
    r"mehr|aufhoren|aufhor|aufhort|loswerden|los|verdrangen|abschutteln|abstellen|"
    r"ertragen|aushalten|helfen|hilft|sicher|weiss|woass|weis|wie|warum|wieso|weshalb|ob|"
    r"wenn|falls|aber|sondern|und|dass|das|weil|denn|obwohl|trotzdem|doch|bis|ausser|sagen|"
    r"zugeben|verstehen|vorstellen|glauben|glaub|glaube|stoppen|kontrollieren|unterdrucken|"
    r"dann|sonst|also|deshalb|darum|trotzdem|besser|einfacher|leichter|gescheiter"
)
SELF_CUE = r"ich|i|ih|ig|mich|mi|mir|mia|mein|meine|meinen|meinem|meiner|meins|mei|meim|selbst|selber|man|ma"
OTHER_CUE = (
    r"er|sie|ihn|ihm|jemand|"
    r"jemandem|xich|xmich|xmir|xi|xmein|xmeine|"
    r"(?:mein|meine|meinem|meiner|meinen|meim|mei|min|mini|mim|minere|minem|unser|unsere|unserem|unserer|unseren|sein|"
    r"seine|seinem|seiner|seinen|ihr|ihre|ihrem|ihrer|ihren|der|die|den|dem|des|eine|ein|"
    r"einen|einem|einer) (?:\w+ )?(?:{PERSON})|(?:{PERSON}) von (?:meiner|meinem|der|dem|einer|einem) \w+|"
    r"\w+ (?:\w+ )?(?:sagt|sagte|schreibt|schrieb|meint|meinte|droht|drohte|postet|postete|"
    r"textet|erzahlt|erzahlte|behauptet|schickt)(?: mir| mich)?|"
    r"(?:hat|hatte|haben) (?:mir |mich )?(?:\w+ ){0,3}(?:geschrieben|gesagt|erzahlt|gepostet|"
    r"angerufen|gedroht|geschickt|gemeint|angekundigt|getextet)"
)
PAST = (
    r"(?<!wie )(?<!so )vor (?:\w+ )?(?:jahren|jahrzehnten|ewigkeiten|langer zeit|langem|"
    r"einem jahr)|vor (?:zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|"
    r"funfzehn|zwanzig|dreissig|vierzig|\d+) (?:jahren|jahrn|jahre)|"
    r"vor (?:\w+ )?(?:joahr|joar|johr|johrn|joahrn|joarn|jahr)(?! (?:\w+ )?(?:tabletten|pillen) )|"
    r"als (?:ich |i )?(?:\w+ )?(?:teenager|teenie|jugendliche|jugendlicher|junges madchen|"
    r"kind|studentin|schulerin|junge frau|lehrling|azubi|jung war|klein war|\d+ war|"
    r"\d+ jahre alt war)|(?:wie|wo) (?:ich|i) (?:noch )?(?:jung|klein|\d+|teenager|a madl|"
    r"ein madchen|in der schule|schwanger) (?:war|gwesen bin|gewesen bin)|"
    r"(?:mit|als) (?:1\d|2\d|3\d)(?: jahren| jahre| war)?(?! (?:\w+ )?(?:tabletten|pillen|"
    r"stuck|mg|packungen|schlaftabletten|euro|grad|kilo|km|minuten|leuten|gasten) )|damals|"
    r"(?<!wie )(?<!als )(?<!von )(?<!so )(?<!je )fruher|in meiner jugend|in der jugend|in der pubertat|in den (?:\d+ern|siebzigern|"
    r"achtzigern|neunzigern|zwanzigern|dreissigern)|in meinen (?:zwanzigern|dreissigern|"
    r"vierzigern|teenagerjahren)|(?:19[5-9]\d|20[01]\d)(?! (?:euro|eur|dollar|franken|km|meter|m|stuck|mg|leute|mal|kalorien|schritte|einwohner) )|lange her|ewig her|jahre her|"
    r"jahrzehnte her|lange vorbei|langst vorbei|zum gluck vorbei|gott sei dank vorbei|"
    r"(?<!nicht )(?<!nich )(?<!ned )(?<!kaum )uberlebt|seitdem (?:gehts|geht es|bin ich) (?:mir )?(?:\w+ )?(?:besser|gut|stabil|clean)|(?:heute|heut|inzwischen|"
    r"mittlerweile) (?:\w+ ){0,2}(?:geht es|gehts|bin ich|bin) (?:mir )?(?:\w+ )?(?:besser|"
    r"stabil|dankbar|wieder gut)|nach meiner (?:scheidung|ersten|geburt|trennung)|"
    r"nach der geburt|(?:war|hab|habe|hatte) (?:\w+ )?mal (?:versucht|probiert|in der|geritzt)|"
    r"(?:hatte|hab|habe|hatt) (?:auch |schon )?(?:mal|einmal|damals) (?:eine|ne|a) (?:\w+ )?(?:phase|zeit)|"
    r"seit (?:\w+ ){1,2}(?:jahren|jahrn|monaten|jahr|monat) (?:\w+ )?(?:clean|ritzfrei|symptomfrei|svv frei|svv-frei|stabil)|einmal versucht|schon ewig|letztes jahr|vorletztes jahr|im letzten jahr|mit anfang|"
    r"mit mitte|mit ende|in meiner studienzeit"
)
RECENT = (
    r"gestern|vorgestern|letzte nacht|gestern nacht|gestern abend|heute nacht|heut nacht|"
    r"heute morgen|heut morgen|heute fruh|heut fruh|vorhin|eben|grad|gerade|gerade eben|"
    r"vor (?:einer|ner|zwei|drei|vier|funf|ein paar|wenigen|\d+) "
    r"(?:stunde|stunden|std|minuten|min|tagen|tag)|vor ein paar (?:tagen|stunden|minuten)|"
    r"letzte woche|letztes wochenende|seit gestern|diese nacht|"
    r"wieder|schon wieder|erneut|(?:am |letzten )(?:{DAY})|vor einer halben stunde|vor ner halben stunde|"
    r"vor zwanzig minuten|vor (?:zehn|funf|zwanzig|dreissig|vierzig) minuten"
)

# The commonest German words (rare in English and Spanish): a long message is read with this
# lexicon when they make up a share of it.
# The commonest German words that are not also English ("is", "war", "hat", "bin", "mal",
# "den", "er" would be): a long message is read with this lexicon when they make up a share.
MARKERS = (
    "und ich nicht ist mit mir mich zu ein eine auf hab habe das der dem sie wie mein meine "
    "aber auch noch nich des dass nur schon wenn dann jetzt kann meinen meiner einfach"
)


# German words too common to find a rule by (their first four letters, as the index keys
# them): "ich" is in half of all clauses, "mein", "das", "hab" in one of five.
COMMON = frozenset(
    [
        "ich",
        "i",
        "ih",
        "mich",
        "mi",
        "mir",
        "mia",
        "mein",
        "mei",
        "meim",
        "du",
        "dich",
        "dir",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "ihm",
        "ihn",
        "sich",
        "si",
        "man",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "n",
        "ne",
        "a",
        "und",
        "oder",
        "aber",
        "doch",
        "dass",
        "da",
        "so",
        "wie",
        "was",
        "wo",
        "zu",
        "zum",
        "zur",
        "mit",
        "auf",
        "fur",
        "in",
        "im",
        "an",
        "am",
        "von",
        "vor",
        "bei",
        "aus",
        "ins",
        "um",
        "nach",
        "uber",
        "bis",
        "hab",
        "habe",
        "hat",
        "hatt",
        "ist",
        "is",
        "bin",
        "war",
        "sein",
        "sei",
        "nich",
        "ned",
        "net",
        "nie",
        "kein",
        "mehr",
        "noch",
        "scho",
        "nur",
        "auch",
        "mal",
        "ja",
        "eh",
        "halt",
        "einf",
        "ganz",
        "imme",
        "wied",
        "jetz",
        "heut",
        "grad",
        "gera",
        "alle",
        "s",
        "so",
        "wird",
        "wurd",
        "werd",
        "kann",
        "will",
        "soll",
        "muss",
        "sind",
        "dann",
        "wenn",
        "weil",
        "denn",
        "ob",
        "als",
        "gesc",
        "gesa",
        "mach",
        "vers",
        "aufg",
        "schl",
        "viel",
        "sehr",
        "gut",
    ]
)
_COMMON_WORD = re.compile(
    r"(?<=[(|: ])(" + "|".join(sorted(COMMON, key=lambda w: (-len(w), w))) + r")(?=[ |)])"
)


def _hide_common(pattern: str) -> str:
    """Write a pattern's common words so that the index passes over them (see `_h`)."""
    return _COMMON_WORD.sub(r"(?=\1 )\\w+", pattern)


def _indexed(pattern: str) -> str:
    """Return the pattern, or the same with its common words hidden, whichever is found by
    rarer words (a rule found by "ich" would be tried on half of all clauses)."""

    def rank(source: str) -> tuple[float, int]:
        found = all_anchors(whole_words(M, source))
        if not found:
            return (99.0, 99)
        keys = found[0]
        common = len({k for k in keys if k in COMMON or k[:KEY] in COMMON})
        return (cost(keys) + common, len(keys))

    hidden = _hide_common(pattern)
    deeper = _MACRO_NAME.sub(
        lambda m: f"{{{m.group(1)}_H}}" if m.group(1) in _HIDDEN else m.group(0), hidden
    )
    return min(dict.fromkeys((pattern, hidden, deeper)), key=rank)  # each spelling once


_MACRO_NAME = re.compile(r"\{([A-Z]+)\}")
# The macros whose words may be hidden too (not the times: their lookbehinds must stay fixed).
_HIDDEN = (
    "WANT",
    "DIE",
    "LIVE",
    "WAKE",
    "NOMORE",
    "KILL",
    "TAKE_LIFE",
    "NEHMEN",
    "QUANTITY",
    "SWALLOWED",
    "MEANS",
    "HIGH",
    "TRAIN",
    "WATER",
    "VEHICLE",
    "SEIN",
    "PERSON",
)


def _hidden_macros() -> None:
    for name in _HIDDEN:
        M[name + "_H"] = _hide_common(M[name])


# A hit that opens with a conjunction begins a clause of its own ("... nix offen lassen,
# wenn ich geh"): a negation before it belongs to the clause before.
_CONJUNCTION = re.compile(
    r"\(\?:(?:wenn|falls|sobald|damit|dass|weil|bevor|nachdem|sodass|so dass)[|)]"
)


def _split(
    rules: list[tuple[str, str] | tuple[str, str, dict[str, object]]],
) -> list[tuple[str, str] | tuple[str, str, dict[str, object]]]:
    """Return the rules with every top-level alternative a rule of its own."""
    _hidden_macros()
    out: list[tuple[str, str] | tuple[str, str, dict[str, object]]] = []
    for spec in rules:
        for part in alternatives(spec[1]):
            options = dict(spec[2]) if len(spec) > 2 else {}
            if _CONJUNCTION.match(part):
                options["negatable"] = False
            out.append((spec[0], _indexed(part), options))
    return out


_LETTERS = re.compile(r"[a-z]+")


def _folded(pattern: str) -> str:
    """Write a pattern's words the way `german` folds tokens: a written "feuerzeug" would
    never meet a token, which is read as "feurzeug" ("dauert" as "daurt", "neue" as "neu")."""
    return _LETTERS.sub(lambda m: german(m.group(0)), pattern)


def _fold_all() -> None:
    for name, value in list(M.items()):
        M[name] = _folded(value)


def lexicon() -> Lexicon:
    """Build the German lexicon."""
    _fold_all()
    rules = [(spec[0], _folded(spec[1]), *spec[2:]) for spec in RULES]
    return build(
        "de",
        M,
        _split(rules),
        figurative=[_folded(p) for p in FIGURATIVE],
        denial=[_folded(p) for p in DENIAL],
        negator=_folded(NEGATOR),
        breaker=_folded(BREAKER),
        self_cue=_folded(SELF_CUE),
        other_cue=_folded(OTHER_CUE),
        past=_folded(PAST),
        recent=_folded(RECENT),
        token_fold=german,
        markers=MARKERS,
        comma_ends_negation=False,
    )
