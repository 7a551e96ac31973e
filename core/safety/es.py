"""Spanish: how people write about wanting to die, hurting themselves, and getting ready.

Written like `core/safety/en.py` (read its docstring): patterns over folded clauses
(lowercase, no accents: "mañana" is "manana", "sí" is "si"; ¿¡ gone). `{NAME}` fills in a
macro. Spanish says whose it is in the verb: "quiero morirme", "me quiero matar" are hers,
"quiere morirse", "se quiere matar" someone else's, so most rules fix their owner. Chat
spellings (q, xq, pq, k, tb, nd), voseo (querés, sabés, decile) and the clitic's two places
("me quiero matar", "quiero matarme") are written into the patterns.
"""

from __future__ import annotations

from core.safety.engine import Lexicon, alternatives
from core.safety.engine import lexicon as build
from core.safety.words import vocabulary

M: dict[str, str] = {}
M["Q"] = r"que|q|k|ke|qe"
# First person: wanting, needing, meaning to (the verb says it is hers).
M["WANTME"] = (
    r"quiero|kiero|qiero|quero|quiro|quieroo|quisiera|kisiera|queria|keria|quise|deseo|desearia|"
    r"necesito|nesecito|nececito|voy a|vo a|boy a|voi a|boi a|voy|iba a|pienso|planeo|prefiero|preferiria|"
    r"me gustaria|tengo ganas de|tengo muchas ganas de|me dan ganas de|me dan ganas|me dieron ganas de|"
    r"siento ganas de|me entran ganas de|me vienen ganas de|ganas de|estoy por|estoy a punto de|"
    r"estoy lista para|estoy listo para|estoy decidida a|estoy decidido a|decidi|he decidido|"
    r"tendria que|deberia|podria|puedo|mejor|solo quiero|solamente quiero|nomas quiero|"
    r"ojala pudiera|quiero ya|quisiera ya|querer|por querer|me encantaria|quisiera poder|necesitaria|solo quisiera|solamente quisiera"
)
# Wanting to die: the same heads without "voy a", "puedo" ("me voy a morir" foretells).
M["WANTDIE"] = (
    r"quiero|kiero|qiero|quero|quiro|quieroo|quisiera|kisiera|queria|keria|quise|deseo|desearia|"
    r"necesito|nesecito|nececito|prefiero|preferiria|me gustaria|tengo ganas de|tengo muchas ganas de|"
    r"me dan ganas de|me dan ganas|me dieron ganas de|siento ganas de|me entran ganas de|me vienen ganas de|"
    r"ganas de|estoy lista para|estoy listo para|deberia|mejor|solo quiero|solamente quiero|nomas quiero|"
    r"ojala pudiera|quiero ya|quisiera ya|querer|por querer|me encantaria|quisiera poder|necesitaria|"
    r"solo quisiera|solamente quisiera"
)
M["DIEME"] = (
    r"morir|morirme|mori[i]?r{1,2}(?:m[e]?|n[e])?|morr[i]{1,2}r{0,2}(?:m[e]?|n[e])?|muerta|muerto|estar muerta|estar muerto|dejar de existir|"
    r"desaparecer para siempre|desaparecer de este mundo|desaparecer del mundo|no existir|"
    r"no despertar|no despertarme|no volver a despertar|no volver a despertarme|"
    r"dormir y no despertar|dormirme y no despertar|dormir para siempre|dormirme para siempre|"
    r"irme para siempre|irme de este mundo|(?:largarme|marcharme|rajarme|pirarme|borrarme|bajarme|salirme|despedirme) de (?:este mundo|esta vida|este planeta|esta tierra)|dejar este mundo|descansar para siempre|descansar en paz|"
    r"no estar aqui|no estar mas|no estar(?= $)|dejar de vivir|dejar de respirar|acabar con mi vida|"
    r"terminar con mi vida|ponerle fin a mi vida|poner fin a mi vida|estar en el cielo|"
    r"irme al cielo|irme con dios|irme con diosito|reunirme con dios|estar con dios|descansar de esta vida|descansar de vivir|"
    r"descansar de todo para siempre|estar bajo tierra|que me entierren (?:ya|de una vez)|que se acabe todo|que todo se acabe|"
    r"que se termine todo|que todo termine|que todo se termine|no seguir|no seguir viviendo|"
    r"no vivir mas|dejar todo para siempre"
)
# What she wishes, hopes, asks for or keeps thinking of (a head), and a death of her own (a
# complement): together, in that order and close, they say it however the rest is worded.
M["HEAD"] = (
    r"quiero|kiero|quisiera|kisiera|queria|deseo|desearia|deseando|ojala|espero|esperando|esperanza|"
    r"pido|le pido|pidiendo|rezo|rezando|ruego|me gustaria|me encantaria|preferiria|prefiero|ganas|"
    r"pienso|pensando|pense|he pensado|se me ocurre|se me ocurrio|se me cruza|me tienta|tentacion|"
    r"tentada|tentado|idea|fantaseo|fantaseando|sueno con|sonando con|no descarto|considero|"
    r"considerando|planteo|planteando|imagino|me imagino|anhelo|ansio|necesito|no veo la hora|"
    r"me acuesto pidiendo|me duermo pidiendo|solo pido|lo unico que pido|mi unico deseo|estoy lista para|"
    r"estoy listo para|ya estoy lista|me gustaria poder|quisiera poder|ojala pudiera|aprovecho|aprovecho pa|aprovechar|aprovechare|voy a aprovechar|fantasear|fantaseando con|me ronda|me persigue|me estoy convenciendo|convencerme"
)
M["DEATH"] = (
    r"(?<!antes de )(?<!hasta )(?<!sin )(?<!despues de )(?<!miedo a )(?<!miedo de )(?<!voy a )(?<!vaya a )(?<!no )"
    r"(?:morir|morirme|mi muerte|"
    r"la muerte(?! de | del | que | a | al )|estar muerta|estar muerto|no despertar|no despertarme|no amanecer|"
    r"no volver a despertar|matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|"
    r"no estar(?= $| mas| aqui| aca| en este mundo)|no estuviera|no existir|no existiera|dejar de existir|"
    r"no haber nacido|desaparecer para siempre|irme de este mundo|irme con dios|me llegue la hora|"
    r"llegue mi hora|me llegue mi hora|que dios me lleve|me lleve dios|bajo tierra|descansar en paz|"
    r"descansar para siempre|dormir para siempre|dormirme para siempre|que me muera|me muera|"
    r"me muriera|no seguir(?= $| viva| vivo| aqui| aca| en este mundo)|"
    r"desaparecer del todo|desaparecer de una vez|(?:largarme|marcharme|rajarme|pirarme|borrarme|bajarme|salirme|despedirme) de (?:este mundo|esta vida|este planeta|esta tierra)|eliminarme(?! (?:de|del) )|apagarme|dejar de estar|que se acabe conmigo|que esto se acabe conmigo|"
    r"acabar con todo(?! (?:el|la|lo|los|las|de|del|esto de|eso de) )|terminar con todo(?! (?:el|la|lo|los|las|de|del|esto de) ))"
    r"{CALM}"
)
# What follows a death that is feared, or awaited in God's time, not wished for now.
M["CALM"] = (
    r"(?! (?:me|nos) (?:aterra|asusta|da miedo|da panico|angustia|preocupa|espanta|da terror|paraliza))"
    r"(?! (?:\w+ ){0,3}cuando (?:dios|el senor|diosito|me toque|sea mi hora|llegue mi hora|llegue el momento|sea el momento|sea la hora))"
    r"(?! (?:en mi casa|en mi cama|en paz cuando|tranquila cuando|rodeada de|acompanada|de viejita|de vieja|dormida cuando))"
)
M["METHODME"] = (
    r"tirarme(?! (?:en|a) (?:la cama|el sofa|el sillon|dormir|descansar|la pileta|la piscina|la alberca|un rato)| un (?:rato|pedo)| al sofa)|"
    r"aventarme|arrojarme|lanzarme(?! a (?:la aventura|buscar|hacer))|botarme|colgarme(?! (?:del|al|con) (?:telefono|celular|wifi|chat))|"
    r"ahorcarme|envenenarme|ahogarme(?! (?:con|de|en) (?:la|el|un|una|tanto|este|esta|tanta)? ?(?:comida|agua|tos|calor|papeles|trabajo|humo|pan))|"
    r"cortarme las venas|cortarme el cuello|cortarme las munecas|abrirme las venas|pegarme un tiro|darme un tiro|"
    r"dispararme|volarme la cabeza|tomarme (?:todas|todo|el frasco|la caja|las pastillas|el veneno|el raticida|el cloro)|"
    r"tragarme (?:todas|todo|el frasco|la caja|las pastillas|el veneno)|estrellarme|prenderme fuego|quemarme viva|"
    r"quemarme vivo|meterme al (?:mar|rio|lago|agua)|echarme (?:al|a las|debajo|delante|frente)|"
    r"dejarme morir|dejar de comer hasta|desangrarme"
)
M["OTHERDEATH"] = (
    r"morirse|matarse|suicidarse|quitarse la vida|su muerte|desaparecer para siempre|no despertar|"
    r"no despertarse|acabar con su vida|terminar con su vida|irse de este mundo|tirarse|aventarse|"
    r"colgarse(?! (?:del|al|con) (?:telefono|celular|wifi))|ahorcarse|envenenarse|cortarse las venas|"
    r"pegarse un tiro|darse un tiro|dispararse|hacerse dano|lastimarse|hacerse algo|estar muerta|estar muerto"
)
M["BETTER"] = (
    r"mejor|mas felices|mas feliz|mas tranquilos|mas tranquilas|mas tranquila|mas tranquilo|en paz|"
    r"aliviados|aliviadas|aliviada|aliviado|mas facil|mas faciles|mas libres|mas libre|un alivio|un favor|"
    r"se quitarian un peso|respirarian|descansarian|estarian bien|menos problemas|menos preocupaciones|"
    r"menos gastos|menos carga|menos trabajo|menos dolores de cabeza"
)
M["IFGONE"] = (
    r"sin mi(?! (?:ayuda|plata|dinero|permiso|consentimiento|firma|auto|carro|coche|casa|opinion|consejo))|"
    r"si yo no estuviera|si no estuviera|si ya no estuviera|cuando me muera|cuando yo me muera|cuando yo falte|"
    r"si me muero|si me muriera|si desaparezco|si desapareciera|cuando ya no este|cuando yo no este|"
    r"si yo no existiera|si no existiera|si me fuera para siempre|el dia que me muera|el dia que yo falte|"
    r"si ya no estoy|si yo faltara|si yo me fuera|si dejara de existir|cuando me vaya para siempre"
)
M["IFGONE_SI"] = (
    r"sin mi(?! (?:ayuda|plata|dinero|permiso|consentimiento|firma|auto|carro|coche|casa|opinion|consejo))|"
    r"si (?:yo )?(?:ya )?no (?:estuviera|existiera|estoy|existo|hubiera nacido)|si (?:yo )?(?:me muero|me muriera|muero|muriera|morro|desaparezco|desapareciera|faltara|falto)|"
    r"si (?:yo )?(?:me quitara|me quito|me sacara|me saco) (?:del camino|del medio|de en medio)|si (?:yo )?(?:dejara|dejo) de (?:estar|existir)|"
    r"si (?:yo )?me (?:fuera|voy) para siempre|muerta yo|muerto yo|cuando (?:yo )?(?:ya )?no (?:este|exista)"
)
# What they would gain: said with the verb ("se ahorran", "tendria una vida mas facil").
M["RELIEF"] = (
    r"se ahorran|se ahorrarian|se ahorraria|se ahorra|todos ganan|ganan todos|ganarian todos|todos ganarian|"
    r"(?:tendria|tendrian|tendra|tendran) (?:una )?vida mas (?:facil|tranquila|liviana)|"
    r"(?:podria|podrian|tendria|tendrian|va a|van a) (?:por fin )?(?:tener )?(?:por fin )?(?:la|una|su) vida (?:tranquila|en paz|que (?:quiere|quieren|merece|merecen|queria|querian))|"
    r"se (?:le|les) (?:terminaria|acabaria|termina|acaba|terminarian|acabarian|soluciona|solucionaria|resuelve|resolveria|arregla|arreglaria) (?:el drama|los problemas|el problema|la pesadilla|el sufrimiento|las preocupaciones|todo)|"
    r"(?:vivirian|viviria|podria vivir|podrian vivir|van a vivir|va a vivir|vivira|viviran) (?:\w+ )?(?:tranquilos|tranquila|tranquilo|en paz|mejor)|"
    r"se (?:terminaria|acabaria|termina|acaba|terminarian|acabarian|terminan|acaban) (?:el problema|los problemas|las peleas)|"
    r"(?:dejarian|dejaria) de (?:pelear|sufrir|gastar|preocuparse|discutir)|(?:no tendria|no tendrian) (?:que|q) (?:pagar|cargar|estar pagando|cuidarme|mantenerme|gastar)|"
    r"(?:van a|va a|podran|podrian|podria|podra|puedan|pueda) (?:poder )?(?:vivir|estar|descansar|respirar|ser) (?:\w+ )?(?:en paz|tranquil\w+|mejor|felices|feliz)|"
    r"recuperaria|recuperarian|respirarian|descansarian|se liberarian|quedarian libres|(?:{BETTER})(?= $| para (?:todos|ellos|ella|el))"
)
# Who is asked to take her, and death called by its names.
M["HOLY"] = (
    r"dios|diosito|papa dios|tata dios|taita dios|el senor|senor|mi senor|jesus|jesusito|cristo|jesucristo|el de arriba|"
    r"la virgen|virgencita|la virgen \w+|la caridad|la caridad del cobre|la guadalupana|la morenita|san \w+|santa \w+|el todopoderoso"
)
M["DEATHNAME"] = (
    r"la muerte|la huesuda|la pelona|la parca|la calaca|la catrina|la dientona|la descarnada|la de la guadana"
)
M["LIVE"] = (
    r"vivir|seguir viviendo|seguir viva|seguir vivo|seguir con vida|estar viva|estar vivo|estar mas en este mundo|"
    r"estar mas aqui|estar mas aca|seguir mas|vivir mas|bivir|bibir|vivr|bivir mas|bibir mas|"
    r"seguir aqui|seguir aca|estar aqui|estar aca|seguir aki|estar aki|seguir aka|seguir en este mundo|estar en este mundo|"
    r"existir|seguir existiendo|despertar|despertarme|amanecer|seguir adelante|continuar|"
    r"seguir(?! (?:\w+ndo|con|asi|igual|en (?:el|la|este|esta|ese|esa|mi|su|contacto)|esperando|detras|atras|la relacion|el tratamiento|la terapia|el grupo|aqui con|aca con|de|del|por|a|al|para(?! que| q)|los|las|el|la|un|una|mi|su|sus|mis|tus|tu|le|les|lo|la|te|me))|"
    r"luchar(?= $)|seguir luchando(?= $)|ver otro dia|ver el manana|ver manana"
)
M["SEGUIR"] = (
    r"seguir(?! (?!viviendo|existiendo|respirando|despertando)\w+nd\w*| con| asi| igual| esperando| detras| atras|"
    r" en (?:el|la|contacto|esto|eso)| de| del| por| a| al| los| las| el| la| un| una| mi| su| sus| mis| le| les| lo| te)"
)
M["PILL"] = (
    r"pastillas?|pastis|past[iy]{1,2}(?:l{1,2}|y)?[a]s?|past[i]l[a]l[s]|pildoras?|pastillitas|tabletas?|capsulas?|"
    r"comprimidos?|medicamentos?|medicinas?|medicacion|remedios?|farmacos?|calmantes?|tranquilizantes?|"
    r"somniferos?|antidepresivos?|ansioliticos?|clonazepam|clonazepan|clona|rivotril|rivotriles|"
    r"alprazolam|alplax|tafil|xanax|diazepam|valium|lorazepam|ativan|zolpidem|stilnox|"
    r"quetiapina|seroquel|sertralina|fluoxetina|prozac|paroxetina|escitalopram|amitriptilina|"
    r"litio|paracetamol|tylenol|acetaminofen|ibuprofeno|aspirinas?|tramadol|morfina|fentanilo|"
    r"oxicodona|opioides?|insulina|sintrom|acenocumarol|warfarina|digoxina|morfinas|pregabalina|gabapentina|mirtazapina|trazodona|benzos?|benzodiacepinas?|xpill|pastillas para dormir|chochos|pepas|grageas|"
    r"pastillas de dormir|pastillas para la presion|mis medicinas|mis pastillas|mis remedios"
)
M["POISON"] = (
    r"veneno|venenos|vene[o]|vene[n][o]s|bene[n][o]|bene[o]|raticida|matarratas|mata ratas|veneno para ratas|veneno de ratas|"
    r"{POISON_STRONG}|insecticida|cloro|lejia|lavandina|soda caustica|acido muriatico|anticongelante|"
    r"fumigante|baygon|creolina|aguarras|thinner|tiner|solvente|acido"
)
M["POISON_STRONG"] = (
    r"veneno|venenos|raticida|matarratas|mata ratas|veneno para ratas|veneno de ratas|paraquat|gramoxone|"
    r"fosfuro|fostoxin|phostoxin|celphos|cianuro|arsenico|estricnina|racumin|tres pasitos|"
    r"pastillas del frijol|pastilla del frijol|pastillas de frijol|pastillas para el frijol|pastillas de curar|"
    r"pastilla de curar|pastillas para curar|pastillas del maiz|folidol|tamaron|furadan|"
    r"veneno para el campo|veneno de campo|matamalezas|mata malezas|pesticida|plaguicida|herbicida|glifosato"
)
M["ROPE"] = r"soga|sogas|cuerda|cuerdas|lazo|mecate|cinturon|xrope|cable|cadena|horca|nudo"
M["GUN"] = (
    r"pistola|revolver|arma|armas|escopeta|rifle|fusil|xgun|balas?|cuete|fierro|la 38|"
    r"arma de fuego|el arma de mi \w+|la pistola de mi \w+"
)
M["BLADE"] = (
    r"cuchillo|cuchillos|navaja|navajas|cuchilla|cuchillas|gillette|gilette|hoja de afeitar|hojilla|hojillas|"
    r"hojas de afeitar|bisturi|cutter|cuter|trincheta|xknife|xrazor|vidrio|tijeras|sacapuntas"
)
M["HIGH"] = (
    r"puente|puentes|xbridge|edificio|edificios|balcon|ventana|azotea|techo|terraza|"
    r"piso \d+|ultimo piso|(?:quinto|sexto|septimo|octavo|noveno|decimo|cuarto|doceavo) piso|precipicio|barranco|acantilado|risco|"
    r"cerro|pena|mirador|viaducto|paso a desnivel|paso elevado|segundo piso|tercer piso|"
    r"torre|estacionamiento|parking|puente peatonal|la altura|lo alto"
)
M["TRAIN"] = (
    r"tren|trenes|xtrain|vias|via del tren|vias del tren|metro|subte|subterraneo|andenes|anden"
)
M["TRAFFIC"] = (
    r"carro|carros|coche|coches|auto|autos|camion|camiones|trailer|trailers|bus|autobus|"
    r"colectivo|micro|tractomula|rastra|carretera|autopista|periferico|trafico|avenida|ruta"
)
M["MEANS"] = r"{PILL}|{POISON}|{ROPE}|{GUN}|{BLADE}|{HIGH}|{TRAIN}|gas|sobredosis|venas|rio|mar"
M["QUANTITY"] = (
    r"todas|todos|toda|todo|tdas|tds|tdo|toas|todas las|tdas las|todos los|toda la|todo el|la caja|una caja|cajas|"
    r"el frasco|un frasco|frascos|el blister|blisters|un blister|el tarro|un tarro|el bote|"
    r"un bote|un monton|un monton de|un punado|un punado de|un chingo|un chingo de|una bocha|"
    r"un resto|varias|muchas|demasiadas|un paquete|el paquete|la botella|una botella|"
    r"\d{2,3}|veinte|treinta|cuarenta|cincuenta|cien|la mitad|el resto|media caja|"
    r"un puno|un punado|de golpe|todas juntas|todas de una|medio frasco|media caja|medio blister|media botella|"
    r"medio bote|media tira|medio tarro|medio paquete"
)
M["QUANTITY_STRONG"] = (
    r"todas|todos|todas las|todos los|la caja|una caja|el frasco|un frasco|el blister|un blister|el tarro|"
    r"un tarro|el bote|un bote|un monton de|un punado de|un chingo de|demasiadas|\d{2,3}|veinte|treinta|"
    r"cuarenta|cincuenta|cien|de golpe|todas juntas|medio frasco|media caja"
)
M["TIME"] = (
    r"(?<!hasta )(?<!vemos )(?<!hablamos )(?<!escribo )(?<!cuento )(?<!llamo )(?<!veo )(?<!vemos el )(?:"
    r"(?:manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) (?:en la|a la|por la) (?:noche|manana|tarde|madrugada)|"
    r"manana temprano|manana|esta noxe|esta nochee|esta noch|sta noche|mnn|pasado manana|esta noche|hoy en la noche|hoy a la noche|esta madrugada|"
    r"este fin de semana|el fin de semana|ese fin de semana|el finde|este finde|ese finde|el finde largo|la semana que viene|la proxima semana|la semana siguiente|"
    r"esta semana|fin de mes|a fin de mes|fin de ano|la semana proxima|el mes que viene|el mes proximo|el proximo mes|esa misma noche|esa noche|"
    r"en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)|para (?:pascua|semana santa|reyes|ano nuevo|fin de ano|el verano)|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: que viene)?|"
    r"este (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"(?:despues|luego|pasado|pasada) (?:del|de los|de las) \w+|(?:despues|luego) de (?:navidad|nochebuena|ano nuevo|fin de ano|reyes|semana santa|pascua|"
    r"las fiestas|la boda|el entierro|el funeral|su cumpleanos|mi cumpleanos|el cumpleanos de \w+|"
    r"(?:que|q|k) (?:\w+ ){0,2}(?:se vaya|se vayan|se duerma|se duerman|salga|salgan|se fue|me paguen|"
    r"pase|pasen|termine)|(?:el|la|los) \w+)|"
    r"(?:hoy |esta noche )?(?:cuando|en cuanto|apenas) (?:anochezca|oscurezca|se haga de noche|caiga la noche|se ponga el sol)|al anochecer|"
    r"(?:cuando|en cuanto|apenas) (?:\w+ ){0,2}(?:se vaya|se vayan|se duerma|se duerman|salga|salgan|"
    r"este sola|este solo|no haya nadie|(?:la|mi) casa (?:\w+ )?(?:quede|este|se quede) (?:vacia|sola)|quede vacia|me quede sola|me quede solo|se vayan todos|se vaya a trabajar)|"
    r"a (?:la|las) (?:\d{1,2}|una|dos|tres|cuatro|cinco|doce)|a medianoche|de madrugada|"
    r"antes de (?:navidad|ano nuevo|manana|que amanezca|que salga el sol|el lunes|el viernes|fin de mes)|"
    r"cuando (?:\w+ ){0,3}(?:duerme|duermen|duerma|duerman|este dormido|esten dormidos|este dormida|esten dormidas)|(?:cuando|donde) nadie me (?:oye|oiga|ve|vea|escuche|escucha)|"
    r"en (?:unos|dos|tres|cuatro|\d+) dias|el \d{1,2}(?: de \w+)?|para navidad|en navidad|"
    r"(?<=^ )(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?= $)|el dia de (?:la madre|las madres|mi cumpleanos|su cumpleanos|su cumple|mi cumple|la boda|su boda|su santo|mi santo|los enamorados)|antes (?:de )?(?:que|q) amanezca|ese dia|la fecha)"
    # ... not the day she writes or calls someone ("el domingo le escribo a mi hijo").
    r"(?! (?:le|les) (?:escribo|llamo|mando|hablo|visito|pregunto|digo|contesto|respondo|aviso|pido)\b)"
)
M["IMMINENT"] = (
    r"esta noche|hoy en la noche|hoy a la noche|ahora mismo|ahorita mismo|ahoritita|ya mismo|hoy mismo|"
    r"en este momento|en este instante|esta tarde|en un rato|en un ratito|en (?:una|unas|dos|\d+) horas?|"
    r"en (?:unos|cinco|diez|quince|veinte|\d+) minutos|esta madrugada|antes de que amanezca|"
    r"en cuanto se duerma|cuando se duerma|cuando se duerman"
)
M["KILLME"] = (
    r"terminar mi vida|acabar mi vida|poner termino a mi vida|ponerle termino a mi vida|poner fin a mi existencia|matarme|suicidarme|quitarme la vida|quitarme la bida|sacarme la vida|"
    r"quitarme de en medio|quitarme del medio|ahorcarme|colgarme del(?! (?:telefono|celular|wifi|internet|cable|chat|grupo))|colgarme de(?! (?:la llamada|la linea|la serie|la novela|ese|esa))|envenenarme|"
    r"pegarme un tiro|pegarme un balazo|darme un tiro|darme un balazo|meterme un tiro|"
    r"meterme un balazo|volarme la cabeza|volarme los sesos|tirarme de un puente|"
    r"acabar con mi vida|terminar con mi vida|acabar conmigo|terminar conmigo|"
    r"acabar con mi existencia|desvivirme|quitarme del camino|darme de baja (?:de esta vida|de la vida|de este mundo|del mundo)|"
    r"autoeliminarme|auto eliminarme|bajarme de la vida|bajarme del mundo|bajarme de este mundo|"
    r"darle fin a mi vida|dar fin a mi vida|darle fin a todo|ponerle fin a mi vida|poner fin a mi vida|"
    r"darme cuello|terminar yo misma con todo|terminar yo mismo con todo|acabar yo misma con todo|"
    r"irme por mi cuenta|irme por mi propia mano|hacer una locura conmigo|hacerme una locura|"
    r"matarme yo misma|matarme yo mismo|quitarme yo misma la vida|acabar conmigo misma"
)
M["KILL_CL"] = (
    r"matar|matr|suicidar|suisidar|ahorcar|envenenar|quitar la vida|quitar la bida|kitar la vida|desvivir|"
    r"quitar de en medio|quitar del medio|dar cuello|autoeliminar|colgar(?! (?:el telefono|al telefono|del telefono|la ropa|un rato|con|de la llamada|en el trabajo|cuadros|un cuadro|las cortinas))"
)
M["SUICIDE"] = (
    r"suicidio|suicidios|suicido|autoeliminacion|autoeliminarme|autoeliminarse|autoeliminar\w*|auto eliminar\w*|suicidar\w*|suic[i]?d[i]?(?:o|os)|suis[i]?d[i]?(?:o|os)|suci[d][i]?(?:o|os)|suic[i]?d[a]r\w*|suis[i]?d[a]r\w*|suci[d][a]r\w*|suicidand\w*|suicidado|suicidada|suicidaron|suicidaria|suicidare|"
    r"(?:ideacion|ideaciones|ideas|pensamientos|pensamiento|idea|intento|intentos|tendencias|impulsos|"
    r"ganas|conducta|conductas|crisis|fantasias|planes) (?:\w+ )?(?:suicidas?|suic[i]?d[a]s?|suis[i]?d[a]s?|suci[d][a]s?)|"
    r"(?:soy|estoy|me siento|me sentia|me pongo|estaba|me vuelvo|he estado|ando|sentirme) (?:\w+ )?(?:suicidas?)"
)
M["PERSON"] = (
    r"hijo|hija|hijos|hijas|nene|nena|chico|chica|muchacho|muchacha|nino|nina|ninos|"
    r"esposo|esposa|marido|mujer|pareja|novio|novia|ex|amigo|amiga|amigos|amigas|hermano|hermana|"
    r"primo|prima|sobrino|sobrina|nieto|nieta|nietos|mama|mami|madre|papa|papi|padre|tio|tia|"
    r"abuela|abuelo|vecino|vecina|companero|companera|cunado|cunada|suegra|suegro|yerno|nuera|"
    r"hijastro|hijastra|muchachito|bebe|adolescente|alumno|alumna|paciente|compa|cuate|pana|"
    r"viejo|vieja|senora|senor|muchachos|chamo|chama|pibe|piba|hijo mayor|hija mayor|hijo menor|"
    r"hija menor|comadre|compadre|madrina|padrino|ahijada|ahijado|consuegra|consuegro"
)
M["START"] = r"(?<=^ )"
M["NOT"] = r"no|ya no|nunca|jamas|ni|no no|nop"


def _apart(
    sign: str, source: str, options: dict[str, object]
) -> list[tuple[str, str, dict[str, object]]]:
    """Split a pattern's top-level alternatives into rules of their own.

    Weak signs count when two different rules find them: writing a family of unrelated weak
    phrases as one pattern would let one message's two of them count as one.
    """
    return [(sign, part, options) for part in alternatives(source)]


RULES: list[tuple[str, str] | tuple[str, str, dict[str, object]]] = [
    # --- wish to be dead -----------------------------------------------------------------
    (
        "wish_dead",
        r"(?:{WANTDIE}) (?:ya |solo |nomas |de una vez |simplemente |tanto |mucho |la verdad )?(?:{DIEME}){CALM}(?! (?:de (?:la )?(?:risa|verguenza|pena|ganas|hambre|sueno|frio|calor|envidia|amor|aburrimiento|nervios|miedo|cansancio|sed|ternura|emocion|felicidad|alegria|la risa|la verguenza|la pena|ganas)|por (?:verte|ver|un|una|ir|comer|saber|conocer|tener)))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"me (?:quiero|kiero|qiero|quero|quisiera|queria|keria|gustaria|dan ganas de|deberia|podria|vendria bien|quisiera) (?:ya |solo |de una vez )?(?:morir|morirme|muerir|mori[i]?r{1,2}(?:m[e]?|n[e])?|morr[i]{1,2}r{0,2}(?:m[e]?|n[e])?){CALM}(?! (?:de (?:la )?(?:risa|verguenza|pena|ganas|hambre|sueno|frio|calor|envidia|amor|aburrimiento|nervios|miedo|cansancio|sed|ternura|emocion|felicidad|alegria)|por (?:verte|ver|un|una|ir|comer|saber|conocer|tener)))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:ojala|ojala que|ojala q|quisiera|desearia|deseo|pido|le pido a dios|rezo para) (?:{Q} )?(?:ya |de una vez |pronto |manana |hoy |esta noche |un dia |algun dia |de repente |mientras duermo )?(?:me muera|me muriera|me muriese|me muero|morirme|morir|no despierte|no despertar|no despertara|no despertarme|no amanezca|no amaneciera|no amanecer|no volver a amanecer|no volver a despertar|no vuelva a despertar|no haber nacido|no hubiera nacido|no existir|no existiera|estar muerta|estar muerto|estuviera muerta|estuviera muerto|desaparecer para siempre|desaparecer del mapa|desaparecer de este mundo|dormirme y no despertar|me dormiera y no despertara|se termine todo|se terminara todo|se acabe todo|se acabara todo|todo se acabe|todo se acabara|todo termine|todo terminara|me atropelle|me atropellara|me pise un|me (?:diera|de|agarrara|agarre|diese|viniera|venga) (?:un |una )?(?:infarto|paro|paro cardiaco|ataque|ataque al corazon|derrame|algo|cancer|enfermedad)|me caiga un rayo|me llevara|me lleve|me lleve dios|dios me lleve|me recoja)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{NOT}) (?:\w+ )?(?:quiero|kiero|qiero|quero|deseo|tengo ganas de|tengo fuerzas para|tengo fuerza para|me dan ganas de|me interesa|se si quiero|quiero ni|le veo sentido a|le encuentro sentido a) (?:seguir )?(?:{LIVE})(?! (?:con (?:el|ella|ellos|mi|mis|esa|ese|gente)|asi(?! de (?:simple|facil|sencillo|claro))|en (?:esta|esa|este|ese|la|el) (?:casa|ciudad|pais|barrio|pueblo|lugar)|sola|solo|aqui sola|aca sola|aqui con|aca con|con miedo|peleando|esperando|de rodillas))",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:{NOT}) (?:\w+ )?(?:quiero|kiero|quero|deseo) (?:volver a )?(?:despertar|despertarme|amanecer|abrir los ojos)(?: (?:manana|mas|nunca mas|otra vez|otro dia))?",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:cansada|cansado|harta|harto|agotada|agotado|podrida|podrido|hastiada|hastiado|aburrida|aburrido) (?:\w+ )?de (?:vivir|la vida|esta vida|mi vida|existir|estar viva|estar vivo|respirar|seguir viva|seguir vivo|despertar|despertarme|estar en este mundo|seguir en este mundo|estar aqui|estar aca)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:la vida|mi vida|vivir|seguir viviendo|{SEGUIR}|nada|esta vida|seguir aqui|seguir aca|seguir viva|seguir vivo|estar viva|estar vivo|mi existencia) (?:\w+ )?(?:ya )?(?:no|ya no) (?:tiene|le veo|le encuentro|vale|me vale) (?:ningun |ni un |mas )?(?:sentido|la pena|razon|proposito|caso)|(?:no|ya no) (?:le )?(?:encuentro|veo|tiene|hay) (?:ningun |ni un |mas )?(?:sentido|razon|motivo|caso|proposito) (?:a |de |en |para )?(?:la vida|mi vida|vivir|{SEGUIR}|seguir viviendo|seguir aqui|seguir aca|estar viva|estar vivo|existir|levantarme|despertar)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:para|pa|pra) (?:{Q}|que) (?:sigo(?! (?!viviendo|existiendo|respirando|despertando)\w+ndo| con| esperando| insistiendo| aca con| aqui con| en (?:esta|este|esa|ese) (?!mundo))|seguir(?! \w+ndo| con| esperando)|vivir|vivo|estoy viva|estoy vivo|sigo viva|sigo vivo|sigo aqui|sigo aca|sigo en este mundo|despierto|me despierto|me levanto|existo|seguir viviendo|seguir viva|seguir aqui)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no tengo|ya no tengo|no me quedan|ya no me quedan|no hay) (?:\w+ )?(?:razones|razon|motivos|motivo|nada|nadie|por que|porque|por quien|fuerzas|ganas) (?:\w+ )?(?:para|por|de) (?:vivir|{SEGUIR}|seguir viviendo|seguir viva|seguir vivo|seguir aqui|seguir aca|luchar(?= $| por (?:vivir|seguir|mi vida))|existir|quedarme)|(?:nada|nadie) (?:\w+ )?por (?:lo que|el que|la que|quien|que) (?:vivir|{SEGUIR})",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:dios|diosito|senor|el de arriba|virgencita|jesus|papa dios|padre) (?:\w+ ){0,3}(?:me lleve|me lleva|me llevara|me llevaria|llevame|me recoja|me recoge|recogeme|me saque de aqui|me saque de este mundo|me quite la vida|me llame|me deje morir|se acuerde de mi|se apiade de mi|me lleve ya|me lleve pronto)|(?:{Q}) (?:ya )?me (?:lleve|recoja|lleve ya) (?:dios|diosito|el senor|la muerte|de una vez)|(?:que|q) dios me lleve|(?:pido|pidiendo|le pido|le ruego|rezo) (?:\w+ ){0,3}(?:morir|morirme|que me lleve|que me muera|no despertar|llevarme)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:me quiero ir|quiero irme|me quisiera ir|quisiera irme|me gustaria irme|quiero estar|quisiera estar|quiero reunirme|quiero volver a estar|quiero ir|me quiero reunir) (?:\w+ )?(?:con (?:mi )?(?:mama|mami|madre|mamita|papa|papi|papito|padre|esposo|marido|viejo|vieja|viejito|abuela|abuelita|abuelo|hijo|hija|bebe|angelito|angel|hermano|hermana|dios|diosito|el senor|jesus)(?! (?:a |al (?!cielo|otro lado|mas alla)|de |para |en el |en la |el |este |ma|por ))|(?:con|junto a|donde esta|donde estan|adonde esta|donde se fue) (?:\w+ )?(?:en el cielo|alla arriba|al cielo)|(?:con|junto a|donde esta|donde estan|adonde esta) (?:mi )?(?:mama|mami|madre|papa|esposo|marido|hijo|hija|bebe|angelito)|al cielo|alla arriba|al otro lado|al mas alla|a descansar)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:mejor|preferiria|prefiero|estaria mejor|estaria|estariamos mejor) (?:estar )?(?:muerta|muerto|bajo tierra|en el cementerio|en una tumba|a tres metros bajo tierra)|(?:(?<!a lo )mejor|ojala) (?:me muero|me muera|me muriera|muerta|muerto|no haber nacido|no hubiera nacido)|(?:{START})(?:mejor|ya) (?:me muero|morirme|muerta)(?= $)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no me importaria|no me importa|me da igual|me da lo mismo|no me molestaria|me daria igual|me vale|no me preocupa) (?:\w+ ){0,2}(?:morir|morirme|morir ya|si me muero|que me muera|no despertar|no despertarme|si no despierto|estar muerta|estar muerto|vivir o morir|vivir(?= $| o no)|si vivo o muero|que me pase algo|si me pasa algo|que me atropellen|si me atropellan|que se acabe todo)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:dormir|dormirme|acostarme|quedarme dormida|quedarme dormido) (?:y|e) (?:que )?(?:sea|fuera|fuese|dure|durara) para siempre|"
        r"(?:dormir|dormirme|acostarme|quedarme dormida|quedarme dormido) (?:\w+ ){0,2}(?:y|e) (?:ya )?(?:no|nunca|nunca mas|no volver a|jamas) (?:\w+ )?(?:despertar|despertarme|amanecer|levantarme)(?! (?:hasta|tarde|temprano|en todo el|antes de|a las))|(?:no|nunca) (?:volver|vuelva) a (?:despertar|abrir los ojos)|(?:no|nunca) (?:despertar|despertarme) (?:nunca )?(?:mas|jamas|nunca mas)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:dejar|deje|dejaria|dejarme|quisiera dejar) (?:de )?(?:existir|respirar|vivir)|(?:quisiera|ojala|quiero|desearia) (?:no haber nacido|nunca haber nacido|no existir|no haber existido|borrarme del mapa|borrarme de este mundo|desaparecer del mapa para siempre)|(?:me borro|borrarme|me voy a borrar|me quiero borrar|desaparecer|desaparezco|me esfumo) (?:\w+ ){0,3}(?:para siempre|de este mundo|de la faz de la tierra para siempre)(?! (?:de (?:su|tu|sus|la) vida|de whatsapp|del grupo|de las redes))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{START}|ya |y |solo |mi )(?:quiero|kiero) (?:morir|morirme)(?= $)|muerte (?:seria|es|sera) (?:\w+ )?(?:un alivio|una liberacion|un descanso|lo mejor|mejor|la solucion|la salida)|(?:la|mi) (?:unica )?salida (?:es|seria) (?:la muerte|morir|morirme|irme)|(?:esperando|espero|deseando|anhelo|anhelando|llamando a) (?:(?!no )\w+ )?(?:la muerte|morir|morirme|mi muerte)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no|ya no) (?:\w+ )?(?:quiero|aguanto|soporto|puedo) (?:\w+ )?(?:seguir|estar) (?:en este mundo|en esta vida|con vida|vivo|viva|respirando|existiendo)|(?:ya )?(?:no )?(?:aguanto|soporto|puedo con) (?:mas )?(?:esta vida|vivir|la vida|seguir viva|seguir vivo|seguir viviendo)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:{NOT}) (?:\w+ )?(?:quiero|kiero|aguanto|puedo) (?:seguir )?(?:vivir|viviendo|seguir) asi(?= $| (?:ya|mas|no|nunca|toda|el resto))",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # --- thoughts of suicide --------------------------------------------------------------
    ("thoughts", r"{SUICIDE}"),
    (
        "thoughts",
        r"(?:{WANTME}|pensando en|pienso en|pense en|he pensado en|pensado en|pensar en|penso en|la idea de|ideas de|ganas de|intentar|a punto de|capaz de|tentada de|tentado de|tentada a|tentado a|me tienta|valor para|valor de|coraje para|fuerzas para|miedo de|sueno con|fantaseo con|imagino) (?:\w+ )?(?:{KILLME})",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"me (?:quiero|kiero|qiero|quero|quisiera|queria|keria|voy a|vo a|boy a|iba a|pienso|tengo que|deberia|podria|puedo|dan ganas de|entran ganas de|vienen ganas de|dieron ganas de|gustaria|estoy por|quise|intente) (?:\w+ )?(?:{KILL_CL})(?! (?:a |al |trabajando|estudiando|de risa|por ))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:{START}|ya |que |q |hoy |manana |si |y |o |mejor |entonces |asi que |me |te juro que |juro que |les juro que |creo que |un dia de estos |cualquier dia |(?:{TIME}) )me (?:mato|suicido|ahorco|cuelgo|envenero|quito la vida|matare|suicidare|ahorcare|mataria|suicidaria|ahorcaria|tiro del puente|tiro por la ventana|pego un tiro|doy un tiro|vuelo la cabeza)(?! (?:trabajando|estudiando|de risa|por (?:el|la|los|mis|mi|ti|ustedes)|a trabajar|haciendo|limpiando|cocinando|en el gym|en el gimnasio|con el trabajo))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:{WANTME}|pensando en|pienso en|pense en|he pensado en|pensar en|la idea de|ganas de|voy a|quiero) (?:\w+ )?(?:acabar|acabr|acavar|terminar|terminr|ponerle fin|poner fin|ponerle punto final|terminar de una vez|acabar de una vez) (?:con |a )?(?:todo|todo esto|mi vida|mi existencia|conmigo|mi sufrimiento|el sufrimiento|la vida|este sufrimiento|mis dias|mi tiempo aqui)(?! (?:el |la |lo |los |las |de (?!una vez|una buena vez|un golpe|golpe)|del |mi trabajo|mis deudas|lo que|lo q))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        # "pensamientos feos, de esos de matarme": a few words may stand between.
        r"(?:pensamientos?|ideas?|ideaciones?|ganas|impulsos?|tentaciones?|deseos?|fantasias?) (?:\w+ ){0,3}(?:de|sobre|con|suicidas?) (?:\w+ ){0,2}(?:morir|morirme|muerte|la muerte(?! de| del)|matarme|suicidio|suicidarme|quitarme la vida|acabar con todo|acabar con mi vida|no estar|no existir|desaparecer para siempre|hacerme dano|lastimarme|hacerme algo){CALM}",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:pienso|pensando|pense|pensado|penso|pensar|me la paso pensando|se me cruza|se me cruzo|se me pasa|se me paso|se me ha pasado|se me viene|se me vino|me viene|me vino|me ronda) (?:\w+ ){0,3}(?:en )?(?:la muerte(?! de| del| que tuvo)|mi muerte|morirme|morir|como morir|la forma de morir|como matarme|como hacerlo|como seria morir|mi funeral|mi entierro|no estar mas|no existir|desaparecer para siempre|dejar de existir|quitarme la vida|acabar con todo|hacerme algo)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:se me (?:pasa|paso|ha pasado|cruza|cruzo|ha cruzado|viene|vino|ocurre|ocurrio) (?:\w+ ){0,2}(?:por la cabeza|por la mente|la idea|el pensamiento))(?: de)? (?:\w+ ){0,2}(?:matarme|morir|morirme|suicidarme|acabar|terminar|quitarme|tirarme|cortarme|colgarme|tomarme|hacerlo|no estar|desaparecer|hacerme)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:voces?|voz|cabeza|mente) (?:\w+ ){0,2}(?:me dice|me dicen|me decia|me repite|me pide|me grita|me susurra) (?:\w+ ){0,2}(?:que )?(?:me mate|me muera|lo haga|acabe|termine|salte|me tire|me corte|me ahorque|muera|matarme|morir|suicidarme|me suicide)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:los|esos|mis|estos|las|esas|mis) (?:\w+ )?(?:pensamientos|ideas|ganas|impulsos|pensamientos oscuros|ideas feas|ideas raras)(?! de (?:ver|verlo|verla|verlos|verlas|abrazar\w*|hablar\w*|llorar|comer|salir|dormir|viajar|llamar\w*|escribir\w*|estar con|tenerlo|tenerla|conocer\w*)) (?:\w+ ){0,2}(?:volvieron|vuelven|estan volviendo|regresaron|regresan|son mas fuertes|cada vez mas fuertes|no se van|no paran|me persiguen|me atormentan|otra vez)",
        {"owner": "self"},
    ),
    # --- method or means ------------------------------------------------------------------
    (
        "method",
        r"(?:cuantas|cuantos|cuanta|cuanto|que cantidad de) (?:\w+ ){0,3}(?:{PILL}|{POISON}|mg|miligramos|gotas) (?:\w+ ){0,5}(?:para morir|para matar|para matarme|para no despertar|son mortales|es mortal|son letales|es letal|se necesitan|necesito|hacen falta|harian falta|serian suficientes|son suficientes|bastan|bastarian|es suficiente|para una sobredosis|para sobredosis|te matan|matan|mata|para dormir para siempre|para no despertarme)",
    ),
    (
        "method",
        r"(?:dosis|cantidad) (?:letal|mortal|mortales|letales)|(?:la|una) (?:forma|manera|metodo|modo) (?:mas )?(?:rapida|rapido|facil|indolora|sin dolor|segura|seguro|efectiva|efectivo|menos dolorosa|menos doloroso|limpia|tranquila) (?:de|para) (?:morir|matarme|acabar|terminar|suicidarme|quitarme la vida|irme|hacerlo|no despertar)|(?:formas|maneras|metodos|modos) (?:\w+ )?(?:de|para) (?:morir|matarme|suicidarme|suicidarse|quitarme la vida|quitarse la vida|acabar con mi vida)|como (?:matarme|suicidarme|suicidarse|matarse|quitarme la vida|quitarse la vida|morir sin dolor|morir rapido|ahorcarme|ahorcarse|envenenarme|hacer una sobredosis|cortarse las venas|cortarme las venas)",
    ),
    (
        "method",
        r"(?:tirarme|aventarme|arrojarme|lanzarme|botarme|echarme|me tiro|me avento|me arrojo|me lanzo|me boto|me echo|me tiraria|me aventaria|me lanzaria|me arrojaria|me tiraba|me aventaba) (?:\w+ ){0,3}(?:de|del|desde|por|al|a la|a las|a los|bajo|debajo de|debajo del|abajo de|abajo del|frente a|frente al|delante de|delante del|enfrente de|enfrente del|contra|sobre|en) (?:la |el |un |una |los |las |este |esta |ese |esa |aquel |mi )?(?:\w+ )?(?:{HIGH}|{TRAIN}|{TRAFFIC}|rio|mar|lago|presa|represa|canal|pozo|abismo|vacio)(?! (?:de (?:mayo|diciembre|agosto|octubre|noviembre|marzo|abril|semana santa)|largo|festivo|de vacaciones|a tomar|a dormir|a descansar))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:saltar|brincar|tirarse|aventarse|arrojarse|lanzarse|echarse) (?:\w+ ){0,3}(?:de|del|desde|por|al|a la|a las|a los|bajo|debajo de|debajo del|abajo de|abajo del|frente a|frente al|delante de|delante del|enfrente de|enfrente del|contra|sobre|en) (?:la |el |un |una |los |las |este |esta |ese |esa |aquel |mi )?(?:\w+ )?(?:{HIGH}|{TRAIN}|{TRAFFIC}|rio|mar|lago|presa|represa|canal|pozo|abismo|vacio)(?! (?:de (?:mayo|diciembre|agosto|octubre|noviembre|marzo|abril|semana santa)|largo|festivo|de vacaciones|a tomar|a dormir|a descansar))",
        {},
    ),
    (
        "method",
        r"(?:meterme|caminar|entrar|adentrarme|me meto|me metere|me voy a meter|me quiero meter|me meteria|me voy a tirar|nadar) (?:\w+ ){0,2}(?:al|en el|en la|a la|mar adentro|hacia el) (?:mar|rio|lago|agua|oceano|olas|presa)(?: (?:\w+ ){0,2}(?:y no (?:salir|volver|regresar)|hasta (?:que|hundirme|ahogarme|no poder)))|(?:ahogarme|me ahogo|me ahogaria|me voy a ahogar) (?:en el|en la|al) (?:mar|rio|lago|agua|tina|banera|pileta|piscina|presa|represa|canal|pozo)|dejarme ahogar|hundirme en el (?:mar|rio|agua)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:estrellarme|chocar|chocarme|me estrello|me estrellaria|estrellar el (?:carro|coche|auto)|meter el (?:carro|coche|auto)|echar el (?:carro|coche|auto)|tirar el (?:carro|coche|auto)|volantazo|dar un volantazo|dar el volantazo) (?:\w+ ){0,4}(?:contra|debajo de|bajo|abajo de|al|a la|en|de frente|por) (?:\w+ ){0,2}(?:arbol|muro|pared|poste|camion|trailer|tractomula|rastra|puente|barranco|precipicio|rio|carretera|autopista|columna|otro carro|otro coche|otro auto|un carro|un coche|un auto|de frente|vacio|abismo|barrera|guardarrail|contencion)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:ahorcarme|colgarme|me ahorco|me cuelgo|me ahorcaria|me colgaria|hacerme una horca|hacer una horca|hacer un nudo|hacer el nudo|atar una soga|amarrar una soga|amarrar una cuerda|atar una cuerda|poner una soga|ponerme una soga|ponerme la soga|ponerme la cuerda)(?! (?:del telefono|el telefono|al telefono|la ropa|cuadros|un cuadro|de la llamada|en el trabajo|con (?:el|la) (?:serie|trabajo|novela)))|(?:{ROPE}) (?:\w+ ){0,3}(?:al cuello|en el cuello|en mi cuello|alrededor de mi cuello|a la viga|de la viga|en la viga|del techo|del ventilador|del arbol|de la escalera|del barandal)|(?:viga|ventilador de techo|barandal|rama|gancho) (?:\w+ ){0,4}(?:aguanta|aguantaria|resiste|soporta|soportaria|mi peso|es fuerte|lo suficientemente)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:cortarme|abrirme|rajarme|me corto|me corte|me abro|me abri|cortar|abrir|me cortaria) (?:\w+ )?(?:las venas|las munecas|la muneca|la yugular|el cuello|las arterias|las venitas|las benas|venas)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pegarme|darme|meterme|me pego|me doy|me meto|me pegaria|me daria) (?:un |el )?(?:tiro|balazo|plomazo|escopetazo|disparo|tiro en la cabeza)|(?:volarme|me vuelo|me volaria) (?:la cabeza|los sesos|la tapa de los sesos)|(?:{GUN}) (?:\w+ ){0,3}(?:en|a|contra) (?:mi|la) (?:cabeza|sien|boca|pecho)|(?:dispararme|me disparo|me dispararia|disparame)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:tomarme|beberme|tragarme|meterme|zamparme|empinarme|echarme|me tomo|me trago|me bebo|me tomaria|me tragaria|tomar|tragar|beber)(?! (?:\w+ )?(?:cafe|cafes|cafecito|te|copa|copas|cerveza|cervezas|vinito|refresco|refrescos|mate|chocolate|helado|helados|algo|aire|el sol|sol|chocolatada|vermut|caldo|sopa) ) (?:\w+ ){0,2}(?:{QUANTITY_STRONG}) (?:\w+ ){0,3}(?:{PILL}|{POISON}|de una|de un jalon|de un trago|juntas|con alcohol|con vino|con el vino|con whisky|con tequila|con ron)(?! (?:por|para) (?:la|el|mi|mis) (?:diabetes|presion|corazon|tiroides|dolor|artritis|colesterol|tratamiento))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:tomarme|beberme|tragarme|me tomo|me trago|me bebo|me tomaria|me tragaria|beberme|darme|meterme) (?:\w+ ){0,2}(?:el |la |un |una |ese |esa |del |de la |las |los )?(?:{POISON}|sobredosis)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:tomar|tragar|beber|ingerir|tomarse|tragarse|beberse) (?:\w+ ){0,2}(?:el |la |un |una |ese |esa |del |de la |las |los )?(?:{POISON}|sobredosis)",
    ),
    (
        "method",
        r"(?:{PILL}) (?:\w+ ){0,4}(?:con|y|mezcladas con|mas) (?:\w+ ){0,2}(?:alcohol|vino|whisky|wisky|vodka|tequila|ron|cerveza|aguardiente|pisco|guaro|mezcal|fernet|la botella)|(?:alcohol|vino|whisky|vodka|tequila|ron|aguardiente|pisco|mezcal) (?:\w+ ){0,3}(?:con|y|mas) (?:\w+ ){0,2}(?:{PILL})",
    ),
    (
        "method",
        r"(?:sobredosis|sobre dosis)(?! (?:de (?:chocolate|azucar|cafe|series|netflix|amor|ternura|dulce|trabajo|informacion|tele)))",
    ),
    (
        "method",
        r"(?:abrir|abri|abro|dejar abierto|dejar abierta|dejare|prender|encender) (?:\w+ ){0,2}(?:el gas|la llave del gas|las hornallas|las hornillas|la estufa sin prender|el horno sin prender)|(?:encerrarme|me encierro|meterme|quedarme) (?:\w+ ){0,3}(?:en el garaje|en la cochera|en el carro|en el coche|en el auto) (?:\w+ ){0,4}(?:prendido|encendido|el motor|con el motor|la manguera|el escape)|(?:manguera) (?:\w+ ){0,3}(?:escape|mofle|carro|coche|auto)|(?:respirar|inhalar|con el|con) monoxido|carbon (?:encendido|prendido) (?:\w+ ){0,2}(?:cuarto|habitacion|pieza|bano)|brasero",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:busque|buscando|busco|googlee|googleando|googlie|gugulee|investigue|investigando|investigo|lei|leyendo|averigue|averiguando|mire|mirando|viendo|vi|estudiando|estudie|preguntandole a|le pregunte a) (?:\w+ ){0,4}(?:como (?:morir|matarme|suicidarme|matarse|suicidarse|ahorcarme|ahorcarse|hacer una horca|cortarse|cortarme|envenenarme|quitarme la vida|quitarse la vida|hacerlo sin dolor|no despertar)|cuantas pastillas|dosis letal|dosis mortal|metodos de suicidio|formas de morir|formas de suicidarse|el puente mas alto|(?:lo de )?(?:colgarse|ahorcarse|suicidarse|matarse|envenenarse|cortarse las venas|tirarse del|tirarse de)|el edificio mas alto|que pastillas|que veneno|cuanto veneno|metodos para suicidarse|como hacer una sobredosis)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:dejar|deje|dejo|voy a dejar|dejaria) (?:\w+ )?(?:de )?(?:comer|tomar mis medicinas|tomar mi medicacion|tomar mis pastillas|tomar la insulina|ponerme la insulina|tomar el tratamiento) (?:\w+ ){0,3}(?:hasta (?:morir|morirme|que me muera|desaparecer|que se acabe)|para (?:morir|morirme|que se acabe|no despertar|irme))|morirme de hambre (?:a proposito|a proposito)|(?:dejarme|me dejo|me dejaria) morir",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:miro|mirando|mire|me quedo mirando|me quede mirando|veo|viendo|observo|observando|contando|conte|cuento|pienso en|pensando en|agarro|agarre|tengo en la mano|tenia en la mano) (?:\w+ ){0,3}(?:las |la |el |los |mis |esa |esas |ese |esos )?(?:pastillas|frascos?|el frasco|soga|cuerda|veneno|raticida|cuchillo|navaja|gillette|pistola|revolver|arma|escopeta|puente|vias|vias del tren|las vias|el vacio|el balcon|la ventana|la azotea|el agua|el rio|el mar)(?! (?:de (?:la tarde|vacaciones|siempre|presion|la presion|vitaminas)|para (?:la|el|mi) (?:presion|dolor|diabetes|corazon|tiroides|colesterol|gripe|alergia)|en la tele|de la cocina|para cortar|para cocinar|con mi|con mis|con la familia|de (?:los|las|mis) (?:abuelos|abuelas|pacientes|residentes|internos|ancianos|enfermos)|(?:\w+ ){0,6}(?:pensando en cuando|recordando|acordandome|cuando (?:lo|la|los|las) llevaba|a pescar)|(?:\w+ ){0,3}(?:que me quedan|para pedir|para (?:la|renovar la) receta|para saber cuantas)))",
        {},
    ),
    (
        "method",
        r"(?:el|la|las|los|ese|esa|aquel|aquella) (?:\w+ )?(?:puente|vias|tren|rio|mar|vacio|balcon|ventana|azotea|pastillas|soga|agua) (?:\w+ ){0,2}(?:me llama|me llaman|me esta llamando|me estan llamando|me atrae|me atraen|me jala|me jalan|me tienta|me tientan)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:lo|la|los|las) (?:miro|veo|estoy mirando) (?:\w+ )?(?:distinto|distinta|diferente|de otra forma|de otra manera|con otros ojos)(?= $| ahora| ultimamente| ya)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:vivo|estoy|trabajo) en (?:un |el )?(?:piso \d+|(?:quinto|sexto|septimo|octavo|noveno|decimo|doceavo|ultimo) piso|piso alto|rascacielos)",
        {"owner": "self", "weak": True},
    ),
    # --- means at hand (with a time: acute) -----------------------------------------------
    (
        "at_hand",
        r"(?:juntando|junte|juntado|juntar|guardando|he guardado|he ido guardando|vengo guardando|ahorrando|ahorre|acumulando|acumule|acumulado|acumular|escondiendo|escondi|escondido|almacenando|reuniendo|coleccionando|robando|robe|robarle|robandole|stockeando) (?:\w+ ){0,4}(?:{PILL}|{POISON_STRONG})(?! (?:en el (?:pastillero|botiquin|cajon|bolso|armario|placard|mueble|organizador)|de la semana|para el viaje))(?! (?:para (?:la|el|mi|mis) (?:presion|dolor|diabetes|corazon|tiroides|colesterol|gripe|alergia|perro|gato|jardin|plantas|ratas|cucarachas|hormigas|casa|mama|papa)|de (?:vitaminas|la farmacia para)))",
    ),
    (
        "at_hand",
        r"(?:{PILL}|{POISON}) (?:\w+ ){0,4}(?:guardadas?|guardados?|juntadas|juntados|acumuladas|acumulados|escondidas?|escondidos?|ahorradas|listas?|listos?|preparadas?|preparados?|contadas|separadas|apartadas|en la mesa|en la mesita|en el buro|en la mesa de noche|en mi mano|en la mano|al lado mio|al lado de la cama|junto a mi|frente a mi|delante de mi|en la cartera|en el bolso|en la bolsa)(?! (?:para (?:la|el|mi|mis) (?:presion|dolor|diabetes|corazon|tiroides|colesterol|gripe|alergia|semana|viaje)|con el desayuno))",
    ),
    (
        "at_hand",
        r"(?:tengo|ya tengo|consegui|compre|traje|tengo aqui|tengo aca) (?:\w+ ){0,2}(?:la |una |el |un |las |unas |suficientes |bastantes |muchas |todas las )?(?:soga|cuerda|pistola|revolver|arma|escopeta|rifle|veneno|raticida|matarratas|pastillas|navaja|gillette|cuchilla|cuchillas|hojas de afeitar|carbon|manguera|balas)(?! (?:\w+ ){0,3}(?:de la cocina|en la cocina|para cocinar|del asado|de la parrilla))(?! (?:para (?:la|el|mi|mis|los|las) (?:ropa|tender|presion|dolor|jardin|ratas|casa|perro|trabajo|colgar|asado|parrilla|cocina|columpio|defensa)|de (?:tender|saltar)|del (?:jardin|trabajo)))(?: (?:\w+ ){0,3}(?:aqui|aca|lista|listas|listo|listos|preparada|preparado|conmigo|en la mano|en el cajon|en el carro|en el bolso|guardada|guardado|escondida|escondido|cargada|cargado|para (?:esta noche|manana|hacerlo|mi|matarme|cuando)))",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:suficientes|bastantes|las suficientes|tantas) (?:{PILL}) (?:\w+ ){0,3}(?:para|como para|guardadas|aqui|aca|en casa)|(?:la soga|la cuerda|el arma|la pistola|el revolver|la escopeta) (?:\w+ ){0,2}(?:ya )?(?:esta|estan) (?:\w+ ){0,2}(?:lista|listo|colgada|amarrada|atada|cargada|cargado|puesta|preparada|en su lugar|en el ropero|en el cajon|en el carro)|(?:cargue|cargar|cargado|limpie) (?:\w+ )?(?:el arma|la pistola|el revolver|la escopeta|el rifle)|(?:colgue|colgar|amarre|ate|puse|prepare) (?:\w+ )?(?:la soga|la cuerda|una soga|una cuerda)(?! (?:para (?:la|el) (?:ropa|tender|columpio|hamaca)|de tender))",
        {"owner": "self"},
    ),
    # --- a plan or a time -----------------------------------------------------------------
    (
        "plan",
        r"(?:ya )?(?:decidi|he decidido|tengo decidido|tengo pensado|ya se|se|tengo|elegi|escogi|planee|planeado|tengo planeado|tengo todo planeado|lo tengo planeado|lo tengo decidido|tengo un plan|ya tengo un plan|tengo el plan|arme el plan|pense) (?:\w+ ){0,3}(?:como|cuando|donde|el dia|la fecha|la hora|la noche|el lugar|el metodo|la forma|de que manera|todo)(?: (?:lo voy a hacer|lo hare|hacerlo|va a ser|sera|me voy|me voy a|irme|acabar|terminar|morir|matarme))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:{START}|ya |y |pero |entonces |asi que |si |bueno |(?:{TIME}|{IMMINENT}) )(?:lo hago|lo hare|lo voy a hacer|voy a hacerlo|lo intento|lo vuelvo a intentar|me voy para siempre|todo se acaba|todo termina|se acaba todo|se termina todo|todo acaba)(?: (?:{TIME}|{IMMINENT}))?(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:lo voy a hacer de verdad|esta vez lo hago|esta vez si lo hago|esta vez va en serio|ya lo tengo decidido|mi decision esta tomada|la decision esta tomada|ya tome la decision|ya tome una decision|ya lo decidi|ya esta decidido|no hay vuelta atras|no me voy a echar para atras|no me voy a arrepentir)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:es|sera|va a ser|seria) (?:\w+ )?(?:mi|el) (?:ultimo|ultima) (?:dia|noche|navidad|cumpleanos|fin de semana|semana|ano|mes|vez)|(?:mi|esta es mi|hoy es mi|manana es mi) (?:ultimo|ultima) (?:dia|noche)(?: (?:\w+ ){0,2}(?:aqui|aca|en este mundo|en la tierra|viva|vivo|de vida|con vida))?|(?:este|esta|hoy) (?:\w+ )?(?:es|sera) (?:mi )?(?:ultimo dia|ultima noche|el dia|la noche)(?! (?:de|del|que|en|para|con) )",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:despues de|pasando|pasada|pasado|en cuanto pase|cuando pase|cuando termine) (?:\w+ ){0,4}(?:(?:me voy|me ire|ya no voy a estar|ya no estare)(?! (?:tan|en|a|al|de|aca|aqui|disponible|ocupada|ocupado|trabajando|sola|solo|con|para|por|unos|unas|una|un))|lo hago|lo hare|lo voy a hacer|me despido|me mato|me muero|se acaba todo|acabo con todo|termino con todo|hago lo que tengo que hacer)",
        {"owner": "self"},
    ),
    ("time", r"{TIME}"),
    ("imminent", r"{IMMINENT}"),
    # --- preparatory acts -----------------------------------------------------------------
    (
        "preparatory",
        r"(?:carta|cartas|nota|notas|mensaje|mensajes|video|videos|audio|audios) (?:de )?(?:despedida|despedia|suicida|de adios|de despedirme|para despedirme|para despues|para cuando no este|para cuando ya no este|para cuando me vaya|para que la lean cuando)",
    ),
    (
        "preparatory",
        r"(?:escribi|escribiendo|escribo|deje|dejando|(?<!hija )(?<!hijo )(?<!ella )(?<! el )(?<!amiga )(?<!amigo )(?<!madre )(?<!padre )(?<!vecina )(?<!vecino )(?<!marido )(?<!esposo )(?<!esposa )(?<!mujer )(?<!hermana )(?<!hermano )(?<!nieta )(?<!nieto )(?<!prima )(?<!primo )(?<!novia )(?<!novio )(?<!comadre )(?<!compadre )dejo|voy a dejar|grabe|grabando|redacte|prepare|preparando|termine) (?:\w+ ){0,3}(?:cartas?|notas?|mensajes?|videos?|audios?) (?:\w+ ){0,5}(?:para cuando (?:ya )?no (?:este|estoy)|cuando (?:ya )?no (?:este|estoy)|para despues|para que la lean|para que las lean|para que sepan|explicando por que|explicandoles por que|despidiendome|de despedida|para despedirme|para que (?:la|las|lo|los) (?:lean|encuentren|abran) (?:cuando|despues|el dia))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:regale|regalando|regalar|regalo|voy a regalar|repartir|repartiendo|reparti|reparto|di|doy|dando|deshaciendome de|deshacerme de|me deshice de|me estoy deshaciendo de|dejarle|dejarles|mande|envie|he mandado|he enviado|le mande|le envie) (?:\w+ ){0,3}(?:todas mis cosas(?! de )|mis cosas(?! de )|todo lo mio|todas mis pertenencias|mis pertenencias|lo mas valioso|mis joyas|las joyas|todas mis joyas|mis anillos|mis alhajas|mis tesoros|mis ahorros|mis recuerdos|mi perro|mi perra|mi gato|mi gata|mis gatos|mis perros|mis mascotas|mi perrito|mi gatito|mi anillo|mi anillo de bodas|mi reloj|todo lo que tengo|todo lo que tenia|todas mis plantas|todos mis libros|toda mi ropa)(?! (?:viej\w+|usad\w+|que (?:ya )?no (?:uso|usaba|me quedan|me queda)|a la (?:iglesia|parroquia|caridad|beneficencia|biblioteca)|al (?:ropero|bazar|cotolengo)|a caritas|para la venta|porque me mudo|porque nos mudamos|por la mudanza|en (?:la|el) (?:mudanza|feria|bazar)))(?! (?:\w+ ){0,4}(?:porque|que|pq|xq|por) (?:me mudo|nos mudamos|me voy a vivir|me cambio de casa|la mudanza))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:hice|hacer|haciendo|redacte|escribi|escribiendo|firme|firmar|actualice|actualizar|cambie|termine|deje listo|deje hecho|arregle|prepare|tengo listo|ya esta|ya tengo) (?:\w+ ){0,2}(?:mi |el )?testamento|testamento (?:\w+ ){0,3}(?:listo|hecho|firmado|terminado|en el cajon|en la mesa|con las cartas)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:dejar|dejando|deje|dejo|tener|tengo|dejarlo|dejarles|poner|poniendo|puse|ponga|arreglar|arreglando|arregle|ordenar|ordenando|ordene|organizar|organizando|organice) (?:\w+ ){0,2}(?:todo|todas mis cosas|mis cosas|mis asuntos|mis papeles|los papeles|mis cuentas|las cuentas|el papeleo|mis documentos|los documentos|mis deudas) (?:\w+ ){0,2}(?:arreglado|arreglados|arregladas|en orden|ordenado|ordenados|listo|listos|listas|resuelto|resueltos|atado|bien atado|organizado|pagado|pagadas|en regla)(?: (?:para (?:cuando|que|q|mis|mi|los)|antes de (?:irme|partir|morir|que me vaya|que me muera)(?! (?:de|al|a la|a los|a las|a) )|antes de (?:irme|partir)(?= $)|por si))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:dejar|dejando|deje|dejo|tener|tengo|poner|puse|arreglar|arregle) (?:\w+ ){0,3}(?:todo|mis cosas|mis asuntos|mis papeles|las cuentas) (?:\w+ ){0,2}(?:arreglado|en orden|listo|resuelto|organizado|ordenado|ordenadito|atado)(?! (?:\w+ )?(?:para|pa|en) (?:la|el|los|las|mi|su|una|un) (?:fiesta|cena|almuerzo|comida|viaje|vacaciones|visita|visitas|reunion|cumple\w*|boda|bautizo|navidad|oficina|trabajo|mudanza|casa nueva|cocina|clase|curso|examen|cita|consulta|operacion|cirugia|feria|mercado|iglesia|misa|asado|torta|evento|invitados|nietos|nieta|nieto))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:para|pa) (?:cuando|cuándo) (?:yo )?(?:ya )?(?:no (?:este|estoy|estare)|me (?:vaya|haya ido|muera)|falte|ya no (?:este|estoy))|(?:cuando|el dia que) (?:yo )?(?:ya )?(?:no (?:este|estoy)|me vaya para siempre|me muera|falte)(?: (?:\w+ ){0,4}(?:cuiden|cuidar|quedan|se queda|les dejo|le dejo|que se quede|que le den|que tengan|encontraran|van a encontrar|sepan|recuerden))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:buscarle|buscando|busque|buscarles|busco|encontrar|encontre|consegui|conseguirle|dejarle|dejar) (?:\w+ ){0,2}(?:casa|hogar|dueno|duena|familia|quien cuide|alguien que cuide) (?:\w+ ){0,2}(?:a |para )?(?:mi |mis |el |los )?(?:perro|perra|perrito|perrita|gato|gata|gatito|gatita|gatos|perros|mascota|mascotas|loro|pajaro|canario)|(?:quien|quien va a) (?:cuidara|cuidaria|va a cuidar|se quedara con|se quedaria con|se va a quedar con) (?:\w+ ){0,2}(?:mis? )?(?:perro|perra|gato|gata|gatos|perros|mascotas|plantas)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:me despedi de todos|me despedi de todas|me estoy despidiendo de todos|me fui despidiendo de todos)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:me despedi|despidiendome|despedirme|me estoy despidiendo|me voy despidiendo|fui a despedirme|ir a despedirme|voy a despedirme) (?:\w+ ){0,4}(?:sin que (?:se den cuenta|se dieran cuenta|sepan|supieran|lo sepan|nadie sepa)|por ultima vez|para siempre|como si fuera la ultima vez|como si no (?:los|las|la|lo) fuera a ver)|(?:ver|abrazar|visitar|llamar|llame|visite|vi|abrace|hablar con) (?:\w+ ){0,3}(?:por ultima vez|una ultima vez|una vez mas antes de)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:pague|pagando|pagar|salde|saldando|saldar|cancele|cancelando) (?:\w+ ){0,3}(?:todas mis deudas|mis deudas|las deudas|todo lo que debo|lo que debia|todas las cuentas|el funeral|mi funeral|mi entierro|el entierro|la cremacion|el nicho|la tumba|el cajon|el ataud)|(?:funeral|entierro|cremacion|nicho|tumba|ataud|cajon|seguro de vida|servicio funerario|plan funerario|funeraria) (?:\w+ ){0,3}(?:pagado|pagada|listo|lista|arreglado|arreglada|contratado|contratada|elegido|elegida|escogido|al dia|a nombre de)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:contrasenas|claves|el pin|los pines|las claves del banco|datos del banco|cuentas del banco|donde estan los papeles|donde esta el testamento|donde estan los documentos|la poliza|el seguro de vida) (?:\w+ ){0,6}(?:por si acaso|por si me pasa algo|por si algun dia|para cuando|por si no estoy|en el cajon|en un sobre)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:por si|en caso de que) (?:me pasa|me pasara|me llega a pasar|algun dia me pasa|llegara a pasar|me llegara a pasar) (?:algo|cualquier cosa)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:ya )?(?:no voy a necesitar|no voy a ocupar|no me va a hacer falta|no me van a hacer falta|no necesitare|ya no necesito|ya no ocupo|no los voy a necesitar|no la voy a necesitar|no lo voy a necesitar|no las voy a necesitar) (?:\w+ ){0,4}(?:donde voy|a donde voy|adonde voy|mucho tiempo|despues de|ya mas|nada mas|mas|nunca mas)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:para que|asi|pa q|para q) (?:\w+ )?(?:nadie|nadie tenga que|mis hijos no tengan que|no tengan que|no le den|no les de|no les cause|no les toque) (?:\w+ )?(?:ocuparse|hacerse cargo|limpiar|pagar|arreglar|preocuparse|buscar|encontrarme|gastar|molestarse)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:no|que no|q no) (?:sea|quiero que sea|quiero que) (?:\w+ ){0,2}(?:quien|el que|la que|los que) (?:me )?(?:encuentre|encuentren|me encuentre|me encuentren)|(?:quien|quién) (?:me )?(?:va a encontrar|encontrara|me encontrara|me va a encontrar|me encuentre)|(?:nadie|que nadie) (?:\w+ )?(?:me encuentre|me encuentra|me va a encontrar|me encontraria|se de cuenta hasta)|(?:antes de que|hasta que) (?:alguien|nadie|alguno|mis hijos|mi hija|mi hijo) (?:\w+ )?(?:se de cuenta|me encuentre|me encuentren|llegue|lleguen|note)",
        {"owner": "self"},
    ),
    # --- an attempt in progress or just made ----------------------------------------------
    (
        "attempt",
        r"(?:me tome|me tomé|tome|me trague|trague|me bebi|bebi|me meti|me zampe|me empine|tomé|me acabo de tomar|acabo de tomar|me tomo|ya me tome|ya tome|me he tomado|he tomado|me tomado|me echo|me eche) (?:\w+ ){0,2}(?:{QUANTITY}) (?:\w+ ){0,3}(?:{PILL}|{POISON}|de golpe|de una|con alcohol|con vino|que tenia|que habia|que me quedaban|que encontre|de mi mama|de mi esposo|de la caja)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me tome|tome|me trague|trague|me bebi|bebi|me acabo de tomar|acabo de tomar|me acabo de beber|ya me tome|me he tomado|me tomado|he tomado|me eche|me tire) (?:\w+ ){0,2}(?:el |la |un |una |ese |esa |todo el |toda la |medio |media |un vaso de |una botella de |un trago de )?(?:{POISON})",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me tome|tome|me trague|trague|me bebi|me acabo de tomar|acabo de tomar|ya me tome|ya tome|me he tomado|he tomado) (?:\w+ ){0,2}(?:las|mis|esas|todas|todas mis|todas las|unas|varias|muchas|un monton de) (?:\w+ )?(?:{PILL})(?! (?:de (?:la manana|la noche|siempre|hoy|la presion|la tension|la tiroides|el azucar|la diabetes|el colesterol|el corazon)|del (?:corazon|azucar|colesterol)|como (?:siempre|cada dia|todos los dias)|para (?:la|el|mi) (?:presion|dolor|diabetes|corazon|tiroides|colesterol|gripe|alergia)|con el desayuno|en la manana))",
        {"owner": "self", "tense": "past", "weak": True},
    ),
    (
        "attempt",
        r"(?:intente|intenté|intento|intentado|trate|traté|tratado|trato|quise|he intentado|he tratado|intente de nuevo|intente otra vez|lo intente|lo intenté) (?:\w+ )?(?:de )?(?:{KILLME}|matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|tirarme|cortarme las venas|envenenarme|tomarme (?:\w+ ){0,2}(?:pastillas|veneno|todo)|hacerlo|morir|acabar con todo|irme)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:intento|intentos|tentativa|tentativas) (?:\w+ ){0,2}(?:de )?(?:suicidio|suicidarme|matarme|quitarme la vida|autolitico|autoliticos)|(?:mi|mis|un|el|primer|ultimo|otro) (?:\w+ )?(?:intento|intentos)(?: (?:\w+ )?(?:de suicidio|suicida))?(?! (?:de (?:hablar|llamar|contactar|acercarme|reconciliarme|arreglar|comunicarme|hacer|verla|verlo|salir|bajar)|por))",
        {"tense": "past"},
    ),
    (
        "attempt",
        r"(?:me corte|me corté|me abri|me raje) (?:\w+ ){0,2}(?:las venas|la muneca|las munecas|muy hondo|muy profundo|profundo|hondo|demasiado|el brazo y|fuerte)|(?:no|ya no) (?:para|paro|deja|dejo|me deja|puedo parar|puedo detener|se detiene|se para|se corta|para de) (?:\w+ )?(?:de )?(?:sangrar|la sangre|el sangrado)|(?:estoy|sigo|estoy perdiendo|pierdo) (?:\w+ )?(?:sangrando|desangrando|mucha sangre)|(?:mucha|tanta|demasiada|un monton de|un charco de) sangre|sangre (?:\w+ ){0,2}(?:por todos lados|por todas partes|en todo el piso|en el piso|en el bano|en la cama)|(?:me estoy|me voy a) desangrar",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:estoy|ya estoy|toy|estoy aqui|estoy aca|estoy parada|estoy parado|estoy sentada|estoy sentado|parada|parado|sentada|sentado|subida|subido|ya me subi|me subi|esta|se subio|esta parada|esta parado|esta sentada|esta sentado) (?:\w+ ){0,2}(?:en|sobre|arriba de|arriba del|encima de|encima del|al borde de|al borde del|en el borde de|en el borde del|en la orilla de|a la orilla de|junto a|junto al|frente a|frente al|enfrente de|al lado de|al lado del|cerca de|cerca del|del) (?:el |la |las |los |un |una |este |esta |mi )?(?:puente|borde|cornisa|baranda|barandal|azotea|vias|via del tren|vias del tren|precipicio|barranco|acantilado|risco|orilla del rio|xbridge|borde del (?:\w+)|baranda del (?:\w+)|barandal del (?:\w+)|otro lado de la baranda|otro lado del barandal)(?! (?:de (?:mayo|diciembre|agosto|octubre|noviembre|semana santa|brooklyn|londres|\w+ de vacaciones)|con (?:mi|mis|la|el) (?:familia|amigas|amigos|hijos|nietos|esposo|perro)|tomando|tendiendo|viendo|mirando|esperando|sacando fotos|disfrutando|pescando|paseando|de paseo|de vacaciones|largo|festivo|a tender|colgando la ropa|regando))",
    ),
    (
        "attempt",
        r"(?:tengo|ya tengo|me puse|ya me puse|con) (?:\w+ )?(?:la soga|la cuerda|el cinturon|el lazo|el mecate|la corbata|la bufanda) (?:\w+ )?(?:en el cuello|al cuello|alrededor del cuello)|(?:la pistola|el arma|el revolver|la escopeta) (?:\w+ ){0,2}(?:en la cabeza|en la boca|en la sien|apuntandome)|(?:abri|deje abierto|prendi) (?:\w+ ){0,2}(?:el gas|las hornallas|las hornillas)|(?:el motor|el carro|el coche|el auto) (?:\w+ ){0,2}(?:prendido|encendido|andando) (?:\w+ ){0,3}(?:en el garaje|en la cochera|con la manguera)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:ya lo hice|ya lo hize|ya lo ise|ya esta hecho|ya empece|ya comence|ya es (?:muy )?tarde para (?:mi|salvarme|arrepentirme|ayudarme|volver atras)|ya me las tome|ya me lo tome|ya me la tome|me las tome todas|me las tome|me las trague|me lo tome todo|me lo bebi)(?: (?:\w+ ){0,2}(?:ya|ahora|esta vez|todo|todas))?",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:me siento|me estoy sintiendo|estoy|toy|me pongo|me estoy poniendo|me empiezo a sentir|empiezo a sentirme|se me) (?:muy |bien |re |super |como )?(?:mareada|mareado|dormida|adormilada|adormilado|somnolienta|somnoliento|rara|raro|debil|pesada|pesado|borrosa|borroso|nublada|nublado|entumida|entumido|entumecida|dormido|floja|flojo|ida|ido|cansada|nublando|cierran los ojos|duerme todo|va la vista|nubla la vista) (?:\w+ ){0,3}(?:por las pastillas|de las pastillas|despues de tomarme|desde que me tome|ya hacen efecto|ya me hacen efecto|ya estan haciendo efecto|del veneno|por el veneno|ya|ahora)|(?:las pastillas|el veneno) (?:\w+ ){0,2}(?:ya )?(?:hacen|estan haciendo|empiezan a hacer|empezaron a hacer|hicieron) efecto",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:desperte|me desperte|amaneci|despertar) (?:\w+ ){0,2}en (?:el |la )?(?:hospital|urgencias|emergencias|guardia|terapia|terapia intensiva|la uci|uci|el seguro|la clinica)(?! (?:\w+ ){0,4}(?:operacion|operaron|cirugia|anestesia|parto|cesarea|caida|me cai|covid|neumonia|cadera|rodilla|infarto|derrame|biopsia))|(?:me hicieron|me tuvieron que hacer) (?:\w+ ){0,2}(?:lavado de estomago|un lavado|lavado gastrico)|me lavaron el estomago",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me ahorque|me colgue de|me tire del|me tire de|me tire al|me tire a las|me avente del|me avente de|me avente al|me envenene|me dispare|me pegue un tiro|me intoxique|me intoxique con)(?! (?:el telefono|la llamada|con el trabajo|en el pie|con la comida|con algo que comi|con mariscos|con el pescado|mar|agua|a la pileta|a la piscina|a la alberca|lago|pasto|piso a jugar))",
        {"owner": "self", "tense": "past"},
    ),
    # --- self-harm ------------------------------------------------------------------------
    (
        "self_harm",
        r"(?:me cortava|me cortaba|me estoy cortando|me vuelvo a cortar|me volvi a cortar|volvi a cortarme|volver a cortarme|cortarme|cortandome|me corte|cortarme otra vez|me corte otra vez|quemarme|quemandome|me estoy quemando|golpearme|golpeandome|me golpee|me lastime|lastimarme|lastimandome|rasgunarme|aranarme|morderme|pellizcarme|me hago dano|hacerme dano|haciendome dano|me hice dano|me hiero|herirme|castigarme|me autolesiono|autolesionarme|lesionarme|me mutilo|mutilarme|me jalo el pelo|me arranco el pelo|arrancarme el pelo|me estoy lastimando|me estoy haciendo dano|me estoy golpeando)(?! (?:el pelo|el cabello|el fleco|el flequillo|las unas|la barba|el dedo|la mano|un dedo|con (?:el|la|un|una) (?:papel|hoja|lata|horno|plancha|sarten|olla|aceite|puerta|mesa|cuchillo de cocina)|cocinando|picando|pelando|afeitandome|rasurandome|en la cocina|sin querer|por accidente|de casualidad|con la puerta|contra la mesa|con el mueble|en la rodilla|en la cabeza con|en el codo|al caer|al caerme|me cai|la rodilla|la cabeza con|un susto|un tiro|una ducha|un bano|una siesta|la vida|un pisoton|una escapada|de risa|por (?:ti|ella|el|ustedes|mis)|a (?:la|el|mi|mis|las|los) (?:cama|trabajo|telefono|tele|compu|serie)|el telefono|la compu|la tele|con (?:la|el|esa|ese) (?:serie|novela|trabajo|juego|libro|musica)|al sol|con el sol|en la playa|tomando sol|con el agua caliente del))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me corto|me quemo)(?= (?:hace|desde|todos|todas|cada|peor|mas|muy seguido|mucho|y me|y siento|y ya))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me corto|me quemo|me quemaba|me golpeo|me lastimo|me lastimaba|me rasguno|me rasgunaba|me arano|me aranaba|me muerdo|me mordia|me pellizco|me pellizcaba|me castigo|me hacia dano|me pego|me pegaba|me golpeaba)(?= (?:los|las|mis|el brazo|la pierna|los brazos|las piernas|la piel|las munecas|la muneca|el cuerpo|la panza|los muslos|a mi misma|a mi mismo|yo misma|yo sola|a proposito|adrede|cuando|porque|xq|pq|para (?:sentir|no sentir|calmar|castigarme|aliviar|descargar|sacar)|con (?:(?:una|un|la|el|mi|los|las|unos|unas|mis) )?(?:gillette|gilette|navaja|navajas|cuchilla|cuchillas|cutter|cuter|trincheta|hoja de afeitar|hojas de afeitar|vidrio|vidrios|tijera|tijeras|cuchillo|encendedor|cigarro|cigarros|cigarrillo|cigarrillos|pucho|puchos|aguja|agujas|compas|sacapuntas|xrazor|xknife|fosforos|cerillos)|en la cara|en la cabeza|en las piernas|en los brazos|cachetadas|bofetadas|golpes|punetazos|otra vez|de nuevo|todos los dias|todas las noches|x las noches|por las noches|en las noches|de noche|a veces|seguido|sola|hasta|en secreto|a escondidas|en el bano|para que|y me siento|y siento))|(?:{START}|yo |a veces |todavia |aun |sigo |siempre |casi |cada vez que |cuando |y |ya )(?:me corto|me quemo|me golpeo|me lastimo|me rasguno|me muerdo|me castigo)(?= $)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"autolesion\w*|auto lesion\w*|(?:hacer|hacerme|me hago|me hacia|hice) cutting|autoagresion\w*|autoagredirme|autolecion\w*|autoleciones|autolesione|cortes en (?:mis|los|las) (?:brazos|piernas|munecas|muslos|muneca)|(?:mis|las|unas) (?:cicatrices|heridas|marcas|cortadas|cortaduras|quemaduras|rayas|cortes) (?:\w+ ){0,3}(?:de los cortes|que me hice|que me hago|en (?:mis|los|las) (?:brazos|piernas|munecas|muslos|panza|abdomen))",
    ),
    (
        "self_harm",
        r"(?<!se hizo un )(?<!se hace un )(?<!hizo un )(?:cortar|cortarme|cortaba|corte|quemar|quemarme|queme|golpear|golpearme|golpee|rasgunar|rasgunarme|aranar|aranarme|lastimar|lastimarme|lastime) (?:\w+ ){0,3}(?:mis|los|las|el|la) (?:brazos|brazo|piernas|pierna|munecas|muneca|muslos|muslo|panza|guata|abdomen|estomago|piel|antebrazos|antebrazo|caderas|cara|cabeza contra|punos|nudillos)(?! (?:con (?:el|la) (?:puerta|mesa|horno|plancha|sarten)|cocinando|sin querer|por accidente|al caer))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me pego|me pegaba|me doy|me daba|golpeo|golpeaba|golpear|pegar|darme) (?:\w+ ){0,2}(?:la cabeza|cabezazos|golpes|punetazos|trompadas|pinas|bofetadas|cachetadas) (?:\w+ ){0,2}(?:contra|en) (?:la |el |las |los )?(?:pared|paredes|piso|puerta|espejo|muro|mesa|mi cabeza|mi cara|mi cuerpo)|(?:la cabeza|punetazos|golpes) contra la pared",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:reca[iy]\w*|volvi a caer|volvi a hacerlo|volvi a las andadas|rompi mi racha) (?:\w+ ){0,5}(?:cortarme|corte|cortes|la navaja|la gillette|el cutter|quemarme|lastimarme|hacerme dano|autolesion\w*|las cuchillas|la cuchilla)|(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|varios|muchos) (?:dias|semanas|meses|anos) (?:sin|limpia de|limpio de) (?:cortarme|lastimarme|hacerme dano|autolesion\w*|quemarme|cortes)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:{BLADE}|encendedor|cigarro|cigarrillo|plancha caliente|una aguja|un alfiler|un clip|un compas) (?:\w+ ){0,4}(?:en|sobre|contra|por) (?:mi|mis) (?:\w+ )?(?:piel|brazos?|piernas?|munecas?|muslos?|panza|abdomen|antebrazos?)|(?:agarre|agarro|tome|use|uso|saque|busque|busco) (?:la |una |el |un |mi )?(?:gillette|gilette|cuchilla|navaja|cutter|cuter|trincheta|hoja de afeitar|xrazor|sacapuntas)(?! (?:para (?:afeitarme|depilarme|abrir|cortar (?:el|la|una|un))))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:el dolor fisico|el dolor del cuerpo|sentir dolor|doler el cuerpo|que me duela) (?:\w+ ){0,4}(?:me calma|me alivia|me ayuda|me tranquiliza|me distrae|es mejor que|es lo unico|calma|alivia)|(?:ganas|impulsos?|necesidad|urgencia) (?:\w+ )?de (?:cortarme|lastimarme|hacerme dano|quemarme|golpearme|autolesionarme|castigarme)",
        {"owner": "self"},
    ),
    # --- being a burden -------------------------------------------------------------------
    (
        "burden",
        r"(?<!dijo que )(?<!dice que )(?<!dijo q )(?<!dice q )(?<!dicen que )(?<!dijeron que )(?<!piensa que )(?<!cree que )(?:soy|me siento|me he vuelto|me volvi|siento que soy|me siento como|no soy mas que|solo soy) (?:\w+ ){0,2}(?:una carga|un estorbo|un peso|un lastre|una molestia|un problema|el problema|un bulto|un trasto) (?:\w+ ){0,2}(?:para|pa) (?:todos|todo el mundo|mis hijos|mi hija|mi hijo|mi familia|ellos|mi esposo|mi marido|los demas|nadie|mis nietos|cualquiera)|(?<!dijo que )(?<!dice que )(?<!dijo q )(?<!dice q )(?<!dicen que )(?<!dijeron que )(?:soy|me siento|me he vuelto|me volvi|siento que soy|solo soy) (?:\w+ )?(?:una carga|un estorbo|un lastre|una molestia para todos)(?! (?:en (?:la|las|el|los|esta|esa|este|ese|cada|su|sus|mi|mis) (?:reunion\w*|fiesta\w*|foto\w*|conversacion|charla|chat|platica|discusion|llamada|cocina|camino|pasillo|mesa|cumple\w*|boda\w*|casamiento|cena\w*|comida\w*|asado\w*|auto|carro|coche|grupo|paseo\w*|viaje\w*|salida\w*|encuentro\w*|navidad\w*|almuerzo\w*|juntada\w*|festejo\w*|trabajo|oficina)|cuando (?:voy|vamos|estoy|hay|le pido|les pido|tengo que pedir|pido)|ahi|alli))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?<!dijo que )(?<!dice que )(?<!dijo q )(?<!dice q )(?<!dicen que )(?<!dijeron que )(?:estarian|estarían|estaria|estarian todos|todos estarian|estarían todos|vivirian|viviria|andaria|andarian|serian|seria|estan|estarán|estaran|estaría|les iria|le iria|todos vivirian|estariamos|seran) (?:\w+ ){0,2}(?:mejor|mas tranquilos|mas tranquila|mas tranquilo|mas felices|mas feliz|en paz|aliviados|aliviada|mas libres|tranquilos) (?:\w+ ){0,2}(?:sin mi|sin mí|si yo no estuviera|si no estuviera|si me muero|si me muriera|si yo me muero|si yo me muriera|si desaparezco|si desapareciera|cuando me muera|cuando yo no este|cuando ya no este|si ya no estoy|si yo no existiera|si no existiera|si me voy|si me fuera|si yo faltara|si falto|sin mi presencia)(?! en (?:su|sus|la) vidas?)(?! (?:ayuda|plata|dinero|permiso|consejo|opinion|firma|coche|carro|auto|casa))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:nadie|ni uno|ninguno|ninguna|ni mis hijos|ni mi hija|ni mi hijo|ni mi familia|a nadie) (?:\w+ ){0,2}(?:me extranaria|me extranarian|me va a extranar|me van a extranar|me echaria de menos|me echarian de menos|me va a echar de menos|lloraria|va a llorar|lloraria por mi|notaria|notarian|se daria cuenta|se darian cuenta|se va a dar cuenta|le importaria|les importaria|le va a importar|iria a mi funeral|vendria a mi funeral|me va a llorar|me lloraria)(?! (?:si me (?:mudo|voy de viaje|cambio de|dejo de (?:llamar|escribir))))",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:a nadie|nadie) (?:\w+ ){0,2}(?:le importa|le importaria|les importa|les importaria|le afectaria|le haria falta|va a notar|notaria) (?:\w+ ){0,3}(?:si me muero|si muero|si me muriera|si desaparezco|si desapareciera|si me mato|si no estoy|si ya no estoy|si no despierto|si yo faltara|si me pasa algo|que me muera|mi muerte)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:les|le) (?:haria|hago|haré|haria a todos|haria a ellos) (?:\w+ )?(?:un favor|un bien|la vida mas facil)|(?:solo|nada mas|nomas) (?:\w+ )?(?:causo|doy|traigo|genero|les doy|les causo|le causo|les traigo) (?:\w+ )?(?:problemas|dolor|sufrimiento|disgustos|molestias|gastos|preocupaciones|penas|lata)|(?:estorbo|(?<!me )(?<!le )(?<!nos )(?<!les )(?<!te )sobro(?! (?:para|de|comida|algo|plata|un|una))|estoy de mas|estoy de sobra|soy un estorbo|les estorbo|le estorbo|estoy estorbando)(?! (?:en (?:la|las|el|los|esta|esa|este|ese|cada|su|sus|mi|mis) (?:reunion\w*|fiesta\w*|foto\w*|conversacion|charla|chat|platica|discusion|llamada|cocina|camino|pasillo|mesa|cumple\w*|boda\w*|casamiento|cena\w*|comida\w*|asado\w*|auto|carro|coche|grupo|paseo\w*|viaje\w*|salida\w*|encuentro\w*|navidad\w*|almuerzo\w*|juntada\w*|festejo\w*|trabajo|oficina)|cuando (?:voy|vamos|estoy|hay|le pido|les pido|tengo que pedir|pido)|ahi|alli))|(?:seria|es|sera) (?:\w+ )?(?:un alivio|una liberacion|un descanso) (?:\w+ )?(?:para (?:ellos|todos|mis hijos|mi familia|mi hija|mi hijo)) (?:\w+ )?(?:si|que|cuando) (?:me muero|me muera|no estoy|ya no este|desaparezca|me vaya)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:dejar de ser|no quiero ser|no quiero seguir siendo|ya no quiero ser) (?:\w+ )?(?:una carga|un estorbo|un peso|un problema|una molestia)|(?:les quito|le quito|quitarles|quitarle|quitarme) (?:\w+ )?(?:un peso de encima|un problema de encima|un estorbo)|(?:todos|ellos|mis hijos|mi familia|el mundo) (?:\w+ ){0,2}(?:mejor|mas felices|mas tranquilos) sin (?:mi|mí)(?! (?:en la (?:fiesta|reunion|casa)|ahi|ayuda|plata|dinero|permiso|consejo|opinion|firma|coche|carro|auto|casa))",
        {"owner": "self"},
    ),
    # --- goodbye and finality -------------------------------------------------------------
    (
        "goodbye",
        r"(?:adios|adiós|chau|chao|bye) (?:\w+ )?(?:para siempre|pa siempre|x siempre|a todos|a todas|a todo el mundo|mundo|mundo cruel|a la vida|por siempre|por ultima vez|definitivo|xwave)|(?:te entrego mi alma|te encomiendo mi alma|encomiendo mi alma|recibe mi alma|en tus manos encomiendo|ten piedad de mi alma|perdona mis pecados y recibeme)|(?:hasta siempre|hasta nunca|hasta la eternidad|nos vemos en otra vida|nos vemos en el cielo|nos vemos del otro lado|nos veremos en el cielo|nos vemos alla arriba)",
    ),
    (
        "goodbye",
        r"(?:este es|esta es|este sera|esta sera|es|va a ser|sera) (?:\w+ )?(?:mi|el) (?:ultimo|ultima) (?:mensaje|msj|msg|carta|post|publicacion|palabra|palabras|escrito|vez que (?:escribo|les escribo|te escribo|hablo|escribire))(?! (?:al|en el|del|de este|de la|en este|por) (?:grupo|chat|foro|ano|dia|semana|hoy|tema))|(?:mi|mis) (?:ultimo|ultima|ultimas|ultimos) (?:mensaje|mensajes|msj|palabras|carta|publicacion)(?! (?:al|en el|del|de este|de la|en este|por|de) (?:grupo|chat|foro|ano|dia|semana|hoy|tema|whatsapp|la noche))|ultima vez que (?:\w+ )?(?:escribo|les escribo|te escribo|hablo con|les hablo|te hablo|hablo|les mando|me leen|me vas a leer|me van a leer|sabran de mi|van a saber de mi|me ven)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:no|ya no|nunca) (?:van a saber|sabran|vas a saber|sabras|volveran a saber|vas a volver a saber|van a volver a saber|oiran|escucharan) (?:\w+ )?(?:de mi|nada de mi|mas de mi)(?! (?:hasta|por (?:unos|un|una|unas)|durante|en (?:unos|un|una)|esta semana|este mes|porque|xq|pq|mientras))|(?:ya no|no) (?:voy a|vuelvo a|volvere a|pienso) (?:\w+ )?(?:escribir|escribirles|escribirte|molestar|molestarlos|molestarte|volver|estar aqui|estar aca|aparecer|conectarme|hablar) (?:\w+ ){0,2}(?:mas|nunca mas|nunca|otra vez|despues de hoy|despues de esta noche|por aqui|por aca)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:me despido|me estoy despidiendo|vengo a despedirme|quiero despedirme|queria despedirme|solo queria despedirme|paso a despedirme|me despido de ustedes|me despido de todos)(?= (?:(?:\w+ ){0,4}(?:de este mundo|de la vida|de esta vida)|para siempre|de la vida|de este mundo|de todos para siempre|de ustedes para siempre|definitivamente|por ultima vez|antes de irme(?= $)|antes de que sea tarde|de verdad|en serio))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:diganle|digale|decile|decirle|dile|diles|digan|decinle|diganles|decirles|avisenle|digale|que sepan|que sepa|quiero que sepan|quiero que sepa) (?:\w+ ){0,3}(?:que |q |k )?(?:la quiero|lo quiero|los quiero|las quiero|la ame|lo ame|los ame|siempre la quise|siempre lo quise|siempre los quise|la amo|lo amo|los amo|la perdono|lo perdono|los perdono|me perdone|me perdonen|no fue su culpa|no es su culpa|no fue culpa|no es culpa|lo siento|lo siento mucho)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:no|nada de esto|esto no) (?:es|fue|sera) (?:\w+ )?culpa (?:de nadie|tuya|suya|de ustedes|de ellos|de mis hijos|de mi hija|de mi hijo)|(?:cuiden|cuidenme|cuiden mucho|cuidame|cuidala|cuidalo|cuidalos|cuidenla|cuidenlo|cuidenlos|cuidá|cuida) (?:\w+ ){0,2}(?:a mis|a mi|de mis|de mi|mucho a mis|mucho a mi|bien a mis|bien a mi) (?:\w+ )?(?:hijos|hija|hijo|nietos|nieta|nieto|gatos|perro|perros|gato|plantas|mama|marido|esposo)(?: (?:por mi|cuando no este|cuando ya no este|de mi parte|que yo ya no puedo|que yo no voy a poder))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:perdon por todo|perdonenme por todo|perdoname por todo|perdoname todo|perdonenme todo|perdonen todo)",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:los quiero|las quiero|los quise|las quise|los ame|las ame|los amo|las amo) (?:a todos|a todas|mucho|muchisimo|siempre)(?: (?:a todos|a todas|mucho|siempre))?(?= $)|(?:los quiero|las quiero|los amo|las amo|los adoro)(?= $)|siempre los (?:quise|quice|ame)|fue un placer conocerlos|fue lindo conocerlos",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:gracias por todo|gracias x todo|gracias por tanto) (?:\w+ ){0,4}(?:adios|adiós|chau|chao|para siempre|hasta siempre|perdonenme|perdoname|perdon por todo|los quise|los ame|fue un placer|me voy|xwave)",
    ),
    (
        "goodbye",
        r"(?:ya no vas a tener que|no van a tener que|ya no van a tener que) (?:\w+ )?(?:aguantarme|soportarme|preocuparse por mi|preocuparte por mi|escucharme|leerme|cuidarme)|(?:llego mi hora|me llego la hora|es hora de irme|es hora de despedirme|ya es hora de irme|ya es hora de despedirme)(?! (?:de (?:comer|dormir|cenar|trabajar|salir|la cena|la comida|irme a dormir|acostarme)))",
        {"weak": True},
    ),
    # --- more ways of saying it ------------------------------------------------------------
    (
        "wish_dead",
        r"(?:ojala|ojala que|ojala q|pensando ojala|quisiera|rezo para que|pido que) (?:ya )?(?:no me despierte|no me despertara|no me despertase|no me vuelva a despertar|no me volviera a despertar|me quede dormida para siempre|me quede dormido para siempre|me duerma y no despierte|me duerma para siempre|no amanezca mas|no llegue a manana|no llegue a mañana|no llegar a manana|no pase de esta noche|no pasar de esta noche|no ver otro dia|un dia no despierte)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:me da rabia|me da pena|me duele|lamento|lamentar|odio|me molesta|me enoja|me frustra|me pesa) (?:\w+ )?(?:haberme despertado|haberte despertado|haber despertado|despertarme|despertar cada|despertar otra vez|seguir despertando|amanecer viva|amanecer vivo|seguir viva|seguir vivo|estar viva|estar vivo|haber nacido|que amanezca)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:si|que|cuando) me (?:muero|muera|muriera|muriese|llego a morir) (?:\w+ ){0,6}(?:lo prefiero|lo preferiria|mejor|mucho mejor|seria un alivio|me da igual|no pasa nada|ojala|no me importa|seria lo mejor|que sea pronto|que sea ya|bienvenido sea|bienvenida sea|gracias a dios)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:que|q|k|cual es el|cual seria el|para que|que|q) (?:\w+ )?(?:sentido|caso|objeto) (?:tiene|tendria|tenia) (?:\w+ )?(?:{SEGUIR}|vivir|seguir viva|seguir vivo|seguir viviendo|estar viva|estar vivo|seguir aqui|seguir aca|seguir en este mundo|levantarme|despertar|existir)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"lo mejor (?:seria|es|sera|para todos seria|para todos es) (?:\w+ )?(?:{KILLME}|morirme|morir|desaparecer para siempre|no estar|no existir|irme para siempre|dejar de existir|que me muera|que yo no este|no despertar)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:me voy|irme|me ire|me iria|quiero irme|me quiero ir) (?:\w+ )?(?:detras de|detras|atras de|tras|junto a|junto con) (?:ella|el|ellos|mi \w+)(?! (?:a |al |para |de compras|en el))|(?:me voy|me ire|me iria) con (?:ella|el) (?:\w+ ){0,2}(?:al cielo|para siempre|alla arriba|donde esta|donde este)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:pense|pienso|he pensado|pensando|pensar|penso|pensé) (?:\w+ ){0,3}en (?:\w+ )?(?:{KILLME}|acabar con todo|acabar con mi vida|terminar con mi vida|terminar con todo|quitarme la vida|matarme|suicidarme)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pienso en|pensando en|pense en|ganas de|quiero|voy a|me dan ganas de|tentada de|tentado de|he pensado en|se me ocurre|podria|deberia|mejor) (?:\w+ )?(?:tirarme|aventarme|arrojarme|lanzarme|botarme)(?= $| (?:de|del|desde|por|al|a la|a las|a los|bajo|abajo|frente|delante|enfrente|y|o|pero|ya|hoy|esta|manana|ahi|alli|alla))(?! (?:a la (?:cama|pileta|piscina|alberca|bartola)|al (?:sofa|sillon|piso a|agua a nadar)))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{ROPE}|{GUN}|{POISON}|{PILL}|cuchillo|navaja|gillette|cuchilla|balcon|ventana|puente|vias|azotea|cornisa|terraza) (?:\w+ ){0,6}(?:me quedo mirandola|me quedo mirandolo|me quedo mirandolas|me quedo mirandolos|mirandola|mirandolas|mirandolo|mirandolos|la miro|las miro|lo miro|los miro|las cuento|las conte|la toco|lo toco|las toco|la acaricio|la agarro|lo agarro) (?:\w+ ){0,2}(?:mucho rato|por horas|horas|cada noche|todas las noches|distinto|diferente|de otra forma|de otra manera|cada dia|todo el tiempo|y pienso|pensando|antes de dormir|antes de apagar la luz)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:balcon|ventana|puente|vias|azotea|terraza|precipicio|barranco|rio|mar) (?:\w+ ){0,7}(?:lo miro|la miro|los miro|las miro|me miran) (?:distinto|diferente|de otra forma|de otra manera|con otros ojos)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:con|las|los) (?:\w+ ){0,4}(?:{PILL}|{POISON}) (?:\w+ ){0,4}(?:alcanza|alcanzan|alcanzaria|alcanzarian|basta|bastan|bastaria|bastarian|sobra|sobran|es suficiente|son suficientes|seria suficiente|serian suficientes|me sirve|me sirven|me alcanza|me alcanzan)(?! (?:hasta|para (?:el|todo el|un|este|fin de) mes|por un mes|para la semana|para (?:el|la) (?:dolor|presion|viaje)))",
        {"owner": "self"},
    ),
    (
        "method",
        r"cuanto (?:tiempo )?(?:se )?(?:tarda|tardan|tardaria|demora|demoran|tarda uno|tarda una persona) (?:\w+ ){0,6}(?:en hacer efecto(?= en (?:una persona|alguien|un adulto|una mujer|un hombre|el cuerpo)| si (?:me |te |uno )?(?:tomo|toma|trago|traga|bebo|bebe|tomas|tragas))|en morir|en morirse|en matar|en matarte|en desangrarse|en desangrarte|en ahogarse|en ahogarte|en perder el conocimiento|en dormirse para siempre|en colgarse|en ahorcarse|en una persona)",
    ),
    (
        "method",
        r"(?:no giro|no gire|no girar|no doblo|no doblar|soltar|suelto|solte|aflojar|afloje|aflojo|dar vuelta|doy vuelta|di vuelta|girar|giro|pegar|pego) (?:\w+ )?(?:el volante|las manos del volante)|(?:parezca|parece|parecer|pareceria|pareciera|simular|que sea|como) (?:\w+ )?un accidente(?! (?:de (?:trabajo|transito)|laboral))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:tomarmelas|tomarmelos|tomarmela|tomarmelo|tragarmelas|tragarmelos|tragarmela|tragarmelo|bebermelas|bebermela|bebermelo|me las tomo|me las trago|me los tomo|me lo tomo|me la tomo|me las tomaria|me las tragaria|me lo bebo|tomarlas|tragarlas|tomarlos) (?:\w+ ){0,2}(?:todas|todos|toda|todo|de golpe|de una|de una vez|juntas|juntos|enteras|enteros|enteritas|de un trago|de un jalon)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:gas|hornallas|hornillas|llaves del gas|estufa) (?:\w+ ){0,6}(?:dejarlo abierto|dejarla abierta|dejarlas abiertas|dejar abierto|dejar abierta|abrirlo|abrirla|abrirlas|y acostarme|y dormirme|y no despertar|sin prender|sin encender|y cerrar las ventanas|con las ventanas cerradas)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:meterme|meterne|entrar|entrarme|caminar|adentrarme|me meto|me metere|metiendome) (?:\w+ ){0,4}(?:y )?(?:seguir caminando|no salir mas|no salir|no volver|no volver a salir|hasta que no|hasta q no|hasta no)(?: (?:haga pie|hacer pie|toque fondo|pueda mas|pueda respirar|me cubra|vuelva))?|(?:hasta que|hasta q|hasta k) (?:no )?(?:haga pie|hiciera pie|el agua me (?:cubra|tape|tapara|cubriera|lleve|llevara)|me lleve la corriente|me trague el mar|me hunda)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:dejar|deje|dejo|voy a dejar|dejaria) de (?:comer|tomar agua|beber|tomar mis medicinas|tomar la medicacion|tomar los remedios) (?:\w+ ){0,2}(?:hasta (?:que|q|k) (?:\w+ ){0,3}(?:se apague|se apagara|me muera|me muriera|muera|no aguante|se rinda|deje de funcionar|desaparezca|se acabe|me apague)|hasta (?:morir|morirme|desaparecer|apagarme))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:carbon|brasero|anafe|braserito|parrilla) (?:\w+ ){0,10}(?:con todo cerrado|con las ventanas cerradas|con la puerta cerrada y|sin ventilacion|encerrada|encerrado|sellad\w+|tapad\w+ las rendijas|tape las rendijas|tapar las rendijas)|(?:compre|comprar|consegui|tengo) (?:el |un |una bolsa de |bolsas de )?carbon(?! (?:para (?:el|la|un|una) (?:asado|parrilla|parrillada|bbq|barbacoa|domingo)|y (?:la|el) (?:carne|chorizo)))",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:{GUN}) (?:\w+ ){0,6}(?:sigue|esta|estan|guardada|guardado|en el ropero|en el cajon|en el placard|en el closet|en el armario|cargada|cargado|con (?:las|los) (?:balas|cartuchos|municiones))",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:tengo|junte|guarde|hay) (?:\w+ )?(?:dos|tres|cuatro|cinco|varias|muchas|\d+) (?:cajas|frascos|blisters|tiras|tarros|botes|cajitas) (?:\w+ ){0,4}(?:en la mesita|en la mesa de noche|en el buro|en el cajon|en el bano|escondid\w+|guardad\w+|de (?:{PILL}))",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        # "me despierto pensando en eso y me acuesto pensando en eso" is how grief and worry
        # are told too; a death said before it is a sign of its own.
        r"(?:{START}|y |ya |solo |)(?<!despierto )(?<!acuesto )(?<!levanto )(?<!duermo )(?:pienso|pense|pensando) (?:mucho |todo el tiempo |cada dia |a cada rato )?en (?:eso|ello|hacerlo|usarla|usarlo|usarlas)(?= $| (?:todo el tiempo|cada dia|cada noche|a cada rato|mucho|muchisimo))",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:ya )?(?:elegi|escogi|decidi|fije|marque|puse|pense|planee|defini|calcule|tengo pensado|tengo decidido|tengo elegido) (?:el dia|la fecha|la hora|el momento|el lugar|el sitio|como y cuando|cuando y como|donde y cuando)(?= $| (?:y |para |ya |es |sera |va a ser ))"
        # Not the place or date of a party, a trip or an appointment.
        r"(?! para (?:la|el|los|las|mi|su|nuestra|nuestro|una|un) (?:\w+ )?(?:fiesta|boda|cumple\w*|reunion|cena|comida|almuerzo|viaje|vacaciones|mudanza|bautizo|comunion|graduacion|asado|paseo|picnic|cita|entrevista|operacion|cirugia|turno|examen|evento|celebracion|misa|novena|despedida|casamiento|aniversario|encuentro|retiro|excursion|consulta|tramite|quinceanera|quince|baby shower))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:ya )?no voy a seguir(?= $| (?:aqui|aca|mas|viva|vivo|en este mundo|con vida|respirando))|(?:ya )?no (?:voy a estar|estare) (?:\w+ )?(?:para (?:navidad|fin de ano|su cumpleanos|mi cumpleanos|el ano nuevo|entonces|verlo|verla|verlos)|el ano que viene|en (?:navidad|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "plan",
        r"(?:{START}|ya |y |pero |entonces |asi que )(?:me mato|me suicido|me ahorco|me quito la vida|lo hago|me voy)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:\w+ )(?:me mato|me suicido|me ahorco|me cuelgo|me quito la vida|me pego un tiro)(?= $)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:para|pa|asi) (?:{Q}) (?:la|las|lo|los|me|nos) (?:lean|lea|encuentren|encuentre|abran|abra|vean|escuchen|lean despues|tengan) (?:\w+ )?(?:despues|cuando|mas tarde|luego|el dia que|al final)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:carta|cartas|nota|notas|mensaje|mensajes|video|videos) (?:\w+ ){0,3}(?:a|para) cada (?:hijo|hija|uno|una|nieto|nieta|hermano|hermana)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:si|por si|x si|en caso de que|por si acaso) (?:algo )?(?:me pasa|me pasaba|me pasara|me llega a pasar|me llegara a pasar|me ocurre|me ocurriera|me muero|me muriera|yo falto|yo faltara|falto)(?: algo)?",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:se quede|se quedara|quedarse|se haga cargo|se hiciera cargo|hacerse cargo|cuide|cuidara|se encargue|encargue|deje encargad\w+|encargarle|le encargue|le encargo) (?:\w+ ){0,2}(?:con|de|a)? ?(?:mis |mi |el |la |los |las )?(?:perr\w+|gat\w+|mascotas?|plantas|loro|canario|casa|toby|negra|negro|pichicho|\w+)(?= (?:\w+ ){0,4}(?:si me pasa|si a mi me pasa|por si|cuando no|cuando yo no|cuando ya no|para cuando|porque yo|si yo))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:si|porque|xq|pq|total|como|igual|si total|ya que) (?:ya )?(?:no voy a estar|no voy a estar aqui|no voy a estar aca|no estare|no voy a seguir aqui|no voy a seguir aca)(?= $| (?:aqui|aca|mas|para|ya))",
        {"owner": "self", "negatable": False},
    ),
    (
        "preparatory",
        r"(?:todo|todas las cuentas|las cuentas|mis cosas|los papeles|mis papeles|la casa|el piso|mis asuntos) (?:\w+ ){0,2}(?:limpio|limpia|arreglado|arreglada|en orden|listo|lista|ordenado|ordenada|pagado|pagada|resuelto|organizado) (?:\w+ ){0,2}para cuando (?:yo )?(?:ya )?no (?:este|estoy|estare)|(?:ya )?(?:esta|tengo) (?:todo )?(?:listo|lista|preparado|preparada|arreglado|en orden) para (?:irme|partir|mi partida|el final|despedirme|cuando me vaya)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:que|q|para que|para q|asi) (?:\w+ )?(?:nadie|ninguno|ninguna|mis hijos no|no) (?:tenga|tengan|tiene|tienen|tendra|tendran|va a tener|van a tener) (?:{Q}) (?:\w+ )?(?:pelearse|pelear|ocuparse|hacerse cargo|limpiar|pagar|arreglar|preocuparse|buscar|gastar|hacer nada|encargarse|ocuparse de nada|hacer tramites|poner un peso)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:deje|dejo|dejar|tengo|ya tengo|quedo|queda) (?:todo (?:pagado|saldado)|(?:\w+ ){0,2}(?:pagado|pagada|pagados|pagadas|listo|lista|arreglado|arreglada|contratado|contratada) (?:\w+ )?(?:el nicho|el funeral|mi funeral|el entierro|mi entierro|la cremacion|el servicio funerario|el servicio|la tumba|el cajon|el ataud|la parcela|el velorio|las vacunas|el alquiler|las cuentas|todo))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:papeles|poliza|documentos|papeleo|escrituras|testamento) (?:\w+ ){0,4}(?:encima de la mesa|sobre la mesa|en la mesa|encima del escritorio|en el cajon|a la vista|en un sobre|donde los encuentre|donde los vean)",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "preparatory",
        r"(?:le |les )?(?:di|dimos|dar|darle|dejar|deje|dejo|doy|darles|me di|me dieron|dando) de baja (?:\w+ ){0,3}(?:netflix|el gimnasio|el gym|el celular|el telefono|la linea|el seguro|la tarjeta|el cable|internet|la luz|spotify|mis cuentas|la cuenta|todo|el plan)|(?:cancele|cancelando|anule|anulado|cancelado) (?:\w+ ){0,3}(?:citas?|turnos?|controles?|consultas?|estudios|analisis|el dentista|la cita|las citas|los turnos|el turno|la mamografia|el medico|la peluqueria|netflix|el gimnasio|el gym|el celular|las suscripciones|la suscripcion|el prestamo|la tarjeta|el seguro|los controles|el control|el viaje)",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "preparatory",
        r"(?:ya )?(?:no|ya no) (?:me )?(?:hace falta|hacen falta|va a hacer falta|van a hacer falta|lo voy a necesitar|la voy a necesitar|los voy a necesitar|las voy a necesitar|lo necesito|la necesito|los necesito|las necesito|me sirve|me sirven)(?= $| (?:ya|mas|para nada|donde voy))|no quiero (?:dar|darle|darles) (?:\w+ )?(?:trabajo|molestias|problemas|gastos) a nadie|(?:a nombre de) (?:mi |su )?(?:hermana|hermano|hija|hijo|sobrino|sobrina|nieta|nieto)|(?:queda|quedara|quede) para (?:\w+ )?(?:mi )?(?:\w+)(?:,)? (?:el auto|la casa|el coche|el carro)|la casa queda para|(?:el auto|el coche|el carro|la casa|las joyas) (?:\w+ )?para (?:mi )?(?:sobrino|sobrina|hija|hijo|nieta|nieto|hermana|hermano)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:carta|cartas|nota|notas) (?:de )?(?:despedia|despedidas|despedid|despedisa|despdida)|(?:para despues|para cuando ya no|para el final)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:claves|contrasenas|el pin|los pines|la clave|las claves|datos del banco|cuentas del banco) (?:\w+ ){0,6}(?:anotad\w+|escrit\w+|en un sobre|en el cajon|para mi hija|para mi hijo|para mi hermana|para mis hijos|para despues|por si)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:tengo|ya tengo|con|me puse|ya me puse) (?:\w+ )?(?:la soga|la cuerda|el lazo|el mecate|la horca|el cinturon|xrope) (?:\w+ )?(?:puesta|puesto|atada|atado|amarrada|amarrado|lista|colgada)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:me tome|tome|me trague|trague|me bebi|me acabo de tomar|acabo de tomar|ya me tome|me he tomado|he tomado) (?:\w+ ){0,4}(?:{PILL}|{POISON}) (?:\w+ ){0,4}(?:todas|todos|toda|todo|enteras|entero|entera|completas|completo|de golpe|juntas|de una|de un trago)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "goodbye",
        r"(?:{START})(?:perdon|perdoname|perdonenme|perdonen|perdona|lo siento|disculpen|perdon por todo)(?= $| ya no puedo| no puedo mas| no aguanto| por todo| los quiero| las quiero| a todos| a todas)",
        {"weak": True},
    ),
    (
        "self_harm",
        r"(?:me volvi a|volvi a|vuelvo a|me vuelvo a|volver a|ganas de volver a) (?:cortar|cotar|cortava|cortarme|cotarme|lastimar|lastimarme|quemar|quemarme|hacer dano|hacerme dano|golpear|golpearme|rasgunar|autolesionar|autolesionarme)|(?:llevaba|llevo|tenia|estuve|estaba) (?:\w+ ){0,3}(?:limpia|limpio|sin cortarme|sin lastimarme|sin hacerme dano)(?: (?:de cortes|de autolesiones|del cutter))?",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me kemo|me keme|kemarme|me quemo|me queme|quemarme|me quemaba|me estoy quemando|me hago quemaduras|me hice quemaduras) (?:\w+ ){0,4}(?:con (?:(?:el|un|los|una|la|unos|mis) )?(?:cigarro|cigarrillo|cigarros|cigarrillos|puchos?|encendedor|fosforo|fosforos|cerillo|cerillos|vela|plancha caliente|cuchara caliente|agua hirviendo|encendedor caliente))|(?:cigarro|cigarrillo|pucho|encendedor) (?:\w+ ){0,3}(?:en|contra|sobre) (?:la|el|mi|mis) (?:piel|brazo|brazos|pierna|piernas|mano|manos|muneca|munecas)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:hasta (?:que|q|k) (?:me )?(?:sangr\w+|salio sangre|saliera sangre|sale sangre|salga sangre|me salio sangre|me sale sangre|sangre)|hasta (?:sacarme|hacerme) sangre|hasta sangrar|hasta hacerme sangrar)(?! (?:la nariz|por la nariz))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:lo hice|lo hago|me lo hice|me lo hago|fue) (?:a proposito|adrede|intencionalmente|queriendo|apropositito)|(?:no fue|no era) (?:un accidente|sin querer|accidental)|(?:a proposito|adrede) (?:me )?(?:corte|queme|golpee|lastime|pegue|hice)",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"(?:me hice|me hago|me estoy haciendo|me hacia|hacerme|haciendome|me he hecho) (?:\w+ )?(?:cortes|cortadas|cortaduras|cortecitos|heridas|quemaduras|rayas|rayitas|rasgunos|marcas|moretones|moretes)(?! (?:cocinando|sin querer|por accidente|jugando|con la puerta|en la cocina))|me (?:hise|hize|ise|iso|hiso) (?:\w+ )?(?:dano|danio|cortes|eso)|(?:me hice|me hago|me hacia|hacerme) (?:algo asi|eso otra vez|eso de nuevo|dano de nuevo|dano otra vez)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me di|me doy|me daba|me pegue|me pego|darme|pegarme|me golpee|me golpeo) (?:\w+ )?(?:con la cabeza|la cabeza|de cabezazos|cabezazos|punetazos|pinas|trompadas|golpes|bofetadas|cachetadas) (?:\w+ ){0,2}(?:contra|en) (?:el|la|los|las|mi)? ?(?:\w+ )?(?:espejo|pared|paredes|puerta|piso|muro|mesa|azulejos|vidrio|cara|cabeza)|(?:le pegue|le pego|le daba|golpee|golpeo|pegarle|pegandole) (?:\w+ ){0,2}a la pared (?:\w+ ){0,4}(?:hasta|con los punos|con el puno|sangr\w+|nudillos)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me clave|me clavo|me clavaba|clavarme|me entierro|me enterre|me hundo|me hundi) (?:\w+ )?(?:las unas|las uñas|una aguja|agujas|alfileres|un alfiler|el compas|la tijera|las tijeras|un clip|las llaves) (?:\w+ ){0,2}(?:en|contra)|(?:me rasco|me rascaba|me arranco|me arrancaba|me pellizco|me pellizcaba|me muerdo|me mordia|me araño|me arano) (?:\w+ ){0,3}(?:hasta|sangre|la piel|las costras|las heridas)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:brazo|brazos|piernas|pierna|muslos|muslo|munecas|muneca|panza|abdomen|piel|antebrazo|antebrazos) (?:\w+ )?(?:lleno|llena|llenos|llenas|cubierto|cubierta|cubiertos|cubiertas) de (?:cortes|cortez|cicatrices|marcas|quemaduras|heridas|cortadas|cortaduras|rayas|rasgunos|costras)|(?:cortes|cortez|cicatrices|marcas|quemaduras|heridas|cortadas|rayas) (?:\w+ )?(?:nuevos|nuevas|frescos|frescas|recientes|de ayer|de hoy|de anoche)(?: (?:\w+ ){0,3}(?:en )?(?:el |los |la |las |mis |mi )?(?:brazo|brazos|piernas|pierna|muslos|munecas|muneca|panza|piel|guata))?",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:manga larga|mangas largas|pulseras|pantalon largo) (?:\w+ ){0,6}(?:para (?:que no|tapar|esconder|cubrir)|con este calor|aunque haga calor)|(?:tapar|esconder|cubrir|escondo|tapo) (?:\w+ )?(?:los cortes|las marcas|las cicatrices|las heridas|las quemaduras)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:soy|me siento|siento que soy|no soy mas que|solo soy) (?:\w+ )?(?:una crga|una karga|un cacho|una cacha|una piedra en el zapato|un bulto|un clavo|una molestia|un fastidio)(?: (?:\w+ ){0,2}(?:para|pa|de) (?:todos|todo el mundo|mis hijos|mi hija|mi hijo|mi familia|ellos))?",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:estarian|estaria|estarían|vivirian|serian|seria|estan|estaran|les iria|le iria|todos) (?:\w+ ){0,2}(?:mejor|mas felices|mas feliz|mas tranquilos|mas tranquila|mas tranquilo) (?:\w+ )?(?:sim mi|sin mi|sinmi|sn mi)(?! (?:ayuda|plata|dinero|permiso|consejo|opinion|firma|coche|carro|auto|casa))|(?:mejor|mas felices|mas tranquilos) sin (?:una|un) (?:madre|mama|abuela|esposa|hermana|hija|suegra|vieja|mujer|persona) (?:\w+ )?como yo",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:no|ya no) (?:voy a ser|sere|les voy a ser|le voy a ser|voy a seguir siendo) (?:\w+ )?(?:un problema|una carga|una molestia|un estorbo|un peso|una preocupacion|un gasto) (?:\w+ ){0,3}(?:por mucho tiempo|mucho tiempo mas|por mucho mas|por mucho|mucho mas|por mas tiempo|mas tiempo|por mucho tiempo mas|nunca mas|por mas|ya mas)",
        {"owner": "self", "negatable": False},
    ),
    (
        "burden",
        r"(?:soy|me siento como) (?:\w+ )?(?:un peso|una carga|un estorbo|un lastre|un cacho) (?:\w+ ){0,2}(?:para|pa) (?:\w+ )?(?:todos|todas|ellos|ellas|mis|mi|la|el|los)|(?:les|le) (?:arruino|arruine|amargo|complico|hago dificil|hago mal|hago dano|estropeo|jodo) (?:\w+ )?(?:la vida|la existencia|todo)(?: (?:con solo existir|con mi existencia|solo por existir|por existir|con estar|con solo estar))?|(?:con solo existir|solo por existir|por el solo hecho de existir)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:seria|sera|es|seria todo|todo seria|todo sera) (?:\w+ )?(?:mas facil|mas faciles|mejor|mas sencillo|mas tranquilo|mas llevadero|un alivio|mas liviano) (?:\w+ ){0,3}(?:si yo (?:ya )?no (?:estuviera|existiera|estoy)|si ya no estuviera|si no estuviera|sin mi|cuando yo no este|cuando ya no este|si me muero|si me muriera|si me voy|si me fuera|si desaparezco|si desapareciera)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:se quitaria|se quitarian|se sacaria|se sacarian|les quitaria|le quitaria|se quitan|se sacan|se sacarían|se quitarían|les quito|le quito|quitarles|quitarle) (?:\w+ )?(?:un peso de encima|un peso|una carga|un problema de encima|un estorbo)|sin mi (?:\w+ ){0,2}(?:estarian|seria|serian|se les|les iria|vivirian|estaria|les va|le va|se arreglaria|se arreglarian|todo seria|todos estarian)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:respirar|respiraran|respiraria|respirarian|van a respirar|va a respirar|descansar|descansaran|van a descansar|va a descansar|estar tranquilos|vivir tranquilos|van a estar tranquilos|van a vivir tranquilos|estaran tranquilos|estaran en paz|van a estar mejor|va a estar mejor|estaran mejor|van a estar en paz|se van a sentir aliviados) (?:\w+ ){0,2}(?:cuando|si|el dia que|una vez que) (?:yo )?(?:ya )?(?:no este|no estoy|me muera|falte|me vaya|no exista|desaparezca|me haya ido|muera)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:si me muero|si me muriera|si desaparezco|si desapareciera|si me voy|si me fuera|si yo faltara|si falto) (?:\w+ ){0,3}(?:nadie|ni) (?:\w+ )?(?:se entera|se enteraria|se da cuenta|se daria cuenta|lo nota|lo notaria|me extranaria|me extrana|se entero|llora|lloraria|le importaria|le importa)|nadie (?:\w+ )?(?:se entera|se enteraria|se daria cuenta|se da cuenta|lo notaria|lo nota) (?:\w+ ){0,2}(?:si me muero|si me muriera|si desaparezco|si no estoy)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:hasta aca|hasta aqui|hasta ahi) (?:llegue|llego|llegamos|llegó|llegue yo)(?= $| (?:ya|gracias|perdon|no puedo|no doy|no aguanto|chau|adios))|(?:esta es|esta sera|es|sera|esto es) (?:\w+ )?(?:la|mi) despedida|(?:esto es|este es|esto va a ser|esto seria) (?:mas |como )?(?:una|mi) despedida|(?:no me busquen|no me busques|no me buscar|no me vayan a buscar|no me sigan buscando|no me intenten buscar)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:{START}|mi |es mi |este es mi |el )(?:ultimo|ultima) (?:mensaje|msj|msg|mensage|mensajito|carta|post|palabras|escrito)(?: (?:\w+ ){0,3}(?:gracias|para|a las|a los|a todos|a todas|de mi|q|que))?",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:{NOT}) (?:\w+ )?(?:me )?(?:van a ver|vas a ver|veran|volveran a ver|van a volver a ver|vas a volver a ver|volveras a ver|van a escuchar|vas a escuchar|van a leer|vas a leer|van a tener noticias|tendran noticias|vas a tener noticias) (?:\w+ )?(?:mas|nunca mas|nunca|de mi|otra vez|mas de mi)",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:que sean (?:muy )?felices|sean felices|que sigan bien|que les vaya (?:muy )?bien|que tengan una linda vida|que tengan una buena vida|sigan adelante sin mi|vivan su vida|vivan sus vidas)(?= $| (?:yo|sin mi|los quiero|las quiero|los amo|adios|chau|siempre))|(?:yo )?ya me voy(?= $)|(?:ya )?me fui (?:tranquila|tranquilo|en paz|feliz)|(?:ya no sufro|ya no voy a sufrir|ya no sufrire|ya descanso|ya voy a descansar|por fin voy a descansar|al fin voy a descansar|ya descanse)",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:(?:le |les |te )?escribo|vengo|paso|pasaba|quiero|queria|solo queria|solo quiero) (?:\w+ )?(?:pa|para|a) despedirme(?! (?:por hoy|hasta manana|por ahora|porque me voy de viaje|porque me voy de vacaciones|porque me mudo|del grupo por|antes de viajar))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:diganle|digale|dígale|decile|decirle|dile|diles|digan|diganles|decirles|avisenle|avisale|que sepan|que sepa|quiero que sepa|quiero que sepan) (?:\w+ ){0,10}(?:{Q}) (?:su (?:mama|madre|abuela|mami) )?(?:la|lo|los|las|me) (?:quise|quice|kise|quiero|kiero|amo|ame|adoro|adore|extrano|perdono|perdone|perdonen|quiso|amo|quiere|adoro)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:mande|le mande|les mande|escribi|le escribi|deje|envie|le envie) (?:\w+ ){0,2}(?:un |una |mi )?(?:ultimo|ultima) (?:mensaje|carta|audio|whatsapp|wasap|correo|mail|nota)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:cuida|cuidá|cuide|cuiden|cuidame|cuidenme|cuidalos|cuidalas|cuidenlos) (?:\w+ )?(?:de|a) (?:los|las|mis|mi|el|la) (?:perros|perras|gatos|gatas|perro|perra|gato|gata|plantas|chicos|ninos|nenes|hijos|nietos|mama|papa|abuela)",
        {"weak": True},
    ),
    (
        "wish_dead",
        r"(?:no tengo|ya no tengo) (?:por que|porque|pa que|para que|por quien|para quien) (?:vivir|{SEGUIR}|seguir viviendo|seguir viva|seguir vivo|seguir aqui|seguir aca|levantarme|luchar)|(?:no|ya no|nada) (?:\w+ )?(?:vale|merece) la pena (?:\w+ )?(?:vivir|{SEGUIR}|seguir viviendo|seguir viva|seguir vivo|seguir aqui|levantarme|despertar|esta vida)|(?:no veo la hora de|estoy deseando|deseando|ansio|anhelo) (?:{DIEME}|morirme|morir|irme de este mundo|que me lleve dios|que dios me lleve|estar muerta|estar muerto|dejar este mundo)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:me imagino|me veo|imaginandome|me imaginaba|me imagine|sueno|sonando|fantaseo) (?:\w+ ){0,2}(?:colgada|colgado|muerta|muerto|ahorcada|ahorcado|en un cajon|en el ataud|en mi velorio|en mi funeral|tirada en|desangrada|desangrado|bajo tierra|enterrada|enterrado)(?! de (?:la )?(?:risa|hambre|frio|cansancio|sueno|miedo|verguenza|envidia|calor|aburrimiento|pena))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:un plan|el plan|mi plan|una forma|la forma|una manera|la manera|algo) (?:\w+ )?para (?:{KILLME}|morirme|acabar con mi vida|acabar con todo|no despertar|irme para siempre)|(?:cuando|si|viste cuando) (?:\w+ )?(?:pensas|piensas|pensás) en (?:matarte|suicidarte|quitarte la vida|morirte|acabar con todo|tirarte)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:quiero|voy a|pienso|tengo ganas de) (?:\w+ )?(?:acabar|terminar) (?:con )?(?:esto|esto de una vez|de una vez|de una vez por todas|esto para siempre)(?= $| (?:ya|hoy|para siempre|por todas))",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"me (?:\w+ )?(?:voy a|quiero|kiero|pienso|podria|iba a|dan ganas de|daban ganas de|gustaria|queria|quise) (?:tirar|aventar|arrojar|lanzar|botar) (?:\w+ ){0,2}(?:de|del|desde|por|al|a la|a las|a los|bajo|abajo|frente|delante|enfrente) (?:\w+ ){0,2}(?:{HIGH}|{TRAIN}|{TRAFFIC}|rio|mar|lago|presa|canal|pozo|abismo|vacio)(?! (?:de (?:mayo|diciembre|agosto|octubre|noviembre|marzo|abril|semana santa)|largo|festivo|de vacaciones))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:estrellarme|chocarme|matarme|tirarme|aventarme|me estrello|me estrellaria) (?:con|en) (?:el|mi|la) (?:carro|coche|auto|moto|camioneta|troca|camion)|(?:{GUN}|{PILL}|{POISON}|{ROPE}) (?:\w+ ){0,6}(?:pienso en usarla|pienso en usarlo|pienso en usarlas|pienso en usarlos|usarla conmigo|usarlo conmigo|usarla contra mi|usarlo contra mi|ganas de usarla|ganas de usarlo)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:ya )?(?:tengo|esta|estan) (?:todo |todito )?(?:planeado|planificado|pensado|organizado|calculado|decidido|preparado|listo) (?:\w+ )?(?:para (?:{TIME}|{IMMINENT})|(?:{TIME}|{IMMINENT}))"
        # Not a party or a trip laid out ("todo planeado para el sabado: pastel, pinata").
        r"(?!(?: \w+){0,8} (?:pastel|torta|tarta|pinata|globos|fiesta|cumple|cumpleanos|asado|parrillada|invitados|regalos|menu|postre|decoracion|bocadillos|botana|picada|maleta|maletas|boletos|pasajes|hotel|excursion|paseo|picnic|playa|musica|karaoke))",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:decidido|decidi|pensado|planeado|ya se|tengo claro|elegi|escogi|tengo pensado|lo tengo) (?:\w+ )?(?:como y cuando|cuando y como|donde y cuando|cuando y donde|como y donde|donde y como|el como y el cuando|el dia y la hora|la fecha y la hora|el lugar y la hora)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:todo se acaba|se acaba todo|se termina todo|todo termina|todo acaba|hasta ahi llego|ahi termina todo)(?: para mi)?(?: (?:{TIME}|{IMMINENT}))?(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:compre|consegui|me compre|fui a comprar|ya tengo|traje) (?:una |la |un |el |unas |unos )?(?:soga|horca|pistola|revolver|escopeta|veneno|raticida|matarratas|arma|balas|hojas de afeitar|cuchillas)(?! (?:para (?:la|el|las|los|mi|mis) (?:ropa|ratas|casa|jardin|cucarachas|hormigas|trabajo|defensa|columpio|campo|rancho)|de (?:tender|juguete|agua|aire)|(?:para|pa) (?:tender|colgar la ropa|el tendedero|amarrar|atar)|para (?:matar|las) (?:ratas|ratones|cucarachas|hormigas|plagas)))",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:compre|consegui|me compre|ya tengo) (?:una |la )?(?:cuerda|cuerda gruesa|cadena)(?! (?:para (?:la|el|las|los|mi|mis) (?:ropa|columpio|hamaca|perro|jardin|tender|mudanza|camping|carpa)|de (?:tender|saltar)))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:arregl\w+|orden\w+|dej\w+|organiz\w+|prepar\w+|escrib\w+|escribi|guard\w+|firm\w+|pag\w+|regal\w+|repart\w+) (?:\w+ ){0,5}para cuando (?:yo )?(?:ya )?(?:no (?:este|estoy|estare)|falte|me vaya|me muera|me haya ido)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"no se (?:cuanto|hasta cuando) (?:tiempo )?(?:mas )?(?:voy a estar|me queda|voy a durar|voy a aguantar|voy a seguir|aguanto|voy a poder)(?: aqui| aca| en este mundo| viva| vivo)?(?= $| (?:y|asi|la verdad|ya|mas))",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "attempt",
        r"(?:me tome|tome|me trague|trague|me bebi|me acabo de tomar|acabo de tomar|ya me tome) (?:\w+ )?(?:todo el frasco|el frasco entero|un frasco entero|la caja entera|toda la caja|todo el blister|todas las cajas|el frasco|la caja|un frasco|una caja|todo|todas|todito|toditas)(?! de (?:jarabe|vitaminas?|agua|leche|jugo|zumo|cafe|yogur|mermelada|miel|te|sopa|caldo|suero|probioticos|aceite|salsa|gotas para))(?= $| (?:de|entero|entera|completo|completa|ya|con|que|q|lo que|lo q|lo k|lo que habia|del botiquin|hace|recien|anoche|hoy|esta (?:manana|tarde|noche)|y (?:ya|ahora|estoy|me siento|me duele)))|(?:me tome|me trague|me bebi|me acabo de tomar) (?:\w+ ){0,4}(?:del|el|todo el|lo del|lo que habia en el) botiquin",
        {"owner": "self", "tense": "past"},
    ),
    (
        "goodbye",
        r"(?:queria|quiero|vengo a|paso a|solo queria|solo quiero|necesitaba|necesito) (?:\w+ )?(?:decirte|decirles|deciros|decir|darles|darte) (?:el )?adios(?! (?:porque me voy de|antes de (?:viajar|irme de)|hasta))|(?:no me esperen|no me esperes|no me espereis|no me esperéis|no me esperen mas|no me esperes mas)(?= $| (?:el|la|mas|nunca|ya|manana))",
        {"negatable": False},
    ),
    (
        "wish_dead",
        r"(?:no|ya no) (?:encuentro|veo|tengo|hay|me quedan|le encuentro|le veo|quedan|existen|tengo mas) (?:\w+ )?(?:razones|razon|motivos|motivo|ganas|fuerzas|sentido|porque|por que) (?:\w+ )?(?:para|de|pa|por) (?:vivir|{SEGUIR}|seguir viviendo|seguir viva|seguir vivo|seguir aqui|seguir aca|luchar(?= $| por (?:vivir|seguir|mi vida))|existir|estar viva|estar vivo)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:me|ya me) (?:canse|harte|aburri|agote|hastie|podri|cansé|harté) (?:\w+ )?de (?:vivir|la vida|esta vida|mi vida|existir|estar viva|estar vivo|seguir viva|seguir vivo|respirar|luchar por vivir|despertar|despertarme|estar en este mundo)|(?:estoy|ya estoy) (?:lista|listo|preparada|preparado) (?:\w+ )?para (?:morir|morirme|irme(?= $| ya| de este mundo| para siempre)|partir|el final|dejar este mundo|que me lleve dios|despedirme){CALM}",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"cerrar los ojos (?:\w+ )?(?:y|e) (?:ya )?(?:no|nunca) (?:volver a )?(?:abrirlos|despertar|despertarme)|(?:dormirme|dormir) (?:\w+ ){0,2}(?:y|e) no (?:volver|despertar)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:pudiera|pudiese|me atreviera|me animara|tuviera valor|tuviera el valor|tuviera valentia|tuviera agallas|tuviera huevos|si pudiera|si me animo|si me animara|un dia de estos|cualquier dia|capaz que|a lo mejor) (?:ya )?me (?:mataba|mataria|suicidaba|suicidaria|quitaba la vida|quitaria la vida|mato|suicido|tiraba|tiraria|colgaba|colgaria|ahorcaba|ahorcaria)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"me (?:\w+ )?(?:estoy pensando|estaba pensando|he estado pensando|estoy planteando|planteo|plantee|estoy por|estaba por|dan ganas de|daban ganas de|quiero|voy a) (?:en )?(?:matar|suicidar|quitar la vida|ahorcar|dar de baja (?:de esta vida|de la vida|de este mundo|del mundo)|ir de este mundo|quitar de en medio)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:me quito|me quitaria|me quitare|me voy a quitar) (?:yo )?(?:de en medio|del medio|del camino)|(?:me voy a|quiero|voy a|capaz que me|tengo miedo de|miedo a) (?:hacer|hacerme) algo(?= $| (?:malo|grave|feo|de lo que me arrepienta|a mi misma|a mi mismo))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:voy a|tengo ganas de|quiero|me dan ganas de|estoy por|capaz que|estoy a punto de) (?:hacer|cometer) (?:una|alguna) (?:locura|tonteria|estupidez|barbaridad)(?= $| (?:ya|hoy|esta noche|de verdad|en serio|conmigo))",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:ponerme|pararme|cruzarme|atravesarme|meterme|echarme|tirarme|aventarme|me pongo|me paro|me cruzo|me atravieso|me meto|me echo|me tiro|me avento) (?:\w+ )?(?:delante de|delante del|frente a|frente al|enfrente de|enfrente del|debajo de|debajo del|bajo|abajo de|abajo del|en medio de|en medio del|a las ruedas de|bajo las ruedas de) (?:un |el |la |los |una |las )?(?:camion|camiones|tren|trenes|auto|autos|carro|carros|coche|coches|bus|autobus|trailer|colectivo|micro|metro|trafico|avenida|carretera|autopista|tractomula|rastra)",
        {"owner": "self"},
    ),
    (
        "method",
        r"me (?:\w+ )?(?:voy a|quiero|kiero|pienso|podria|iba a|dan ganas de|gustaria|queria|quise) (?:tomar|tragar|beber|zampar|empinar) (?:\w+ ){0,2}(?:(?:{QUANTITY}) (?:\w+ ){0,2}(?:{PILL}|{POISON})|(?:el frasco|la caja|el blister|un frasco|una caja|el bote|el tarro) (?:entero|entera|completo|completa|de golpe|de una|de pastillas|de \w+)|(?:el |la |un |una |ese |esa )?(?:{POISON}))",
        {"owner": "self"},
    ),
    (
        "method",
        r"me (?:\w+ )?(?:voy a|quiero|kiero|pienso|podria|iba a|dan ganas de|gustaria|queria|quise) (?:pegar|dar|meter|volar|reventar) (?:un |el |la |los )?(?:tiro|balazo|plomazo|escopetazo|disparo|cabeza|sesos|tapa de los sesos)|(?:estrellar|chocar|tirar|echar) (?:el|mi) (?:carro|coche|auto|camioneta|moto)(?= $| (?:contra|a proposito|adrede|en la|en el|por el|de frente|y no))",
        {"owner": "self"},
    ),
    (
        "method",
        r"me (?:\w+ )?(?:voy a|quiero|kiero|pienso|podria|iba a|dan ganas de|gustaria|queria|quise|puedo) (?:tirar|aventar|arrojar|lanzar|botar|echar) (?:\w+ ){0,2}(?:de|del|desde|por|al|a la|a las|a los|bajo|debajo de|debajo del|abajo de|abajo del|frente a|frente al|delante de|delante del|enfrente de|enfrente del) (?:\w+ ){0,2}(?:{HIGH}|{TRAIN}|{TRAFFIC}|rio|mar|lago|presa|canal|pozo|abismo|vacio)(?! (?:de (?:mayo|diciembre|agosto|octubre|noviembre|marzo|abril|semana santa)|largo|festivo|de vacaciones))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:ya )?tengo (?:la |una )?(?:fecha|fecha y hora|dia y hora|el dia elegido|la fecha elegida|el dia)(?= $| (?:y|para|ya|elegid\w+|decidid\w+))|(?:ya )?tengo (?:un |el |mi )plan(?= $| (?:va a ser|sera|es el|es esta|es manana|para (?:{TIME}|{IMMINENT})))|(?:ya )?se (?:donde|como|cuando|donde y como|como y donde)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:{START}|ya |y |pero |entonces |asi que |si |bueno )(?:lo hago|lo hare|lo voy a hacer|voy a hacerlo) (?:{TIME}|{IMMINENT})(?: \w+){0,4}(?= $)|(?:{START}|ya |y |pero |entonces |asi que |si |bueno )(?:lo hago|lo hare|lo voy a hacer|voy a hacerlo) (?:{TIME}) (?:que|q) (?:es|sera|cae) (?:el|la|su|mi) (?:aniversario|cumpleanos|cumple|santo|dia)(?: \w+){0,4}(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"ya no (?:voy a estar|estare|voy a seguir)(?= $| (?:aqui|aca|mas|con ustedes|con vos|contigo|en este mundo|para nadie|viva|vivo))",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:escribi|escribiendo|deje|dejando|termine|redacte|prepare|tengo escritas|ya estan) (?:\w+ )?(?:las|mis|unas|todas las) cartas(?= $| (?:y|para|a mis|a cada|ya|de))",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:tengo|ya tengo|tenia|llevo) (?:\w+ )?(?:guardadas|guardados|escondidas|escondidos|juntadas|juntados|acumuladas|acumulados|ahorradas|ahorrados|reservadas|apartadas) (?:\w+ ){0,2}(?:{PILL}|{POISON})|(?:estoy|estaba) con (?:la|el|una|un|mi|las) (?:pistola|arma|revolver|escopeta|navaja|cuchilla|gillette|soga|cuerda|pastillas|veneno|cuchillo) (?:\w+ )?en (?:la|las|mi|mis) (?:mano|manos)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:a nadie le hago falta|no le hago falta a nadie|nadie me necesita|no le sirvo a nadie|no le importo a nadie|a nadie le importo|les (?:hago|estoy haciendo) la vida imposible|(?:y )?asi (?:nadie|ya nadie) (?:sufre|sufriria|tiene que|tendria que|se preocupa))",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:me voy|me ire|me iré|me voy a ir) (?:\w+ )?(?:para siempre|de este mundo|de esta vida|lejos para siempre|y no vuelvo|y no voy a volver)|(?:mi |el )?ultimo adios|(?:ya no|nunca mas|nunca) (?:me )?(?:van a ver|vas a ver|veran|volveran a ver|van a volver a ver|vas a volver a ver)(?= $| (?:mas|nunca|de mi|otra vez))|(?:nunca mas|ya no|no) (?:mas )?(?:van a saber|sabran|vas a saber|sabras|van a tener noticias) (?:\w+ )?de mi(?! (?:hasta|por (?:unos|un|una|unas)|durante|en (?:unos|un|una)|esta semana|este mes|porque|xq|pq|mientras))",
        {"owner": "self", "negatable": False},
    ),
    (
        "goodbye",
        r"(?:adios|chau|chao|me despido|hasta siempre)(?= $)|(?:{START})(?:adios|chau|chao)",
        {"weak": True},
    ),
    (
        "goodbye",
        r"(?:{START})(?:gracias por todo|gracias x todo|gracias por tanto)(?: de verdad| en serio| a todos| a todas| a todas ustedes| a ustedes)?(?= $)",
        {"weak": True},
    ),
    (
        "burden",
        r"(?:mejor|lo mejor es que|lo mejor seria que) (?:me )?(?:desaparezco|desaparezca|desapareciera|me voy para siempre|me muero|me muera|me quito de en medio|no existo|no existiera)(?= $| (?:y|de una|ya|para siempre|asi))",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:{WANTME}|ojala|ojala que|ojala q) (?:ya |de una vez |pronto )?(?:petatear|petatearme|me petatee|petatearme ya|estirar la pata|estire la pata|estirara la pata|colgar los tenis|colgar los guantes|colgar los tenis ya|palmarla|la palme|la palmara|palmar|dinarla|la dine|irme al otro barrio|irme al otro lado|irme al mas alla|pasar al otro lado|estar bajo tierra|estar tres metros bajo tierra|estar a tres metros bajo tierra|estar en el panteon|estar en el cementerio|irme al hoyo|que me entierren ya|que me lleve la pelona|que me lleve la flaca|irme con la flaca|irme con la pelona)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{WANTME}|ojala|ojala que|ojala q|quisiera que|quiero que|deseo que|pido que) (?:ya |de una vez |pronto )?(?:mi corazon|se me|el corazon) (?:\w+ )?(?:se detuviera|se detenga|se pare|se parara|pare|parara|deje de latir|dejara de latir|se apague|se apagara|no aguante|reviente|falle)|(?:{WANTME}|ojala|ojala que|ojala q) (?:ya )?no (?:llegue|llegar|llegara|ver) (?:a |otro |otra )?(?:navidad|fin de ano|ano nuevo|mi cumpleanos|manana|el lunes|otro amanecer|otro dia|otra navidad|viejita|vieja|los \d+)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no|ya no) (?:quiero|kiero|deseo) (?:ver|llegar a|vivir) (?:otro |otra |a )?(?:amanecer|dia mas|navidad|otra navidad|fin de ano|ano nuevo|mi cumpleanos|otro cumpleanos|manana|viejita|vieja|mas anos|los \d+)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:mi unico deseo|lo unico que quiero|lo unico q quiero|lo unico que deseo|lo que mas quiero|lo que mas deseo|mi deseo|lo unico que pido|lo unico que le pido a dios) (?:\w+ )?(?:es|seria|ahora es) (?:{DIEME}|morirme|irme de este mundo|que dios me lleve|no despertar|dormir para siempre)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:ganas|fuerzas) (?:\w+ ){0,3}(?:ni de|ni para|ni siquiera de|ni siquiera para) (?:vivir|seguir viviendo|seguir viva|seguir vivo|existir|seguir en este mundo)(?= $| (?:ya|mas|la verdad))|(?:me arrepiento|me lamento) de (?:haber despertado|despertar|haber nacido|seguir viva|seguir vivo|estar viva|estar vivo|haber sobrevivido|no haberme muerto)|(?:le|la|lo) (?:hallo|halle|jayo|allo) (?:\w+ )?sentido|no le (?:hallo|allo|jayo|halle) (?:\w+ )?(?:sentido|razon|gracia) (?:a|de) (?:la vida|vivir|mi vida|nada)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:quisiera|quiero|ojala pudiera|me gustaria|necesito) acabar(?= $| ya(?= $)| de una vez(?= $)| de una buena vez| para siempre| con esta vida)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:vivir|la vida|estar viva|estar vivo|seguir viva|seguir vivo|despertar) (?:\w+ )?(?:me pesa|me cuesta demasiado|me duele demasiado|es una tortura|es un infierno|es una carga|es un castigo)",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:unica )?(?:salida|solucion|opcion) (?:\w+ ){0,3}(?:es|seria|sera) (?:la muerte|morir|morirme|matarme|el suicidio|suicidarme|quitarme la vida|irme para siempre|desaparecer para siempre|dejar de existir|no estar)|(?:la muerte|el suicidio|morirme|matarme) (?:\w+ ){0,2}(?:es|seria|sera|me parece) (?:\w+ )?(?:la unica salida|la unica solucion|la unica opcion|mi unica salida|la salida|la solucion)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:{WANTME}|pienso en|pensando en|ganas de|voy a|quiero|me voy a) (?:\w+ )?(?:darme candela|pegarme candela|prenderme fuego|prenderme candela|quemarme viva|quemarme vivo|rociarme|echarme gasolina|echarme alcohol|echarme kerosene|echarme queroseno|echarme luz brillante|inmolarme)|me (?:\w+ )?(?:voy a|quiero|pienso|dan ganas de) (?:dar candela|pegar candela|prender fuego|quemar viva|quemar vivo|inmolar)|antes de (?:{KILLME}|matarme|suicidarme|quitarme la vida|hacer una locura|hacerme algo)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:echarme|rociarme|me eche|me roce|me rocie|me voy a echar|me echo|tirarme encima|echandome) (?:\w+ )?(?:alcohol|gasolina|nafta|queroseno|keroseno|kerosen|kerosene|luz brillante|thinner|tiner|combustible|diesel|gas|bencina|petroleo) (?:\w+ ){0,4}(?:prenderme|darme candela|quemarme|prender|encender|fuego|candela|un fosforo|el encendedor|un cerillo)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "method",
        r"me (?:\w+ )?(?:voy a|quiero|kiero|pienso|podria|iba a|dan ganas de|gustaria|queria|quise) (?:tomar|tragar|beber|zampar|empinar) (?:\w+ ){0,4}(?:{PILL}|{POISON}) (?:\w+ ){0,4}(?:todas|todos|toditas|toditos|enteras|enteros|de golpe|juntas|juntos|de una|de un jalon)|(?:lo mas|que es lo mas|algo|la cosa mas) (?:rapido|facil|efectivo|seguro|indoloro|sencillo|certero) (?:\w+ )?para (?:morir|morirme|matarme|matarse|suicidarme|suicidarse|no despertar|acabar con todo|acabar con mi vida)",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:guarde|he guardado|junte|he juntado|acumule|escondi|separe|aparte) (?:{QUANTITY}) (?:\w+ )?(?:{PILL})(?! (?:para (?:la|el|mi|mis|el) (?:viaje|semana|mes|presion|dolor)|en el (?:botiquin|pastillero|cajon de la cocina)))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:dejando|dejar|deje|dejo|tengo|tener|estoy dejando) (?:\w+ ){0,3}(?:todo|mis cosas|mis asuntos|mis papeles|las cuentas) (?:\w+ ){0,2}(?:arreglado|arreglados|arregladas|en orden|ordenado|listo|listos|resuelto|organizado) para (?:irme|partir|el final|mi partida|cuando me vaya|cuando ya no)(?= $| (?:ya|tranquila|tranquilo|en paz|para siempre|de este mundo))",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:le |les )?(?:deje|escribi|dejo|estoy escribiendo|voy a dejar|escribiendo) (?:una |unas |mi )?(?:carta|cartas|nota|notas) (?:a|para) (?:mi|mis|cada) (?:hija|hijo|hijos|hijas|nietos|nieta|nieto|esposo|marido|hermana|hermano|familia|uno)(?= $| (?:y (?:me|ya)|para que|explicando|por si|por las dudas|con todo))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:deje|dejo|puse|escondi|voy a dejar) (?:\w+ ){0,2}(?:una |la |mi |unas |las )?(?:nota|notas|carta|cartas|sobre) (?:\w+ ){0,6}para (?:que|q) (?:la|las|lo|los|me) (?:encuentren|encuentre|lean|lea|vean)(?= $| (?:despues|cuando|mas tarde|luego|mis|mi|el|los))",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:estoy|ya estoy|toy) (?:\w+ ){0,2}(?:en la orilla del|a la orilla del|en la orilla de|al borde del|en el borde del|sobre el barandal del|del otro lado de la baranda del|colgada del|colgado del) (?:puente|edificio|balcon|precipicio|barranco|acantilado|risco|techo|rio|mar|vacio|abismo|viaducto|anden)"
        # A view enjoyed from the edge (round 18's twins) is not standing there to jump.
        r"(?! (?:\w+ ){0,3}(?:mirando|viendo|sacando fotos|tomando fotos|tomando|disfrutando|de paseo|de vacaciones|pescando|con (?:mi|mis|la|el) (?:familia|amigas|amigos|hijos|nietos|esposo|perro)))",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"ya me (?:tome|trague|bebi) (?:todo|todas|todito|toditas|el frasco|la caja|las pastillas(?! (?:de|del|para) (?:la )?(?:presion|tension|tiroides|azucar|diabetes|colesterol|corazon|manana|noche|siempre|cada dia|artritis|alergia))|los chochos|las pepas|el veneno|el cloro)(?! (?:el|la|los|las|mi|mis) (?:cafe|te|desayuno|mate|leche|jugo|sopa|agua|vino|cerveza|vitaminas|remedios de la manana))|(?:me estoy|estoy) (?:durmiendo|quedando dormida|quedando dormido|mareando|desmayando|apagando|yendo) (?:\w+ ){0,3}(?:por las pastillas|de las pastillas|por lo que (?:me )?tome|despues de tomar|ya)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:{START}|ya |creo que |siento que |y )me estoy muriendo(?= $| ya| ahora| creo)|(?:no siento|ya no siento|no puedo mover|se me duermen|se me entumen|se me nubla|se me cierran) (?:\w+ )?(?:nada(?! (?:por|de|cuando|con))|las piernas|los brazos|las manos|el cuerpo|la vista|los ojos|los labios|la lengua)|(?:la lengua pesada|me cuesta respirar|no puedo respirar|el corazon (?:me )?late (?:muy )?(?:rapido|lento|raro)|vomitando sangre)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:me eche|me rocie|me roce|me tire encima|me heche) (?:\w+ )?(?:alcohol|gasolina|nafta|queroseno|keroseno|kerosen|kerosene|luz brillante|thinner|tiner|combustible|bencina|petroleo)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "goodbye",
        r"(?:les |te )?(?:escribo|hablo|escribire|estoy escribiendo) (?:\w+ )?por ultima vez|(?:vengo a|quiero|queria|solo queria|solo quiero|paso a|pasaba a|necesitaba|necesito) despedirme(?= $| (?:de (?:ustedes|todos|todas|ti|vos|usted)(?= $| (?:y|gracias|para siempre|los quiero|las quiero))|para siempre|gracias|los quiero|las quiero))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"me despido(?= (?:los|las) (?:quiero|quise|amo|ame|adoro))|gracias por (?:aguantarme|soportarme|escucharme siempre|todo lo que hicieron por mi|haberme escuchado)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:seria|sera|es) (?:\w+ )?(?:un alivio|una liberacion|un descanso|lo mejor) (?:\w+ ){0,2}(?:para (?:ellos|todos|mis hijos|mi familia|mi hija|mi hijo|mis nietos))? ?(?:que|si|cuando) (?:yo )?(?:me muera|me muero|me fuera|me voy|no este|ya no este|desaparezca|desapareciera|me muriera|faltara|falte)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"me (?:\w+ )?(?:quiero|kiero|quisiera|voy a|gustaria) ir (?:al otro barrio|al otro lado|al mas alla|de este mundo|con la flaca|con la pelona|al cielo|al hoyo|para siempre)",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:regale|regalando|regalar|voy a regalar|reparti|repartiendo|di|dando|me deshice de|deshaciendome de) (?:\w+ ){0,2}(?:mis|mi|la|el|los|las) (?:plantas|libros|ropa|maquina de coser|muebles|cuadros|fotos|discos|coleccion|vajilla|bicicleta|auto|coche|carro|tele|television|abrigos|zapatos|bolsos|perfumes|adornos)(?! (?:viej\w+|usad\w+|que (?:ya )?no (?:uso|usaba|me quedan|me queda)|para la venta|porque me mudo|porque nos mudamos|por la mudanza|de (?:mi|mis) (?:marido|esposo|difunto|difunta|madre|padre|mama|papa|abuela|abuelo|suegra|suegro|hermano|hermana|tia|tio)))(?! (?:\w+ ){0,4}(?:a la (?:iglesia|parroquia|caridad|beneficencia|biblioteca)|al (?:ropero|bazar|cotolengo)|a caritas|a una (?:ong|fundacion|asociacion)))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:ya )?no (?:la|lo|las|los) (?:voy a|vuelvo a|pienso) (?:usar|necesitar|ocupar|ponerme|poner|manejar|tocar)(?: mas| nunca mas| nunca)?(?= $| (?:ya|donde voy|a donde voy))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:deje|tengo|dejo|ya estan|estan) (?:\w+ )?(?:escritas|listas|preparadas|terminadas|firmadas) (?:\w+ )?(?:las|unas|mis|todas las) cartas|(?:las|mis) cartas (?:\w+ )?(?:ya )?(?:estan|quedaron) (?:escritas|listas|en el cajon|sobre la mesa)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"si no (?:fuera|fuese|hubiera sido) por (?:mis|mi|el|la|los|las) (?:\w+ ){0,2}(?:ya )?(?:no estaria aqui|no estaria aca|no estaria viva|no estaria vivo|no estaria|me habria ido|me hubiera ido|me habria matado|me hubiera matado|me habria muerto|me hubiera muerto|me mataba|me mataria|lo hubiera hecho|lo habria hecho|ya lo hubiera hecho)|(?:solo|solamente|nomas|nada mas) (?:sigo|estoy|sigo aqui|sigo aca) (?:viva|vivo|aqui|aca|en este mundo) (?:\w+ )?por (?:mis|mi|el|la|los|las) \w+",
        {"owner": "self", "negatable": False},
    ),
    (
        "plan",
        r"(?:{TIME}|{IMMINENT}) (?:\w+ ){0,8}(?:lo hago|lo hare|lo voy a hacer|me voy|me mato)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:solo|ya solo|nada mas|nomas|solamente) (?:me )?(?:falta|queda) (?:lo ultimo|el ultimo paso|hacerlo|una cosa|lo mas dificil|el final|animarme|el valor|el dia|la fecha|el momento|decidir el dia)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"sin mi (?:\w+ ){0,2}(?:no|ya no) (?:tendrian|tendria|tendrias|van a tener|tienen) (?:que|q) (?:preocuparse|preocuparte|cuidarme|ocuparse|pagar|aguantarme|soportarme|cargar conmigo|gastar|pelearse)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:es normal|esta mal|es malo|es pecado|esta bien|es raro|le pasa a alguien mas) (?:\w+ )?(?:querer|desear|pensar en|tener ganas de) (?:morirse|morir|matarse|suicidarse|la muerte|no despertar|desaparecer para siempre|quitarse la vida|dejar de vivir)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:quiero que|quisiera que|ojala|ojala que|que|deseo que|pido que) (?:ya )?(?:se acabe|se termine|termine|acabe|se apague) (?:ya )?(?:mi vida|esta vida|mi existencia|mi sufrimiento de una vez)|(?:quiero|quisiera|deseo|ojala) (?:que )?(?:mi vida|esta vida|mi existencia) (?:se )?(?:acabe|termine|acabara|terminara|apague|apagara)(?= $| ya| de una vez| pronto| para siempre)|(?:quisiera|quiero|ojala) que (?:todo )?(?:terminara|acabara|se acabara|se terminara|termine|acabe) para siempre",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"no (?:estoy segura|estoy seguro|se|sé) (?:de |si )?(?:querer|quiero|quisiera) (?:seguir viva|seguir vivo|vivir|seguir viviendo|seguir aqui|seguir aca|seguir en este mundo|{SEGUIR}|despertar manana)",
        {"owner": "self", "negatable": False},
    ),
    (
        "method",
        r"(?:que pasa|que pasaria|que le pasa|que me pasaria|que me pasa) si (?:alguien |una persona |uno |me |yo |una )?(?:\w+ ){0,2}(?:toma|tomo|tomara|traga|bebe|se toma|me tomo|me tomara|tomaria|se tomara|tomase) (?:\w+ ){0,2}(?:{QUANTITY}|muchas|muchos) (?:\w+ ){0,3}(?:{PILL}|{POISON})",
        {"owner": "self"},
    ),
    # --- from the second and third development sets: more ways of saying it ----------------
    (
        "method",
        r"(?:la|las|lo|los) (?:estuve|estaba|estoy|me quede|quede|me quedo|sigo|me la paso|me pase) (?:\w+ )?(?:mirando|viendo|contemplando|tocando|acariciando|contando) (?:\w+ ){0,2}(?:un rato|mucho rato|rato largo|un rato largo|un buen rato|largo rato|horas|mucho tiempo|toda la noche|toda la tarde)|me quede (?:mirandola|mirandolo|mirandolas|mirandolos|viendola|viendolo|viendolas|viendolos) (?:\w+ ){0,2}(?:un rato|mucho rato|rato largo|un buen rato|largo rato|horas|mucho tiempo)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:agarre|tome|saque|baje|tuve en la mano|sostuve) (?:\w+ ){0,2}(?:el bote|el frasco|la pistola|el arma|la soga|la cuerda|el veneno|las pastillas|la caja|el mecate|el revolver) (?:\w+ ){0,3}(?:y (?:lo|la|las|los) (?:volvi a (?:dejar|guardar|poner)|guarde|solte|deje))",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:desde ahi|desde alli|desde aqui|desde aca|desde arriba|desde ese piso|desde el balcon|desde el puente|desde la azotea|de ahi|de esa altura) (?:\w+ )?(?:seria|es|seria muy|sera) (?:rapido|facil|seguro|suficiente|mortal|instantaneo|definitivo)|(?:miro|mirando|mire|me quedo mirando|me quede mirando) (?:para |hacia |pa )?abajo (?:\w+ ){0,5}(?:calculando|calculo|mas de lo normal|mas de la cuenta|mucho rato|mucho tiempo|cada dia (?:un poco )?mas|cada vez mas|demasiado|pensando|y calculo|y pienso)|(?:calculo|calculando|calcule) (?:\w+ ){0,3}(?:la altura|los pisos|cuantos pisos|la caida|cuanto hay)",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:tengo|ya tengo|tenemos) (?:guardado|guardada|guardados|guardadas|escondido|escondida|escondidos|escondidas) (?:\w+ )?(?:un|una|el|la|unos|unas|mis|las|los) (?:{ROPE}|{GUN}|reata|veneno|raticida|matarratas|pastillas|frascos|cuchillas|navaja|hojillas)(?! (?:para (?:la|el|las|los) (?:ropa|ratas|jardin|campo|animales|tender)))",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:{POISON_STRONG}|{GUN}|soga|cuerda|mecate|reata) (?:\w+ ){0,6}(?:lo tengo|la tengo|los tengo|las tengo|sigue|esta|estan|tengo) (?:\w+ ){0,2}(?:en la alacena|en la bodega|en el ropero|en el placard|en el armario|en el closet|en el cajon|en el garaje|en la cochera|en el cuarto|arriba|guardad\w+|escondid\w+|a mano|al alcance)",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:(?:la|el|las|los|mi|mis) (?:{ROPE}|{GUN}|veneno|pastillas|xpill|xknife|xrazor|reata|matarratas|raticida)|todo) (?:\w+ )?(?:ya )?(?:esta|estan|la tengo|las tengo|lo tengo|los tengo) (?:\w+ ){0,2}(?:en (?:el|la|mi) (?:cuarto|pieza|habitacion|cajon|mesilla|mesita|mesa de noche|bolso|cartera|bano|garaje|garage|cochera|patio|bodega|sotano|galpon|ropero|placard|closet|auto|carro)|lista|listas|listo|preparad\w+|colgad\w+|atad\w+|cargad\w+)|(?:ya )?tengo todo (?:\w+ )?(?:en la mesilla|en la mesita|en la mesa de noche|al lado de la cama|en el cajon|preparado|listo|junto)(?= $| (?:ya|para|solo|va a ser|sera))(?! (?:\w+ )?(?:para|pa|en) (?:la|el|los|las|mi|su|una|un) (?:fiesta|cena|almuerzo|comida|viaje|vacaciones|visita|visitas|reunion|cumple\w*|boda|bautizo|navidad|oficina|trabajo|mudanza|casa nueva|cocina|clase|curso|examen|cita|consulta|operacion|cirugia|feria|mercado|iglesia|misa|asado|torta|evento|invitados|nietos|nieta|nieto))",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:carbon|brasero|anafe) (?:\w+ ){0,2}en (?:un|el|una|la) (?:cuarto|habitacion|bano|pieza|auto|carro|coche) (?:cerrado|cerrada|sin ventilacion|sellado|sellada)|(?:dejar|deje|dejo|abrir|abro|dejare) (?:el|la|las) (?:gas|llave del gas|hornalla|hornallas|hornillas|estufa|garrafa) (?:abierto|abierta|abiertas|prendida sin fuego|sin prender)(?: (?:\w+ ){0,4}(?:cerrar las ventanas|echarme a dormir|acostarme|dormirme))?",
        {"owner": "self"},
    ),
    (
        "method",
        r"hasta (?:que|q|k) (?:el|mi) cuerpo (?:se apague|diga basta|no aguante|deje de funcionar|se rinda|se muera|se consuma|no de mas)|cuanta (?:insulina|morfina|pastillas|{PILL}) (?:\w+ ){0,3}(?:seria demasiado|es demasiado|seria suficiente|seria mortal|es mortal|me mataria|hace falta|haria falta|necesito|necesitaria)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pienso|pensando|pense|penso|pensar|pensado) (?:\w+ ){0,2}en (?:esa|esta|el|la|mi|su|aquella|las|los|esas|esos) (?:arma|pistola|escopeta|revolver|soga|cuerda|pastillas|veneno|raticida|matarratas|vias|balcon|mecate|navaja|gillette|cuchillas)(?! (?:de (?:la presion|la tiroides|vitaminas)|para (?:la|el) (?:presion|dolor)))|como (?:se hace|hacer|hago|hacerle|atar|amarrar) (?:un |el |una )?(?:nudo|nudo corredizo|nudo de horca|horca|lazo|soga)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:me imagino|imaginandome|me imagine|me veo|me imaginaba) (?:\w+ )?(?:tirandome|aventandome|lanzandome|arrojandome|colgandome|ahorcandome|cortandome las venas|saltando|cayendo|caminando hasta las vias|quedandome en las vias|parada en las vias|en las vias|bajo el tren|debajo del tren|en el fondo del rio|ahogandome|tomandome todas|con la soga)(?! (?:a la (?:pileta|piscina|alberca|cama)|en la cama|al sofa|al agua|al mar|a dormir))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:parezca|parecer|parece|pareciera|pareceria) (?:un )?accidente(?! (?:de (?:trabajo|transito)|laboral))|(?:meterme|estrellarme|tirarme|echarme|me meto|me estrello) (?:\w+ )?de frente (?:contra|con|a) (?:un|una|el|la) \w+",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:usarla|usarlas|usarlo|usarlos|pasarmela|pasarmelas|pasarmelo) (?:\w+ )?(?:en|por|sobre) (?:las|la|el|mis|mi) (?:munecas|muneca|cuello|venas|brazos|garganta)|para lo definitivo|algo definitivo",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:ya lo tengo pensado|lo tengo todo pensado|ya lo tengo todo pensado|ya esta pensado|lo tengo pensado|tengo todo pensado|ya lo pense bien|ya lo tengo resuelto|ya sé como|ya se como)(?= $| (?:para|ya|desde|hace|no|y))",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:sera|es|llego|va a ser|ese sera|seria) (?:el momento|la hora|mi momento|el dia) (?:de|para) (?:terminar|acabar|irme|hacerlo|partir|despedirme|terminar con todo|acabar con todo|decir adios)|(?:ahi|entonces|alli) (?:si )?(?:acabo|termino|lo hago|me mato|me voy|acabo con esto|acabo con todo|termino con todo)(?= $| (?:con|ya|de una vez|para siempre))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:el|mi) plan es (?:{TIME}|{IMMINENT}|para (?:{TIME}|{IMMINENT}))|(?:ya )?tengo (?:la )?fecha (?:po|pues|pos|ya|eh|che|hija|mija)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:no quiero que|que no|q no|para que no|pa que no) (?:\w+ )?me (?:encuentre|encuentren|encuentren ellos|encuentren ellas|vea|vean|hallen|halle)(?! (?:asi|llorando|en pijama|desarreglada|despeinada|mal|triste|con esta cara|en este estado))|(?:no|que no) (?:este|haya|venga) nadie (?:\w+ )?(?:que|q) (?:me )?(?:pueda )?(?:frenar|detener|parar|impedir|interrumpir|encontrar)|nadie (?:va a|vendra a|me va a|podra) (?:venir a )?(?:golpear la puerta|tocar la puerta|buscarme|frenarme|detenerme|encontrarme)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:entierro|se muera|muera|fallezca|se vaya|parta|falte|la entierre|lo entierre|la enterremos|se nos vaya) (?:\w+ ){0,6}(?:me voy yo tambien|me voy yo tambien detras|me voy con (?:ella|el)|me voy detras|la sigo|lo sigo|me ire yo tambien|yo tambien me voy)|(?:ya no|no|ya nada) (?:me )?(?:queda|hay|tengo)? ?(?:nada|nadie)? ?(?:que|q) me (?:amarre|ate|retenga|detenga|sostenga|mantenga) (?:aqui|aca|a la vida|en este mundo|en la vida)|(?:ya )?nada me (?:ata|amarra|retiene|detiene|sostiene) (?:aqui|aca|a la vida|en este mundo)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:darle|dar|darles) el gusto de (?:ya )?no tener(?:me)? (?:mama|madre|abuela|mas mama|a su madre)|(?:ya )?no (?:va|van) a tener (?:mama|madre|abuela) (?:\w+ )?(?:{TIME}|{IMMINENT}|pronto|muy pronto|mucho tiempo|para (?:navidad|su cumpleanos))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:me voy yo tambien|yo tambien me voy|me voy con (?:ella|el)|me voy detras de (?:ella|el))(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:se quede|se quedara|quedarse|se haga cargo|cuide|cuidara|cuidar|le deje|les deje|deje) (?:\w+ ){0,4}(?:cuando (?:yo )?(?:ya )?(?:yo )?no (?:este|estoy|estare|exista)|cuando me vaya para siempre|cuando falte|cuando me muera|para cuando (?:yo )?(?:ya )?no (?:este|estoy))",
        {"owner": "self"},
    ),
    *_apart(
        "preparatory",
        r"(?:cuando|pa cuando|para cuando) (?:yo )?(?:ya )?(?:yo )?no (?:este|estoy|estare|exista)(?= $)|(?:va a ser|sera) pronto(?= $)|(?:ya )?(?:no falta|falta) (?:mucho|poco|nada)(?= $| (?:ya|para))|pronto no va a haber quien|no va a haber quien (?:la|lo|las|los|me) (?:lea|use|riegue|cuide|pague|atienda|visite)",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "preparatory",
        r"(?:dejar|deje|dejo|dejando|quiero dejar) (?:\w+ )?todo (?:limpio|pagado|saldado|cancelado|en regla) (?:\w+ ){0,8}(?:cuando me vaya|cuando yo no este|cuando ya no este|cuando falte|para cuando|cuando me muera|para despues)|(?:que|q|para que|pa que|asi) (?:\w+ )?nadie (?:cargue|tenga que cargar|tenga que pagar|herede|se quede) (?:con )?(?:nada|mis deudas|mis cosas|lo mio|nada mio|mis problemas)",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "preparatory",
        r"(?:la plata|el dinero|plata|dinero|la guita|un sobre) (?:\w+ ){0,3}para (?:el|mi) (?:velorio|funeral|entierro|cajon|cremacion|sepelio|nicho)|(?:una lista|la lista|los telefonos|los numeros) (?:\w+ ){0,2}(?:de )?(?:a quien|a quienes|a los que|de quienes) (?:hay que )?(?:avisar|llamar)|(?:no es|no era) (?:un|por un|de) viaje(?= $)|(?:le |les )?(?:deje|lleve|di) (?:a )?(?:\w+ ){0,3}(?:gata|gato|gatita|gatito|perro|perra|perrita|perrito|mascota|loro|canario) (?:\w+ ){0,2}con (?:mi|la|el|una|un) \w+",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "preparatory",
        r"(?:si|por si|x si) (?:a mi )?(?:algun dia )?(?:me pasa algo|me pasara algo|no (?:le |les )?abro|no contesto|no respondo|no aparezco|dejo de contestar|un dia no contesto)|(?:anote|he anotado|anotado|deje anotadas|deje anotado|apunte|he apuntado|escribi) (?:\w+ ){0,2}(?:las |todas las |mis )?(?:claves|contrasenas|pines|datos del banco|cuentas)|(?:devolvi|le devolvi|les devolvi) (?:\w+ ){0,5}(?:prestado|prestados|prestada|prestadas|el anillo|las joyas|lo que)|(?:le |les )?pague (?:todo )?lo que (?:le |les )?debia|(?:borre|cerre|elimine|di de baja) (?:\w+ ){0,2}(?:mis fotos|mi cuenta|mis cuentas|mis redes|mi perfil|el facebook|el instagram|la cuenta del \w+)|(?:me falta|solo me falta|ya solo falta) (?:el testamento|despedirme|lo ultimo|una cosa)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:todo|ya esta todo) (?:\w+ )?(?:ordenado|arreglado|listo|en orden|pagado|resuelto) para (?:despues|el final|cuando me encuentren)(?= $| ya)|(?:para cuando|cuando) me encuentren|(?:(?:quiero|quisiera) que )?me pongan (?:\w+ ){0,2}(?:en el|para el|en mi) (?:velorio|funeral|entierro|cajon|ataud|sepelio)|(?:grabe|grabando|escribi|escribiendo|deje) (?:\w+ ){0,6}(?:pa|para) cuando (?:yo )?(?:ya )?(?:yo )?no (?:este|estoy)|(?:(?:para )?(?:que|q) )(?:la|las|lo|los) (?:lean|lea|abran|encuentren) (?:despues|cuando (?:ya )?no|el dia que|cuando me vaya)",
        {"owner": "self"},
    ),
    *_apart(
        "goodbye",
        r"(?:no|ya no|nunca) (?:volvere|vuelvo|voy a volver) a (?:escribir|escribirles|escribirte|molestar|molestarlos|aparecer)(?= $)|(?:adios|chau|chao) (?:y )?gracias(?: por todo)?(?= $)|no me (?:manden|mandes|envien) (?:mas )?(?:los )?(?:mensajes|mensajitos|recordatorios)|(?:yo )?ya me voy de (?:aqui|aca|este mundo|esta tierra)(?= $)|(?:me fui|me voy|me ire) en paz(?= $)",
        {"weak": True},
    ),
    (
        "plan",
        r"(?:ya )?no (?:voy a estar|estare) (?:\w+ )?(?:pa|para) (?:navidad|fin de ano|ano nuevo|su cumpleanos|mi cumpleanos|el cumpleanos|entonces|el verano|las fiestas|reyes)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    *_apart(
        "preparatory",
        r"(?:regale|regalando|regalar|voy a regalar|reparti|repartiendo|di|dando|le di|les di|devolvi|le devolvi) (?:\w+ ){0,2}(?:mis|mi|el|la|los|las) (?:aretes|pendientes|aros|anillo|anillos|collar|collares|pulsera|pulseras|cadena|cadenita|reloj|joyas|alhajas|anillo de compromiso|anillo de bodas|medalla|rosario)(?! (?:viej\w+|que (?:ya )?no (?:uso|usaba))|para (?:que|q) (?:lo|la|los|las) (?:arregl\w+|limpi\w+))|(?:le |les )?(?:di|dimos|dar|darle|dejar|deje|dejo|doy|darles|me di) de baja (?:el|la|los|las|mi|mis) \w+|(?:lo|la|las|los) (?:que|q) (?:deje|he dejado|tengo) (?:escrito|escrita|escritas|escritos|grabado|grabada|preparado|preparada)|(?:la|las|mi|mis) (?:carta|cartas|nota|notas) (?:que|q) (?:deje|escribi|tengo escrita|voy a dejar)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"no (?:lloren|llores|sufran|sufras|esten tristes|estes triste|se pongan tristes|me lloren|me extranen) (?:por (?:mi|xmi)|mucho|cuando me vaya)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:pensamientos?|ideas?|ganas|impulsos?|la vaina|la cosa|la idea|esa idea|esta idea|la tentacion|la necesidad|la obsesion|fantasias?) (?:\w+ )?(?:de|sobre|con) (?:{KILLME}|acabar conmigo|quitarme de en medio|hacer una locura conmigo|hacerme algo|desaparecer de verdad)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:imaginando|imagino|me imagino|me descubro imaginando|como seria|pensando como seria|darle vueltas a|dandole vueltas a|le doy vueltas a|obsesionada con|obsesionado con|me la paso pensando en|no dejo de pensar en) (?:\w+ ){0,2}(?:{KILLME}|terminar (?:yo misma |yo mismo )?con todo|acabar (?:yo misma |yo mismo )?con todo|terminar con mi vida|acabar con mi vida|matarme|suicidarme|quitarme la vida)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:llevo|estoy|ando|vivo) (?:\w+ ){0,2}con (?:esa|esta|la|una) (?:idea|vaina|cosa|pensamiento) (?:\w+ ){0,2}(?:dandome vueltas|dando vueltas|en la cabeza|metida|metido|rondando|que no se va|que no me deja)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:la idea|esa idea|el pensamiento|la tentacion) (?:\w+ ){0,3}(?:vuelve y vuelve|vuelve cada noche|cada noche mas fuerte|cada vez mas fuerte|no me suelta|no se me va|no se va)",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:le|les) menti(?= $| (?:si|porque|xq|pq|no es verdad|la verdad))|(?:si|claro que si) (?:las|los|la|lo) tengo(?= $| (?:y|seguido|todos|cada))",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:rezo|le rezo|le pido|pido|le pedi|pedi|ruego|le ruego|oro|rezando|pidiendo|suplico|le suplico|le rece|rece) (?:\w+ ){0,8}(?:que|q) (?:\w+ ){0,3}(?:me lleve|me recoja|me lleve pronto|me lleve ya|me saque de aqui|me deje morir|no despertar|no me despierte|no me haga despertar|no me deje despertar|me muera|me quite la vida|me llame a su lado)(?! (?:a (?:ver|casa|misa|pasear|comer|conocer|la (?:iglesia|playa|consulta|feria|estacion)|el (?:medico|hospital|mercado))|al (?!cielo|otro)|de (?:paseo|viaje|compras)|hasta|en (?:auto|coche|carro|su)|por (?:buen|el buen|mal|el camino)))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:dios|diosito|senor|virgen|virgencita|jesus|jesucristo|padre santo|dios mio|papito dios|papa dios) (?:\w+ ){0,10}(?:llevame|recogeme|llevate me|sacame de aqui|sacame de este mundo|dejame morir|llamame a tu lado|llevame contigo|llevame con)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:si|ojala) (?:\w+ ){0,3}me (?:cae|cayera|cayese|pisa|pisara|atropella|atropellara|mata|matara|da|diera|agarra|agarrara|parte|partiera|lleva|llevara) (?:\w+ ){0,4}(?:mejor|mucho mejor|lo deseo|ojala|seria un alivio|no me importaria|me daria igual|bienvenido|bienvenida|casi que mejor|lo agradeceria)|si (?:\w+ )?(?:no despertara|no despierto|no me despierto|no me despertara|me muero|me muriera|no amanezco|no amaneciera|no llego a manana|me quedo dormida para siempre) (?:\w+ ){0,5}(?:seria un alivio|mejor|me daria igual|me da igual|lo deseo|ojala|no me importaria|bienvenido|casi que mejor|lo agradeceria|gracias a dios)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:irme|ir|me voy|me quiero ir) con (?:ella|el|mi \w+|mis \w+) (?:\w+ ){0,2}(?:alla donde|alla arriba|donde este|donde esta|adonde este|adonde esta|al cielo|al mas alla|donde sea que este)|irme con (?:mi|mis) (?:\w+ ){1,2}(?:que|q) (?:en paz descanse|ya murio|murio|fallecio|ya no esta|esta en el cielo|dios (?:lo|la) tenga|descanse en paz|se me fue|partio)|(?:envidio|envidia me dan|que envidia) (?:a )?(?:los muertos|los que (?:ya )?(?:estan|se fueron|murieron|descansan|descansaron|partieron)|mi \w+ que ya descansa)|(?:sigo|estoy) (?:aca|aqui|viva|vivo) sin saber (?:para|pa) (?:que|q)|desaparecer (?:de verdad|de no volver|y no volver|para no volver|sin volver)|(?:cerrar|cierro) los ojos (?:\w+ )?(?:y|e) (?:que|q) (?:todo )?(?:se apague|se acabe|termine|se termine)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no|ya no) le (?:encuentro|veo|hallo) la vuelta a (?:seguir viva|seguir vivo|vivir|la vida|seguir viviendo|seguir)(?= $| (?:para|pa|ya|q|que))",
        {"owner": "self", "negatable": False},
    ),
    (
        "attempt",
        r"(?:me inyecte|me puse|me meti|me aplique|me inyecto|me acabo de inyectar|me acabo de poner) (?:\w+ )?(?:toda la|todas las|todo el|mucha|muchisima|demasiada|una sobredosis de|el doble de|el triple de|varias dosis de|todas mis) (?:insulina|morfina|jeringas|ampollas|dosis|inyecciones|unidades)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me noto|me siento|estoy|ando|me pongo|me empiezo a sentir) (?:muy |bien |re |como |medio |un poco )?(?:rara|raro|mareada|mareado|ida|ido|pesada|pesado|adormecida|adormecido|somnolienta|somnoliento|confundida|confundido|dormida|entumida)(?= $| (?:como|y|ya|desde|por|de las|despues))",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"(?:otra vez|de nuevo|volvi a|volvi con|volvi a usar|agarre otra vez) (?:la|el|las|los|una|un) (?:cuchilla|cuchillas|gillette|gilette|navaja|cutter|cuter|trincheta|hojilla|hojillas|hoja de afeitar|xrazor|encendedor)|(?:{START})(?:reca[iy]|recai otra vez|volvi a caer)(?= $)|(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) (?:dias|semanas|meses|mes|anos|ano) (?:limpia|limpio|sin cortarme|sin lastimarme|sin hacerme dano)(?= $| (?:y|e|pero|hasta))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:plancha|cigarro|cigarrillo|encendedor|cuchara|fierro|olla|vela|pucho) (?:caliente )?(?:\w+ ){0,3}(?:me (?:la|lo) (?:apoye|puse|pase|pegue|acerque|aplique)|apoyandomela|poniendomela) (?:\w+ ){0,2}(?:en|sobre|contra) (?:el|la|los|las|mi|mis) (?:brazo|brazos|pierna|piernas|mano|manos|muneca|munecas|piel|panza|muslo|muslos)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:les|le) (?:doy|daba|estoy dando) (?:\w+ )?(?:pura lata|lata|puros problemas|puro problema|puro dolor de cabeza|dolores de cabeza)|(?:ya )?no (?:tienen|tendrian|van a tener|tendran) (?:que|q) (?:batallar|lidiar|cargar|pelear|aguantar|soportar|bregar) (?:conmigo|con esta vieja|con su madre)|(?:le|les) voy a (?:sacar|quitar) (?:ese|este|un|el) (?:peso|problema|estorbo) de encima|sin mi (?:\w+ ){0,3}(?:van a llevar mejor|se van a llevar mejor|se llevarian mejor|van a estar mejor|va a estar mejor|estaran mejor)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:el dia que|cuando|si|una vez que) (?:yo )?(?:me muera|ya no este|no este|falte|me vaya|desaparezca|me muero|muera) (?:\w+ ){0,3}(?:van a estar|estaran|estarian|va a estar|van a vivir|viviran|se van a sentir|van a respirar|van a quedar) (?:\w+ ){0,2}(?:mas tranquilos|mas tranquilas|mas tranquilo|mejor|mas felices|aliviados|en paz|tranquilos|felices|libres)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:mejor|mejor ni|mejor no) (?:estar|existir|haber nacido|estar aqui|estar aca)(?= $| (?:asi|ya|mas))",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:ya )?(?:cumpli|termine|complete) (?:mi|con mi) (?:ciclo|tiempo|mision|camino)(?= $| (?:en esta vida|aqui|aca|en este mundo|aca abajo|en la tierra|ya))|(?:ya )?(?:vivi|hice) (?:lo que|todo lo que|lo q) (?:tenia|tuve) (?:que|q) (?:vivir|hacer)(?: en esta vida| aqui| aca)?(?= $| (?:ya|y ya))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{START}|y |pero |asi que )(?:ya )?me quiero ir(?= $)|(?:{START}|y )ya me quiero ir(?= $| de una vez| para siempre)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:por que|xq|pq|porque) no me (?:mori|muero|fui) yo(?: en vez de| en lugar de| y no)|(?:debi|debia|deberia haberme|tendria que haberme|tuve que) (?:morirme|morir|haberme muerto|muerto) yo|(?:ojala|quisiera|desearia) (?:me hubiera muerto|haberme muerto|me hubiese muerto|haber muerto)|(?:no|ya no) (?:quiero|kiero) vivir ni un dia mas|(?:tirarme|me tiro|echarme) a morir",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:la muerte|morirme|matarme|el suicidio|quitarme la vida|suicidarme) (?:\w+ )?(?:es )?lo unico (?:en )?(?:lo )?(?:que|q) (?:pienso|tengo en la cabeza|quiero)|(?:solo|solamente|nomas|ya solo) pienso en (?:la muerte|morirme|matarme|el suicidio|quitarme la vida|suicidarme|morir)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:planteando|me planteo|considerando|considero|contemplando|evaluando) (?:\w+ )?(?:acabar con todo|terminar con todo|acabar con mi vida|terminar con mi vida|{KILLME}|el suicidio|quitarme la vida)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{POISON}|{PILL}) (?:\w+ ){0,8}(?:tomarmela|tomarmelo|tomarmelas|tomarmelos|bebermela|bebermelo|tragarmela|tragarmelo|tragarmelas|me la tomo|me lo tomo|me las tomo)(?! (?:con el|con la|en el desayuno|a la manana|como dice|como toca|como debo|como siempre|como me|todos los dias|cada dia|cada manana|cada noche|religiosamente|puntualmente|por la manana|por la noche|en ayunas))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:me voy a ir|voy a ir|me voy|ire|voy) (?:\w+ )?(?:al|a las|a la) (?:puente|vias|via del tren|azotea|barranco|acantilado|precipicio|cornisa)(?! (?:a (?:ver|pescar|caminar|pasear|sacar fotos|mirar)|con (?:mi|mis|la|el|los|las)|de (?:\w+ )?vacaciones))|va a ser (?:{TIME}|{IMMINENT})(?= $| (?:ya|y|no))",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:no|que no) (?:me )?(?:llamen|llamen a nadie|llamen a la ambulancia|llamen a emergencias|llamen al 911|me salven|quiero que me salven|me busquen|intenten salvarme|me lleven al hospital)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:me ven|me tratan|me miran|me consideran|me sienten) como (?:una|un) (?:carga|estorbo|molestia|problema|peso|lastre|cacho)|(?:seria|sera|es) (?:\w+ ){0,2}mejor (?:\w+ ){0,3}(?:que|q) (?:yo )?(?:no existiera|no estuviera|me muriera|desapareciera|me fuera para siempre|no este|no exista|me muera)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:m|me|mee) (?:quiero|kiero|qiero|voy a|voi a|boy a|boi a|vo a|kiero ir a) (?:matar|suicidar|ahorcar|colgar|quitar la vida|tirar (?:del|de un|por la))(?! (?:a |al |trabajando|estudiando|de risa))|(?:kiero|quiero|voy a|voi a|boy a|ganas de|pienso en) (?:matar[m][e]?|suicidar[m][e]?|morir[m][e]?)(?= $| (?:ya|hoy|no))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:m|me) (?:estoy|estoi|toy|sigo|vuelvo a|volvi a) (?:cortando|lastimando|quemando|haciendo cortes|autolesionando|cortar|lastimar)|m (?:corto|quemo|lastimo) (?:los|las|el|la|mis|x|por|cuando|todos|a veces|otra vez)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{HEAD}) (?:\w+ ){0,4}(?:{DEATH})(?! de (?:la )?(?:risa|verguenza|pena|ganas|hambre|sueno|frio|calor|envidia|amor|aburrimiento|ternura|emocion))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:perdi|se me fueron|se me acabaron|se fueron|ya no tengo|no tengo|no me quedan|nada me da|no me dan|sin|me quede sin|ya no siento) (?:\w+ )?(?:las )?ganas de (?:vivir|seguir viviendo|seguir viva|seguir vivo|seguir en este mundo|existir)|(?:que|q) hago (?:yo )?(?:todavia |aun |aca |aqui )?(?:aqui|aca|viva|vivo|en este mundo|en esta vida)(?: todavia)?(?= $| (?:todavia|si|xq|porque|sin))|(?:este|el) mundo (?:ya )?no es (?:para mi|mi lugar)|(?:la vida|vivir|mi vida) (?:ya )?no me (?:importa|interesa)|(?:ya )?no me (?:importa|interesa) (?:la vida|vivir|seguir viva|seguir vivo)|(?:el cuerpo|mi cuerpo|el alma|mi alma) (?:ya )?me pide (?:morirme|morir|irme|descansar para siempre|que me vaya)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:{START}|y |ya |que |q )(?:que|q) (?:ya )?me muera(?= $| ya| de una vez| pronto| de una buena vez)",
        {"owner": "self"},
    ),
    *_apart(
        "wish_dead",
        r"(?:no me voy a tratar|no pienso tratarme|no me pienso tratar|no me quiero tratar|no voy a ir al medico|no pienso ir al medico|no quiero ir al medico)(?= $| (?:ya|que|q|si|aunque))|(?:deje|dejo|voy a dejar) (?:de tomar|de ponerme) (?:las|mis) (?:medicinas|pastillas|remedios|insulina|pastillas de la presion)(?= $| (?:a proposito|adrede|que|q|y que))|(?:deje|abandone|dejo) el tratamiento (?:a proposito|adrede)|que sea lo que dios quiera(?= $)|ya quiero irme(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:{KILLME}|irme de este mundo|acabar con todo|morirme) (?:\w+ )?(?:por mi cuenta|por mi propia mano|con mis propias manos|yo misma|yo mismo)|(?:pense en|pienso en|pensando en|se me ocurrio|se me ocurre) (?:hacer|cometer) (?:una|alguna) (?:locura|tonteria|estupidez)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{HEAD}|voy a|me voy a|estoy a punto de|capaz de|valor para|valor de) (?:\w+ ){0,4}(?:{METHODME})",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:{BETTER}) (?:\w+ ){0,5}(?:{IFGONE})|(?:{IFGONE}) (?:\w+ ){0,5}(?:estarian|estaran|van a estar|vivirian|viviran|van a vivir|seria|sera|seran|serian|les iria|les va a ir|va a ser|quedarian|quedaran) (?:\w+ ){0,2}(?:{BETTER})",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:que|cuanta|cual|cuanto) (?:altura|cantidad|dosis|distancia|profundidad|piso|pisos) (?:\w+ ){0,4}(?:hace falta|se necesita|necesito|es suficiente|seria suficiente|es mortal|para morir|para no despertar|para no sobrevivir|para matarse|para matarme)|para no sobrevivir|(?:me pare|me puse|estuve|me quede|me subi) (?:\w+ ){0,2}(?:en la orilla del|en la orilla de|al borde del|al borde de|en el borde del|en el borde de|junto a las|sobre la baranda del|del otro lado de la baranda) (?:\w+ )?(?:anden|vias|puente|precipicio|barranco|azotea|balcon|edificio|acantilado|risco)|(?:azotea|puente|balcon|cornisa|vias|borde|anden) (?:\w+ ){0,4}(?:mas tiempo del que|mas de la cuenta|mas de lo normal|mas rato del que|mas tiempo de lo normal)",
        {"owner": "self"},
    ),
    *_apart(
        "method",
        r"(?:seria|es) (?:tan |muy |demasiado )?(?:facil|rapido|sencillo)(?= $| (?:acabar|terminar|irme|morir|dejarme|no mirar|dar un paso|soltarme))|(?:cruzo|cruzar|cruce|cruzando) (?:la calle|la avenida|la ruta|la carretera|las vias) (?:\w+ ){0,4}(?:sin mirar|si no miro|con los ojos cerrados|en no mirar)|(?:no es|no son|no era|no eran) para (?:cocinar|la cocina|cortar (?:la|el|las|los) \w+|la ropa|el jardin|las ratas|la casa|tender|defensa|el campo)(?= $| (?:y|ya|eh))|(?:compre|me compre|consegui) (?:un|una|unas|unos) (?:cuchillo|navaja|cuchillas|hojas de afeitar|soga|cuerda|veneno|pistola) (?:nuevo|nueva|nuevas|nuevos|filoso|filosa)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:la ropa|el vestido|el traje|la blusa|lo que) (?:\w+ ){0,3}(?:me van a enterrar|me entierren|me velen|me pongan en el cajon|me van a velar|me van a poner en el cajon|me van a cremar)|(?:dejando|deje|dejo|voy a dejar) (?:\w+ )?(?:cartas|notas|una carta|una nota) (?:\w+ ){0,2}(?:para|a) cada (?:uno|una|hijo|hija|nieto|nieta)|(?:mi ultimo deseo|mis ultimos deseos|mi ultima voluntad)",
        {"owner": "self"},
    ),
    *_apart(
        "preparatory",
        r"(?:deje dicho|le dije|les dije|le avise|les avise|le explique) (?:\w+ ){0,3}donde (?:estan|esta|guardo|deje|estan guardados|estan guardadas) (?:los papeles|las llaves|el testamento|la plata|las cosas|los documentos|la poliza|mis cosas)|(?:vendi|vendiendo|estoy vendiendo|vendo) (?:todas |casi todas )?(?:mis cosas|todo lo que tengo|todo|mis muebles)(?= $| (?:ya|y|solo))|(?:solo|ya solo) me (?:queda|quedan) (?:la cama|esto|lo puesto|lo que llevo puesto|el colchon)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:desde donde (?:este|estoy|me toque|vaya)|desde el cielo|desde alla arriba|desde el otro lado)(?= $| (?:los|las|te|voy|los voy|las voy|cuidare|los cuidare))|cuando (?:lean|leas|lea|reciban|recibas|vean|veas) (?:esto|este mensaje|esta carta|estas lineas|este audio) (?:\w+ )?(?:ya )?(?:no voy a estar|no estare|estare muerta|estare muerto|me habre ido|ya me fui|ya no estoy|ya me habre ido)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:pienso|pensando|imagino|me imagino|imaginando|fantaseo|sueno) (?:\w+ ){0,3}(?:mi funeral|mi entierro|mi velorio|mi tumba|mi lapida)",
        {"owner": "self", "weak": True},
    ),
    # --- from the fourth development set: families widened for unseen wordings ------------
    # God, the Virgin or death itself is asked, or let in, to take her now.
    (
        "wish_dead",
        r"(?:{HOLY}|{DEATHNAME}) (?:\w+ ){0,4}(?:no me (?:deje|dejes|deja) (?:ver|vivir|llegar a|pasar) (?:otro|otra|un|una) (?:amanecer|dia|ano|navidad|invierno|verano|cumpleanos)|me (?:quiere|quieres|va a|vas a|viene a|venga a|quisiera) (?:llevar|recoger|buscar)(?: (?:\w+ ){0,4}(?:que sea ya|que sea pronto|que me (?:lleve|recoja|busque)|estoy lista|estoy listo|no le voy a decir que no|no (?:le|te) (?:voy a decir|digo) que no|le abro|te abro|bienvenid\w+)))|si (?:{HOLY}|{DEATHNAME}) (?:\w+ ){0,2}(?:me (?:quiere|quieres|va a|vas a|viene a) (?:llevar|recoger|buscar)|(?:pasa|viene|toca|llama|golpea) (?:\w+ ){0,4}(?:le abro|la dejo pasar|la recibo|que pase|que toque))|si me (?:vas|va|quiere|quieres) a? ?(?:llevar|recoger) (?:\w+ ){0,2}(?:que sea ya|que sea pronto|que me (?:lleve|recoja)|estoy lista|estoy listo|hazlo ya|ya)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{DEATHNAME}) (?:\w+ ){0,8}(?:le abro|la dejo pasar|la espero|la estoy esperando|la recibo|que venga|que pase nomas|que toque (?:el )?timbre|le convido|bienvenida sea|la invito)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:me quiero ir|quiero irme|me quisiera ir|quisiera irme|me gustaria irme|ya me quiero ir|me quiero reunir|quiero reunirme|quisiera reunirme|quiero estar|quisiera estar|quiero descansar) (?:\w+ )?(?:con|junto a|junto con|en los brazos de|a los brazos de|a la casa de|al lado de) (?:{HOLY})|(?:no|ya no) (?:quiero|aguanto|soporto|puedo) (?:seguir |estar |vivir |quedarme )?(?:\w+ )?(?:en esta tierra|en este valle de lagrimas|en este planeta|aqui en la tierra|en este mundo|en esta vida|en este mundo cruel)",
        {"owner": "self", "negatable": False},
    ),
    # Not waking, a heart that stops, an illness or an accident: welcome.
    (
        "wish_dead",
        r"si (?:\w+ ){0,3}(?:no (?:despierto|me despierto|amanezco|me levanto|vuelvo a despertar|despertara|amaneciera|me levantara|abro los ojos)|me duermo y no (?:despierto|me despierto|amanezco)|se me (?:para|parara|detiene|detuviera|pare) el corazon|me (?:da|diera|agarra|agarrara|pega|viene) (?:un |una )?(?:infarto|paro|ataque|derrame|aneurisma)|me (?:atropella|atropellara|pisa|pisara) (?:un|una|el|la) \w+)(?: \w+){0,4} (?:mejor|que bueno|ojala|bendito sea|bendita sea|me da igual|no importa|un alivio|tanto mejor|listo|bienvenido|bienvenida|gracias a dios|no pasa nada|mejor todavia|no me quejo|seria un regalo)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:no me importaria|no me importa|me daria igual|me da igual|me da lo mismo|no me molestaria|me vendria bien|seria un alivio|me haria un favor|agradeceria|me alegraria) (?:\w+ ){0,5}(?:se me pare el corazon|se me parara el corazon|se me detenga el corazon|se me detuviera el corazon|me de un infarto|me diera un infarto|me agarre un paro|me agarrara un paro|dejar de latir|deje de latir|dejara de latir|irme(?= $| ya| de una vez| de este mundo| para siempre| con dios)|amanecer o no|despertar o no|vivir o no|que me lleve|me lleve|me atropelle|me atropellara|no volver a despertar)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:ojala|ojala que|ojala q|quisiera que|quisiera q|desearia que|deseo que|pido que|ruego que|rezo para que|rezo que|rezo por que|espero que|le pido a \w+ que|le ruego a \w+ que|a veces pido que|a veces ruego que) (?:\w+ ){0,3}(?:me (?:atropelle|atropellara|pise|pisara|arrolle|arrollara|lleve puesta|llevara puesta|lleve puesto|llevara puesto|lleve por delante|llevara por delante|parta un rayo|partiera un rayo|mate|matara|gane|ganara|venza|venciera|lleve|llevara)|me (?:agarre|agarrara|de|diera|venga|viniera|pegue|pegara|caiga|cayera) (?:un |una |el )?(?:infarto|paro|ataque|derrame|aneurisma|rayo|bala|accidente|cancer|bicho|virus|covid|piano|tumor)|se me (?:pare|parara|detenga|detuviera) el corazon|se caiga el avion|se cayera el avion|choque el (?:micro|colectivo|avion|bus|autobus|camion)|sea pronto(?= $))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{HEAD}|ojala|que) (?:\w+ ){0,2}(?:el |la |este |esta |mi )?(?:cancer|tumor|enfermedad|corazon|diabetes|azucar|presion|epoc|valvula|bicho|mal|enfisema|leucemia|cirrosis) (?:\w+ ){0,2}(?:me gane|me ganara|me lleve|me llevara|me mate|me matara|acabe conmigo|acabara conmigo|termine conmigo|haga lo suyo|me venza|avance rapido|avance rapidito|me gane rapido|me coma|se apure|se apurara)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no lo|no la|no me) (?:pienso|voy a|quiero) (?:pelear|luchar|tratar|operar|pelearla|pelearlo|lucharla|lucharlo)(?= $| mas| nada)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:ojala|quisiera|hubiera preferido|mejor|lastima que no|por que no) (?:\w+ )?(?:me hubiera|me hubiese|hubiera|hubiese) (?:muerto|quedado|ido|dormido) (?:\w+ )?(?:en la|en el|ahi|alli|para siempre|con \w+) ?(?:operacion|accidente|parto|quirofano|cirugia|mesa de operaciones|infarto|covid|terapia|coma|choque|hospital|intento)?|(?:por que|pq|xq|porque) (?:no )?me (?:desperte|salvaron|revivieron|encontraron|despertaron)|(?:por que|pq|xq) (?:dios )?no me (?:llevo|llevaste|mori|muero|recogio)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:ni|sin|cero|ningunas|ya no tengo|ya ni tengo) ganas de (?:respirar|vivir|existir|seguir viva|seguir vivo|seguir viviendo|despertar|despertarme|amanecer)|(?:{Q}|y) (?:se )?(?:acabe|termine|corte) (?:el aire|la respiracion|el oxigeno)|(?:mejor|ojala|preferiria) (?:que|q) (?:yo )?(?:no este|no estuviera|no existiera|no siga|desaparezca|desapareciera|ya no este)(?= $| mas| aqui| aca| en este mundo| ya| viva| vivo)",
        {"owner": "self"},
    ),
    # Thoughts: more heads (fantasising, the mind, the enemy) over the ways of killing herself.
    (
        "thoughts",
        r"(?:fantasear|fantaseando|fantaseo|convenciendo|convencerme|obsesionada|obsesionado|obsesion|me ronda|me persigue|me acosa|me atormenta|la tentacion|la posibilidad|contemplo|contemplando|barajo|barajando|evaluo|evaluando|considero|considerando|estudio|estudiando|me pone en la mente|me pone en la cabeza|en la mente|en la cabeza|me repito|me digo|me susurra|me dice) (?:\w+ ){0,3}(?:{KILLME}|eliminarme|borrarme|desaparecerme|quitarme de este mundo|sacarme de este mundo)(?! (?:de|del) (?:grupo|whatsapp|chat|lista|face|facebook|instagram|redes|app|foto|fotos|contactos))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:{WANTME}|pienso en|pensando en|pense en|pensar en|la idea de|ganas de) (?:\w+ )?(?:eliminarme|auto eliminarme|borrarme|desaparecerme)(?! (?:de|del) (?:grupo|whatsapp|chat|lista|face|facebook|instagram|redes|app|foto|fotos|contactos|mapa de \w+))|(?:es normal|esta mal|es pecado|es malo|es raro|le pasa a alguien|les pasa a otras|a otras les pasa) (?:\w+ ){0,2}(?:pensar en|querer|desear|tener ganas de|pensar) (?:matarse|morirse|suicidarse|quitarse la vida|no despertar|irse de este mundo|desaparecer para siempre|la muerte)|(?:las |mis |esas )?ganas de (?:terminar|acabar|irme|desaparecer|no estar|morirme)(?= $| (?:estan|siguen|son|no se van|vuelven|volvieron|no se fueron|de una vez|ya|igual|aumentan|crecen))",
        {"owner": "self"},
    ),
    # Method: is it enough, does it hurt, what if I take all of it.
    (
        "method",
        r"(?:{HIGH}|piso|pisos|metros|(?:{QUANTITY_STRONG}|\d+|cinco|seis|ocho|diez|doce|quince|cuantas|cuantos) (?:\w+ )?(?:{PILL}|{POISON}|insulina)(?: de \w+)?) (?:\w+ ){0,2}(?:alcanza|alcanzan|alcanzaria|alcanzarian|basta|bastan|bastaria|bastarian|es suficiente|son suficientes|seria suficiente|serian suficientes|es mortal|son mortales|es seguro|te mata|te matan|me mata|me matan|me matarian|me mataria)(?= $| no| seguro| o no| verdad| cierto| si me| pregunto| de verdad| en serio| para (?:morir|matar|no despertar|acabar|irme|que no|no sobrevivir))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:duele|duele mucho|dolera|doleria|es doloroso|se sufre|sufre uno|se siente|cuanto tarda|tarda mucho|es rapido|es rapida|cuanto se tarda|cuanto demora|se tarda mucho) (?:\w+ ){0,2}(?:en )?(?:ahorcarse|colgarse|morir ahorcad\w+|envenenarse|cortarse las venas|tirarse (?:de|del|desde|al|a las)|dispararse|ahogarse|desangrarse|una sobredosis|matarse|suicidarse|morir desangrad\w+|morir ahogad\w+|morir envenenad\w+|el veneno|el raticida|morir de una sobredosis)|(?:ahorcarse|colgarse|envenenarse|cortarse las venas|desangrarse|ahogarse|una sobredosis|el raticida|el veneno) (?:\w+ ){0,2}(?:duele|dolera|es doloroso|tarda|es rapido|es rapida|es seguro|es efectivo)",
        {"owner": "self"},
    ),
    (
        "method",
        r"si (?:me )?(?:inyecto|tomo|trago|bebo|pongo|tomara|inyectara|tragara|bebiera|pusiera|junto) (?:\w+ ){0,5}(?:{PILL}|{POISON}|insulina|pluma|jeringa|ampollas?|dosis) (?:\w+ ){0,4}(?:me muero|me mato|me moriria|muero|no despierto|no despertaria|me matan|me mata|es mortal|seria mortal|me mataria|se acaba)|(?:inyectarme|me inyecto|me inyectaria|me inyecte|ponerme|me pongo|me pondria) (?:\w+ ){0,2}(?:{QUANTITY_STRONG}|toda la|toda una|doble|triple|el doble|el triple) (?:\w+ ){0,2}(?:insulina|pluma|morfina|jeringa|ampollas?|dosis)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:deje|dejo|deje de tomar|deje de ponerme|ya no me pongo|no me pongo|no me estoy poniendo|ya no tomo|dejo de tomar|abandone|suspendi|tire|no me controlo) (?:\w+ ){0,3}(?:la insulina|el litio|mis medicinas|mi medicacion|la medicacion|los anticoagulantes|el tratamiento|la dialisis|las pastillas del corazon|mis pastillas|la presion|el azucar|mis remedios|los remedios) (?:\w+ ){0,5}(?:a proposito|adrede|aproposito|sin decirle|sin avisar|sin que sepa|que pase lo que|a ver que pasa|que sea lo que dios quiera|para no|hasta que|lo que tenga que pasar|para que se acabe|para irme)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:que|q) (?:esto|todo) (?:se )?(?:acabe|termine|se termine) conmigo|(?:que )?se me (?:vaya )?(?:apagando|apague) (?:el cuerpo|la vida|el corazon)|(?:irme|ir) apagando(?:me)?|apagarme (?:de a poco|poco a poco|despacito|sin escandalo)|(?:es|era) justo lo que quiero (?:que pase|que me pase)",
        {"owner": "self"},
    ),
    (
        "method",
        r"piedras en (?:los|mis) bolsillos|(?:meterme|entrar|caminar|me meto|tirarme|hundirme|adentrarme) (?:\w+ ){0,4}(?:con piedras|y dejarme ir|y dejarme llevar|hasta el fondo|hasta hundirme|hasta que no (?:pueda|haga pie))|dejarme (?:ir|llevar) (?:por|con|en) (?:el agua|la corriente|el rio|el mar|las olas)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:acostarme|tirarme|echarme|pararme|ponerme|meterme|cruzarme|atravesarme|dejarme caer|tenderme) (?:\w+ ){0,2}(?:en|sobre|delante de|delante del|frente a|frente al|ante|entre) (?:las |la |el |los )?(?:vias|via|rieles|riel|durmientes)|(?:{TRAIN}) (?:\w+ ){0,14}(?:acostarme|tirarme|echarme|dejarme caer|tenderme|pararme) (?:ahi|alli|en ellas|encima|adelante|delante|sobre ellas)|(?:dejarme caer|tirarme|echarme|saltar|soltarme|aventarme|lanzarme|dar un paso|dar el paso) (?:\w+ ){0,4}cuando (?:viene|pasa|llega|venga|pase|entra|entre) el (?:tren|metro|subte|camion|micro|colectivo|bus|autobus|trailer)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:imagino|me imagino|imaginandome|me veo|me visualizo|fantaseo|pienso en mi|sueno) (?:\w+ ){0,3}(?:tirandome|aventandome|lanzandome|arrojandome|colgandome|ahorcandome|cortandome las venas|disparandome|ahogandome|dejandome caer|envenenandome|saltando (?:de|del|desde|al)|cayendo (?:de|del|desde|al))(?! (?:a la (?:pileta|piscina|alberca|cama)|en la cama|al sofa|a dormir))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{GUN}|{ROPE}|{POISON_STRONG}|{BLADE}|{PILL}|cartuchos|municiones|municion|balas) (?:\w+ ){0,6}(?:no (?:es |era |fue |son |eran )?(?:pa|para) (?:cazar|la caza|defensa|defenderme|los ladrones|los robos|el campo|tirar al blanco|tender|la ropa|las ratas|los ratones|el jardin|las plantas|cocinar|la casa|dormir|el dolor|la presion|el perro|el tendedero|tender ropa|colgar (?:la )?ropa|la hamaca|el columpio))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:parece|parezca|pareceria|pareciera|pareceria|que parezca|se vea como|pase por|quede como|haga pasar por|hacerlo pasar por) (?:un )?accidente|(?:si )?(?:no freno|no frenar|no frenaria|sin frenar|suelto el volante|soltar el volante|me paso al carril|me cruzo de carril|cruzarme de carril|acelero en la curva|acelerar en la curva|me salgo de la curva|sigo derecho en la curva|seguir derecho en la curva) (?:\w+ ){0,4}(?:barranco|precipicio|curva|camion|trailer|puente|rio|abismo|contra|accidente|se acaba|nadie)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:me subi|subirme|me subo|me trepe|treparme|me trepo|me asome|asomarme|me incline|pase|pasar|me pase|pasarme|cruce|cruzar) (?:\w+ ){0,5}(?:la barandilla|la baranda|el barandal|la cornisa|el pretil|el parapeto|del otro lado de la baranda|la raya amarilla|la linea amarilla)(?! (?:de la (?:cama|escalera de la casa|cuna)))|(?:me acerco|me acerque|me acercaba|me paro|me pare|me quedo|me quede|me quedé) (?:\w+ ){0,3}(?:a la raya amarilla|a la linea amarilla|al borde del anden|al borde|al filo|a la orilla del anden)|(?:agarrada|agarrado|aferrada|aferrado) (?:de|a) la (?:baranda|barandilla) (?:\w+ ){0,4}(?:del puente|mirando abajo|mirando el agua|mirando para abajo|como \w+ minutos)|para ver (?:como seria|que se siente|bien la altura|la altura|cuanto hay)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:prendi|prender|encendi|encender|prendo|enciendo|meti|meter|puse|poner|voy a prender) (?:\w+ ){0,2}(?:el |un |unos |la )?(?:carbon|brasero|anafe|parrilla|carbones) (?:\w+ ){0,2}(?:en|dentro de|adentro de) (?:del |de la |el |la |mi )?(?:bano|cuarto|pieza|habitacion|dormitorio|carro|auto|coche|cochera|garaje|departamento|depto)|(?:gas|carbon|brasero|monoxido|anafe) (?:\w+ ){0,8}(?:ventanas cerradas|puertas cerradas|con cinta|tape las|tapando las|tape la|selle|sellar|sellando|rendijas|cerre todo|todo cerrado)|(?:cerre|cerrar|selle|sellar|tape|tapar) (?:\w+ ){0,3}(?:puerta|puertas|ventana|ventanas|rendijas) (?:\w+ ){0,2}con (?:cinta|toallas|trapos)",
        {"owner": "self"},
    ),
    # Means at hand: set aside, known where, saved pill by pill.
    (
        "at_hand",
        r"(?:guardando|guardo|junto|juntando|escondo|escondiendo|ahorrando|separando|apartando|guarde|junte) (?:\w+ ){0,3}(?:cada noche|cada dia|una por una|de a una|de a poco|una cada|en vez de tomarla\w*|en lugar de tomarla\w*|sin tomarla\w*)|(?:se|ya se) (?:pa|para|por) (?:que|q) (?:las|los|la|lo) (?:junto|guardo|tengo|estoy juntando|estoy guardando|escondo|compre)|(?:{POISON_STRONG}|{GUN}|soga|cuerda|mecate|reata) (?:\w+ ){0,6}(?:ya se donde|se donde (?:esta|estan|lo guarda|la guarda|lo guardan|la guardan|lo tiene|la tiene|los tiene|las tiene))",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:ya )?(?:separe|aparte|guarde|junte|prepare|tengo listo|tengo lista|tengo todo|consegui|compre|reuni) (?:\w+ ){0,2}(?:lo que necesito|lo necesario|lo que hace falta|todo lo que necesito|lo que me hace falta|todo lo necesario)(?! (?:para|pa) (?:el viaje|la|el|manana|cocinar|la torta|el almuerzo|la cena|la fiesta|la mudanza|el tramite))|(?:se|ya se) (?:exactamente )?(?:que|cuanta|cuanto) (?:dosis|cantidad) (?:\w+ ){0,4}(?:no perdona|mata|es mortal|es letal|basta|alcanza)",
        {"owner": "self", "weak": True},
    ),
    # A plan: after someone leaves, the date, not coming back, next time.
    (
        "plan",
        r"(?<=^ )(?=.* (?:lo hago|me mato|me tiro|acabo con esto|termino con esto|acabo con todo|termino con todo) $)(?:\w+ )*?(?:{TIME}|{IMMINENT}) (?:\w+ ){0,4}(?:lo hago|me mato|me tiro|acabo con esto|termino con esto|acabo con todo|termino con todo)(?= $)|(?:cuando|en cuanto|apenas) (?:\w+ ){0,2}(?:se vaya|se vayan|se duerma|se duerman|salga|salgan|no haya nadie|me quede sola|este sola) (?:\w+ ){0,4}(?:acabo|termino)(?= $)|(?:es cuando|ahi es cuando|ese dia|esa noche|esos dias|entonces|ahi) (?:\w+ )?(?:lo voy a hacer|lo hago|lo hare|me voy yo|me voy a ir|me ire)(?= $| ya| sin| yo| de una vez| para siempre| tranquila)|(?:lo tengo|ya lo tengo|esta) (?:pensado|planeado|calculado|decidido|organizado) (?:pa|para) (?:\w+ ){0,2}(?:{TIME}|madrugada|noche)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:ya no tengo dudas|no tengo ninguna duda|ya no tengo ninguna duda|lo tengo claro|tengo todo claro|lo tengo clarisimo|ya esta todo claro|ya decidi|ya me decidi|no me voy a echar atras|no me echo atras|no hay marcha atras|no pienso echarme atras|no me voy a arrepentir|ya esta decidido)(?= $| y | no | lo | asi)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:mi idea es|mi plan es|el plan es|la idea es|lo que voy a hacer es|lo que pienso hacer es) (?:\w+ ){0,20}(?:{DEATH}|(?:despues|luego|y) (?:terminar|acabar|irme|matarme|desaparecer))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?<=^ )(?=.* (?:ya no voy a estar|ya no estare|no voy a estar|no estare|ya no voy a existir|ya me habre ido|ya no voy a seguir) )(?:\w+ )*?(?:despues|luego|para entonces|para esa fecha|para ese dia|(?:{TIME})) (?:\w+ ){0,2}(?:ya no voy a estar|ya no estare|no voy a estar|no estare|ya no voy a existir|ya me habre ido|ya no voy a seguir)(?= $| para (?:escribir|verlos|contarlo|leer|nada|eso|nadie)| mas| y)|(?:ya )?no (?:voy a estar|estare) (?:mas )?para (?:escribir|escribirles|contarlo|verlos|su cumpleanos|navidad|la boda)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:me voy|voy|manejo|camino|subo|salgo|me subo|voy a ir|ire) (?:\w+ ){0,6}(?:{HIGH}|{TRAIN}|rio|mar|lago|monte|cerro|bosque|acantilado|mirador) (?:\w+ ){0,3}y (?:ya )?(?:no (?:vuelvo|regreso|vuelvo mas|vuelvo nunca|pienso volver|voy a volver|bajo|me bajo)|de ahi no (?:vuelvo|bajo|salgo))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"la proxima vez (?:\w+ ){0,2}(?:(?:elijo|elegire|voy a elegir|busco|buscare) (?:mejor )?(?:el lugar|el metodo|la forma|la altura|la dosis|el dia|el puente|el piso|como|donde|algo mas seguro)|lo hago bien|lo hare bien|lo voy a hacer bien|no fallo|no voy a fallar|no me bajo|no me voy a bajar|no me salvan|no me van a salvar|no me encuentran|no me van a encontrar|tomo mas|me tomo mas|me tomo todo|salto|no freno|me aseguro|no me arrepiento|no me echo atras|no me detengo|puede que no me baje|no me bajo)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:no voy a llegar|no llego|no creo que llegue|no pienso llegar|no voy a vivir|no voy a ver) (?:a |hasta )?(?:\w+ )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|navidad|ano nuevo|mi cumpleanos|el verano|el invierno|la primavera|el otono|el ano que viene|el proximo ano|la boda|su cumpleanos|el bautizo)|(?:{START}|y |ya |porque |total )(?:ya )?no voy a estar(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Preparatory acts: letters "pa despues", the house left in order, pets and passwords.
    (
        "preparatory",
        r"(?:cartas?|notas?|sobres?) (?:\w+ ){0,6}(?:pa|pra|para) (?:despues|cuando (?:ya )?no (?:este|estoy)|cuando me vaya|cuando pase|cuando me encuentren|que (?:la|las|lo|los) (?:lean|encuentren|abran) (?:cuando|despues))|(?:el seguro|la poliza|seguro de vida) (?:\w+ ){0,6}(?:suicidio|suicida|se quite la vida|me quite la vida|quitarse la vida|quitarme la vida|me mato|se mata|se suicida|me suicido)",
        {"owner": "self"},
    ),
    *_apart(
        "preparatory",
        r"(?:escribi|deje escrito|anote|decidi|elegi|organice|planee|arregle|prepare) (?:\w+ ){0,2}como quiero (?:que sea )?(?:mi |el )?(?:velorio|funeral|entierro|misa|despedida)|(?:que|q) me (?:entierren|velen|cremen|vistan) con|(?:la heladera|la nevera|el refri|el refrigerador) vaci[ao](?= $| y )|(?:nadie|que nadie) (?:\w+ ){0,3}(?:tenga|tengan) (?:que|q) (?:encontrar|limpiar|ordenar|batallar|hacerse cargo|ocuparse|encontrarme|pasar por)|(?:deje|lleve|le di|regale|entregue|le deje) (?:\w+ ){0,8}(?:el perro|la perra|el gato|la gata|mi perro|mi perra|mi gato|mi gata|mis gatos|mis perros|la mascota|mi perrita|mi gatita|el perrito|la perrita) (?:\w+ ){0,2}(?:en lo de|con|a|en casa de|donde)|(?:si se quedaria|si se puede quedar|si se podria quedar|quien se queda|quien se va a quedar|se va a quedar|se quede) (?:\w+ ){0,2}(?:con )?(?:mi |a mi |el |la |a la |al )?(?:perro|perra|gato|gata|perrito|perrita|gatito|gatita|mascota|mascotas|gatos|perros)|(?:le pase|les pase|le di|les di|le deje|les deje) (?:\w+ ){0,4}(?:las contrasenas de todo|mis contrasenas|las claves de todo|mis claves|la clave del banco|las claves del banco|el pin del banco|las contrasenas del banco)|(?:ya )?(?:esta|tengo|deje) todo (?:listo|arreglado|preparado|en orden|resuelto|organizado)(?= $)|(?:deje|dejo) (?:\w+ )?(?:todo escrito|todo firmado|firmado el testamento|hecho el testamento|listo el testamento)|(?:no|ya no) (?:lo |los |la |las )?(?:voy a necesitar|necesitare|necesito mas|me va a hacer falta|me van a hacer falta) (?:\w+ ){0,2}(?:nada|mas|eso|ya|ninguna)(?= $)|(?:ya )?no pienso seguir (?:\w+ ){0,2}(?:aqui|aca|en este mundo|mucho tiempo)",
        {"owner": "self", "weak": True},
    ),
    # An attempt: found and taken down, saved against her will.
    (
        "attempt",
        r"(?:me encontro|me encontraron|me encontraste|me bajo|me bajaron|me descolgo|me descolgaron|me salvo|me salvaron|me rescato|me rescataron|me sacaron|me hallaron) (?:\w+ ){0,3}(?:con la soga|colgada|colgado|con la cuerda|de la soga|de la viga|del agua|del rio|de la azotea|del puente|inconsciente|desmayada|desmayado|en el piso|tirada|tirado|con las pastillas|con las venas|con el gas|desangrandome|sin conocimiento|morada|morado)|(?:no queria|no quise|no pedi) (?:que|q) me (?:salvaran|salvara|encontraran|encontrara|rescataran|rescatara|revivieran|reviviera|bajaran|bajara|descolgaran|lavaran)|me arrepiento de (?:que|q) me (?:hayan|haya) (?:encontrado|salvado|rescatado|bajado)|(?:ojala|lastima que|por que) (?:no )?me (?:hubieran|hubiera) (?:encontrado|salvado|rescatado)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me tire|me avente|me lance|me arroje|me eche|me estrelle|choque a proposito|me cruce|me meti) (?:\w+ ){0,4}(?:contra|debajo de|debajo del|bajo|abajo de|delante de|delante del|frente a|frente al|al paso de) (?:la |el |un |una |los |las )?(?:\w+ )?(?:{HIGH}|{TRAIN}|{TRAFFIC}|arbol|muro|pared|poste)|(?:me tire|me avente|me lance|me arroje) (?:\w+ ){0,2}(?:de|del|desde|al|a las|a la) (?:la |el |un |una |los |las )?(?:\w+ )?(?:{HIGH}|{TRAIN})(?! (?:de (?:mayo|diciembre|agosto)|largo))",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:estoy|toy|estoy aqui|estoy aca) (?:parada|parado|sentada|sentado)? ?(?:\w+ ){0,2}(?:en|sobre|junto a|frente a) (?:el |la |los |las )?(?:anden|andenes|via|vias|estacion) (?:\w+ ){0,8}(?:el (?:proximo )?(?:tren|metro|subte) (?:pasa|llega|viene|sale)|no me voy a echar atras|lo voy a hacer|me voy a tirar|no hay vuelta)",
        {"owner": "self"},
    ),
    # Self-harm: a burn or a cut meant, pain wanted outside.
    (
        "self_harm",
        r"(?:me queme|me corte|me golpee|me lastime|me pegue|me hice (?:un |una )?(?:corte|quemadura|herida)|me arranque) (?:\w+ ){0,6}(?:a proposito|adrede|aproposito|queriendo|a conciencia|con ganas)|(?:me apoye|apoye|puse|pegue|me puse) (?:\w+ ){0,3}(?:el brazo|la mano|la palma|la pierna|los brazos|la piel|el antebrazo|la muneca) (?:\w+ ){0,3}(?:en|sobre|contra) (?:la |el )?(?:hornalla|hornilla|plancha|estufa|fuego|horno|olla caliente|sarten caliente|vela|encendedor)|(?:prendi|encendi) (?:\w+ ){0,2}(?:la hornalla|la hornilla|el encendedor|un cigarro|un cigarrillo|la plancha|el fuego|una vela) y (?:me )?(?:apoye|puse|queme|pegue|acerque)|(?:que )?(?:algo|me) (?:doliera|duela|doliese|ardiera|arda) (?:por fuera|afuera|en el cuerpo|en la piel|fisicamente)|dolor (?:por fuera|fisico|en la piel) (?:\w+ ){0,3}(?:para|que) (?:no sentir|tapar|calmar|callar|aliviar)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:volvi a|vuelvo a|volviendo a) (?:lo de antes|hacerlo|las andadas|lastimarme|quemarme|cortarme|golpearme) (?:\w+ ){0,4}(?:dos|tres|varias|otras|\d+) (?:noches|veces|dias)|tengo (?:ampollas|quemaduras|cortes|heridas|marcas) (?:\w+ ){0,3}(?:en (?:los|el|la|las|mis) (?:brazos?|piernas?|munecas?|muslos?|mano|manos))?(?= $| de | que me | por )",
        {"owner": "self", "weak": True},
    ),
    # Being a burden: what she is to them, and who gains if she is gone.
    (
        "burden",
        r"(?<!dijo que )(?<!dice que )(?<!dijo q )(?<!dice q )(?<!dicen que )(?<!dijeron que )(?<!piensa que )(?<!cree que )(?:soy|me siento|me he vuelto|me volvi|me converti en|siento que soy|no soy mas que|solo soy|sigo siendo|seguir siendo) (?:\w+ )?(?:una carga|un estorbo|un lastre|un bulto|un trasto|un mueble|un gasto|una cruz|la cruz|una sangria|un agujero|un parasito|una parasita|una sanguijuela|un cacho|un cachivache|un ancla|un peso muerto|una boca mas|una mochila|un clavo|una piedra en el zapato|problema de (?:otros|todos|los demas|mis hijos|mi familia))(?! (?:de (?:la|el) (?:\w+ )?(?:trabajo|oficina|equipo|club|iglesia|grupo)))|naci para (?:ser )?(?:un |una )?(?:problema|estorbo|carga|molestia)|(?:ocupo|ocupando|que ocupa) (?:lugar|espacio|un lugar)(?= $| en (?:la vida|la casa|el mundo|este mundo))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:solo|nada mas|nomas|lo unico (?:que|q) hago es|no hago (?:mas|otra cosa) (?:que|q)|siempre) (?:\w+ )?(?:les quito|le quito|quitarles|les robo|le robo|les hago perder|le hago perder|les hago gastar|les cuesto|le cuesto|arruinarles|arruinarle|arruino|les arruino|le arruino|complicarles|les complico|le complico|amargarles|les amargo|le amargo|estorbar|estorbarles|molestarlos|molestar) (?:\w+ ){0,2}(?:tiempo|plata|dinero|energia|paciencia|la vida|vida|todo|el dia|la existencia)?",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:{IFGONE_SI}) (?:\w+ ){0,6}(?:{RELIEF})|(?:{RELIEF}) (?:\w+ ){0,4}(?:{IFGONE_SI})",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:quitarles|quitarle|sacarles|sacarle|liberarlos|librarlos|liberarles|liberarla|liberarlo|ahorrarles|ahorrarle) (?:\w+ ){0,2}(?:ese peso|este peso|el peso|la carga|esa carga|esta carga|de mi|la molestia|el gasto|ese gasto|la cruz|esa cruz)|(?:desaparecer|irme|no estar|dejar de estar|morirme|mi muerte|que yo no este|que me muera) (?:\w+ ){0,2}(?:seria|es|sera) (?:lo (?:justo|mejor|correcto|que corresponde|mas sensato)|un alivio|una liberacion|la solucion|un descanso|un regalo|mi ultimo regalo|lo mejor para todos)",
        {"owner": "self"},
    ),
    # Goodbye: a cycle closed, leaving in peace, thanks to those who loved her.
    (
        "goodbye",
        r"(?:cerre|cerrar|cerrando|termine|cumpli|se cerro|se termino|se cumplio|se acabo|complete) (?:\w+ )?(?:mi|el) (?:ciclo|etapa|camino|mision|tiempo|paso|historia) (?:\w+ )?(?:en este mundo|en la tierra|en esta vida|en esta tierra)",
        {"owner": "self"},
    ),
    *_apart(
        "goodbye",
        r"(?:cerre|cerrar|cerrando|termine|cumpli|se cerro|se termino|se cumplio|se acabo|complete) (?:\w+ )?(?:mi|el) (?:ciclo|mision|tiempo|paso) (?:\w+ )?(?:aqui|aca)|(?:me despido|me despedi) de (?:todos|todas|ustedes|todo)(?= $| y | gracias| fue| los quiero| las quiero| cuidense| les agradezco| perdon)|fue (?:lindo|bonito|bueno|hermoso) mientras duro|cuando (?:yo )?(?:ya )?me (?:vaya|haya ido)(?= $)|(?:{START}|y |ya )me voy (?:tranquila|tranquilo|en paz|feliz|contenta|contento|sin rencor)(?= $| gracias| y gracias| sin | con la conciencia)|(?:gracias|besos|abrazos|perdon) (?:\w+ ){0,2}a (?:quienes|los que|las que|todos los que|todas las que) me (?:quisieron|amaron|soportaron|aguantaron|acompanaron|quisieron)|(?:la|lo|los|las|te) (?:ame|quise|he amado|he querido) (?:\w+ ){0,4}hasta el (?:ultimo|final)|(?:que )?no se culpen|no te culpes|no es culpa de nadie|no fue culpa de nadie|(?:q|k|que) (?:sepa|sepan) (?:q|k|que) (?:no (?:fue|es) (?:su|tu) culpa|(?:la|lo|los|las) (?:ame|amo|quise|quiero))|(?:perdonenme|perdoname|perdon) (?:todos|por todo|a todos)(?= $)|(?:adios|chau|chao) y gracias",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:el diablo|el demonio|el enemigo|satanas|el maligno|el malo|una voz|las voces|esa voz|mi cabeza|mi mente|algo) (?:\w+ ){0,2}(?:me dice|me dicen|me decia|me pide|me susurra|me empuja a|me tienta a|me pone en la mente|me mete en la cabeza|me insiste|me grita|me repite) (?:\w+ ){0,2}(?:que )?(?:me mate|me muera|me tire|me ahorque|me corte|me cuelgue|me suicide|acabe con todo|acabe con mi vida|me quite la vida|{KILLME})",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:ya )?se (?:donde|adonde) (?:\w+ ){0,3}(?:guarda|tiene|esconde|estan|esta|guardan|tienen|escondio|dejo|deja) (?:\w+ ){0,3}(?:{GUN}|el veneno|la soga|las pastillas|el raticida|las balas|los cartuchos|el cuchillo|la navaja|sus pastillas|la llave del gas)",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:tengo|guardo|escondi|escondo|guarde|tengo escondida|tengo guardada|tengo escondido|tengo guardado) (?:una |la |un |el |unas |las )?(?:soga|cuerda|mecate|reata|pistola|revolver|escopeta|arma|veneno|raticida|matarratas|pastillas|cuchillo|navaja|cuchilla|gillette|hojas de afeitar) (?:\w+ ){0,3}(?:en el armario|en el ropero|en el placard|en el closet|debajo de la cama|bajo la cama|debajo del colchon|en el cajon|en la mesita|en la mesa de noche|en el buro|al lado de la cama|debajo de la almohada|bajo la almohada|en mi cuarto|en mi bolsa|en mi cartera|escondid\w+|guardad\w+|lista|listo|por si acaso|por si las dudas)(?= $| y | por | desde| para (?:mi|cuando|el dia))",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "plan",
        r"(?:ya )?(?:tengo|lo tengo) todo (?:planeado|pensado|calculado|decidido|organizado)(?= $)|(?:ya )?no (?:quiero|puedo|tengo fuerzas para) (?:seguir )?luchar(?: mas)?(?= $| quiero| me quiero| ya| contra esto)|(?:{START}|ya |solo |y )(?:quiero|me quiero) ir(?:me)?(?: ya| de una vez)?(?= $)|(?:juntando|junto|juntar|reuniendo|reunir|me falta|me faltan|falta|si tuviera|tener) (?:el |los |un poco de |mas )?(?:valor|coraje|huevos|agallas|fuerza|fuerzas|animo) (?:para|de|pa) hacerlo(?= $| ya| de una vez)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:perdon|perdonenme|perdoname|perdoneme|perdonen|que dios me perdone|dios me perdone|diosito perdoname|senor perdoname|perdona) (?:\w+ ){0,3}por lo que (?:voy a hacer|estoy por hacer|hare|voy a hacerme|estoy a punto de hacer|voy a hacerles|les voy a hacer|estoy haciendo)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:daria|doy|diera) (?:todo|lo que sea|lo que fuera|cualquier cosa|mi vida|lo que no tengo) (?:por|para) (?:no despertar|no despertarme|morirme|morir|no amanecer|desaparecer|dejar de existir|estar muerta|estar muerto|irme de este mundo|no existir|dormirme para siempre)|(?:la unica salida|no veo (?:otra )?salida|no hay salida|no tengo salida|no hay otra salida|solo queda|solo me queda|la unica opcion|la unica solucion|no hay otra opcion|no veo otra opcion)(?: \w+){0,3} (?:es |seria |solo |que )?(?:la muerte|morir|morirme|matarme|irme de este mundo|desaparecer|quitarme la vida|acabar con todo|acabar con mi vida)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{GUN}|{ROPE}|{POISON_STRONG}|{PILL}|{BLADE}) (?:\w+ ){0,6}(?:pienso usarla|pienso usarlo|pienso usarlas|voy a usarla|voy a usarlo|voy a usarlas|la voy a usar|lo voy a usar|las voy a usar|los voy a usar|usarla conmigo|usarlo conmigo|usarlas conmigo|usarla en mi|usarlo en mi|usarla contra mi|usarlo contra mi)(?! (?:para|pa) (?:cocinar|la|el|cortar|tender|las|los))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{Q}) (?:ya )?me (?:lleve|recoja|lleve de una vez|lleve ya|lleve pronto|recoja ya)(?= $)|(?:no me voy a cuidar|no pienso cuidarme|no me pienso cuidar|no voy a ir al hospital|no pienso ir al hospital|no voy a llamar a nadie)(?= $| que| q| y)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:me voy a reunir|reunirme|me reuno|me reunire|me voy a ir|irme|estar|volver a estar|ir|quiero ir|me quiero ir|me voy) (?:\w+ ){0,2}con (?:mi |mis )?(?:\w+ )?(?:que (?:se me murio|murio|fallecio|se me fue|se fue al cielo|esta en el cielo|me espera alla|ya no esta)|en el cielo|alla arriba|difunt\w+|fallecid\w+|que en paz descanse)|(?:{HEAD}|ojala) (?:\w+ ){0,2}(?:{TRAFFIC}|el tren|el metro|el camion|el conductor|el chofer) (?:\w+ ){0,2}no (?:frene|frenara|me vea|me viera|pare|parara|me esquive|me esquivara)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{HIGH}|{TRAIN}|rio|vacio|abajo|la baranda|las vias) (?:\w+ ){0,8}(?:ganas de|tentacion de|impulso de|me tienta|quisiera|pienso en|la idea de) (?:saltar|tirarme|aventarme|lanzarme|arrojarme|dejarme caer|soltarme|cruzar sin mirar|brincar)|(?:puse|le puse|eche|le eche|meti|mezcle|disolvi) (?:\w+ )?(?:{POISON_STRONG}|raticida|las pastillas|pastillas molidas) (?:\w+ ){0,2}(?:al|en el|en la|a la|en mi) (?:te|cafe|jugo|sopa|vaso|taza|bebida|vino|agua|leche|mate|refresco)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"me (?:colgue|ahorque|corte las venas|tire|tome las pastillas|tome todo|envenene) (?:\w+ ){0,3}(?:pero|y) (?:\w+ ){0,2}(?:se rompio|se solto|se corto la|no funciono|no paso nada|sobrevivi|me encontraron|me salvaron|vomite|me vomite|desperte|me desperte|no me mori|no morí|segui viva)|se (?:rompio|solto|corto|partio) (?:la cuerda|la soga|la viga|la rama|el cinturon|el lazo|el mecate)(?= $| y | cuando | antes)",
        {"owner": "self", "tense": "past"},
    ),
    *_apart(
        "preparatory",
        r"(?:el seguro|seguro de vida|la poliza) (?:\w+ ){0,6}(?:lo unico que (?:les|le) (?:puedo|voy a) dejar|lo van a cobrar|lo cobren|van a cobrar|cobraran)|(?:deje|le deje|le di|entregue|les deje|les di) (?:\w+ ){0,2}(?:las llaves|la llave|una copia de las llaves|copia de la llave) (?:\w+ ){0,3}(?:con|a) (?:la|el|mi) (?:vecina|vecino|portera|portero|conserje|sobrina|sobrino|hermana|hermano|comadre|amiga|amigo)|(?:les|le) deje todo a|me despedi de (?:todos|todas|todo el mundo|cada uno|cada una)(?= $| ya| y ya)|ya (?:me )?puedo (?:ir|irme|morir|morirme|descansar)(?: me)? (?:tranquila|tranquilo|en paz)(?= $)|tengo (?:el|la) (?:dia|fecha|hora) (?:marcad\w+|elegid\w+|decidid\w+|pensad\w+|fijad\w+)(?= $| en el calendario| ya)|(?:ya )?lo tengo pensado(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:heredar|herede|heredaran|heredan|va a heredar|van a heredar|cobrar el seguro|cobrar la herencia|quedarse con la casa|se quedan con la casa|se van a quedar con (?:todo|la casa)) (?:\w+ ){0,3}(?:mas pronto de lo que|antes de lo que|mas rapido de lo que) (?:\w+ )?(?:cree|creen|piensa|piensan|imagina|imaginan|esperan|espera)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"me (?:quiero|kiero|qiero|quisiera|voy a|gustaria|dan ganas de|tengo que) (?:ir|largar|marchar|rajar|pirar|borrar|bajar|salir|despedir) (?:de|d) (?:este mundo|esta vida|este planeta|esta tierra)",
        {"owner": "self"},
    ),
    # Someone else's words reported (quoted or not): the first person inside is theirs.
    (
        "wish_dead",
        r"(?:me mando|me escribio|me dijo|me puso|me grito|me dice|me decia|me escribe|me manda|publico|posteo|subio|decia|diciendo|en su estado|en su muro|escribio|mando|puso|dejo escrito) (?:(?!yo |y |e |pero |entonces |asi que |aunque )\w+ ){0,5}(?:(?:ya )?(?:quiero morirme|x?me quiero morir|quiero morir|x?me quiero matar|quiero matarme|x?me voy a matar|voy a matarme|ya no quiero vivir|no quiero vivir mas|x?me quiero suicidar|quiero desaparecer|ya no voy a estar|no voy a estar mas|x?me voy a quitar la vida|quiero acabar con todo|hoy se acaba todo|esta es mi ultima noche|este es mi ultimo mensaje)|(?:esta |hoy )?es su (?:ultima noche|ultimo dia|ultimo mensaje|despedida)|se despide de todos|ya no va a estar|perdonenme (?:todos|por todo|a todos))|(?:{Q}|ella|el|mi \w+) (?:ya )?quiere desaparecer(?= $| de este mundo| para siempre| ya)",
        {"owner": "other"},
    ),
    *_apart(
        "preparatory",
        r"(?:tiene todo listo|ya tiene todo listo|tiene todo preparado|esta lista|esta listo|ya esta lista|ya esta listo) para irse(?= $| q | que | y )|(?:regalo|esta regalando|regala|repartio|reparte|esta repartiendo|se deshizo de|se esta deshaciendo de|regalando) (?:\w+ ){0,2}(?:sus cosas|todas sus cosas|sus pertenencias|sus joyas|sus ahorros|sus libros|sus plantas|su perro|su gato)|(?:me mando|me escribio|me dijo|decia|diciendo|mando|escribio|puso) (?:\w+ ){0,4}(?:perdon por todo|perdoname por todo|cuida a mis|cuiden a mis|cuida a \w+|los quiero a todos|nos quiere a todos|que nos quiere)",
        {"owner": "other", "weak": True},
    ),
    # Graves and slang for dying, sleeping and not waking, being alive as a weight.
    (
        "wish_dead",
        r"(?:me quiero ir|quiero irme|me quisiera ir|quisiera irme|me voy a ir|ya me voy|quiero ir|quisiera ir|me gustaria irme|ganas de irme|ojala me vaya) (?:\w+ )?(?:a criar malvas|a la tumba|al hoyo|al cementerio|al panteon|a la fosa|bajo tierra|al otro barrio|con los gusanos)(?! (?:a|para|pa) (?:visitar|ver|llevar|llevarle|dejar|dejarle|limpiar|rezar|acompanar|hablar)| de (?:visita|paseo))|(?:{HEAD}|ojala|ya) (?:\w+ )?(?:criar malvas|estirar la pata|estire la pata|colgar los tenis|colgar los guantes de la vida)|(?:ojala|quisiera|pido|le pido a \w+|rezo para|ruego) (?:{Q} )?(?:me )?(?:duerma|durmiera|acueste|acostara) y (?:ya )?no (?:me )?(?:despierte|despertara|levante|levantara|amanezca|amaneciera)|(?:ojala|quisiera|pido|le pido a \w+|rezo para|ruego) (?:{Q} )?(?:ya )?no me (?:despierte|despertara|levante)(?= $| mas| nunca| manana| ya)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:me decepciona|me pesa|odio|detesto|aborrezco|maldigo|es un castigo|es una condena|es un infierno|me harta|me amarga|me da rabia) (?:\w+ )?(?:(?:estar viva|estar vivo|seguir viva|seguir vivo|seguir viviendo|seguir respirando)(?! (?:aqui|aca|en (?:esta|este|esa|ese)|con|asi|sola|solo|lejos|sin (?:mi|ella|el)))|(?:despertar|despertarme|amanecer|abrir los ojos)(?= $| cada (?:dia|manana)| otra vez| otro dia| todos los dias| viva| vivo| todavia))|(?:estar|seguir) (?:viva|vivo) (?:\w+ )?(?:me pesa|es un castigo|es una condena|es un infierno|me duele|me cansa|no tiene sentido)|me (?:voy a|quiero|pienso|estoy por) dejar morir|me estoy dejando morir|me dejo morir(?= $| de| ya| y)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:soy|me siento|estoy hecha|estoy hecho|me volvi) (?:\w+ ){0,3}(?:que|q) (?:solo|nomas|nada mas) (?:da|doy|causa|causo|trae|traigo|genera|genero) (?:\w+ )?(?:trabajo|lata|gastos|problemas|molestias|dolores de cabeza|quebraderos de cabeza|estorbo)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:se|ya se|encontre|busque|elegi|tengo pensado|tengo visto|ya vi) (?:\w+ )?(?:de donde|donde|desde donde|de que) (?:colgarme|tirarme|aventarme|lanzarme|ahorcarme)(?! (?:a la|al|en la|en el) (?:pileta|piscina|agua|mar|cama))|(?:{ROPE}) (?:\w+ ){0,5}(?:de donde|donde) (?:colgarla|amarrarla|atarla)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:me estoy tomando|estoy tomando|me estoy tragando|estoy tragando|me las estoy tomando) (?:\w+ ){0,2}(?:{PILL}|{POISON}) (?:\w+ ){0,3}(?:una por una|una tras otra|de a una|de a punados|todas juntas|mientras te escribo|mientras escribo)|(?:me tome|me trague|me bebi|ya me tome|me acabo de tomar|acabo de tomarme|me he tomado) (?:\w+ )?(?:medio frasco|media caja|medio blister|media tira|el frasco entero|la caja entera|el blister entero|una caja entera|un frasco entero|la tira entera)(?! de (?:jarabe|vitaminas|miel|agua|leche|te|cafe|perfume|colonia|crema|salsa|aceite|vino|caramelos))|(?:encerrada|encerrado|me encerre|ventanas cerradas|todo cerrado) (?:\w+ ){0,5}(?:el gas abierto|la llave del gas abierta|el gas prendido|las hornallas abiertas|el gas)(?= $| y)|(?:el gas abierto|la llave del gas abierta|las hornallas abiertas) (?:\w+ ){0,5}(?:encerrada|encerrado|me encerre|ventanas cerradas|todo cerrado)|me (?:tire|lance|avente|arroje) al (?:rio|mar|agua|lago|canal) (?:\w+ ){0,3}(?:pero|y) (?:\w+ ){0,2}(?:me sacaron|me rescataron|me salvaron|me saco|me rescato|sobrevivi|no me ahogue)",
        {"owner": "self", "tense": "past"},
    ),
    # Finality said calmly: a cycle fulfilled, a decision at peace, no more trouble soon.
    (
        "goodbye",
        r"(?:mi vida|mi paso por este mundo) (?:\w+ )?(?:ya )?(?:cumplio su ciclo|se cumplio|llego a su fin)(?= $| ya| y)|(?:mi tiempo|mi mision|mi vida|mi ciclo) (?:\w+ )?(?:ya )?(?:se cumplio|se termino|se acabo|termino|cumplio su ciclo) (?:aqui|aca|en este mundo|en la tierra|en esta tierra)|ya (?:hice|cumpli) (?:todo )?lo que (?:tenia|me tocaba|vine) (?:que |a )?(?:hacer|cumplir) (?:en esta vida|en este mundo|en la tierra|aqui)|(?:me estoy despidiendo|me despido) (?:\w+ )?(?:de a poco|poco a poco|en silencio|sin que (?:\w+ ){0,2}(?:sepa|sepan|se de cuenta|se den cuenta))|me despedi de (?:\w+ ){1,3}sin que (?:\w+ ){0,2}(?:supiera|supieran|sospechara|se diera cuenta) (?:\w+ ){0,2}(?:que )?(?:era|seria) la ultima vez",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:pronto|muy pronto|dentro de poco|en poco tiempo|ya nunca mas|nunca mas) (?:\w+ )?(?:ya )?(?:no (?:les|le|te|los|la|lo) (?:voy a|vuelvo a|volvere a) (?:dar|causar|molestar|estorbar)|no (?:tendran|tendra|van a tener|va a tener|vas a tener) (?:que|q) (?:preocuparse|preocuparte|cuidarme|aguantarme|pagar|cargar|ocuparse)|voy a dejar de (?:ser|molestar|estorbar|dar))",
        {"owner": "self"},
    ),
    *_apart(
        "plan",
        r"(?:no tengo miedo|ya no tengo miedo|no me da miedo) (?:de |a )?lo que (?:voy a hacer|pienso hacer|tengo que hacer|estoy por hacer)|(?:estoy|me siento|ya estoy) (?:\w+ )?en paz con (?:mi|la|esta) decision|(?:tome|he tomado|ya tome) (?:una|la|mi) decision(?= $| y (?:me siento|estoy) (?:tranquila|tranquilo|en paz))|(?:no voy a|no pienso) (?:pasar|vivir) otr[oa] (?:navidad|ano|invierno|cumpleanos|dia de la madre)(?= $| asi| mas| sola| igual)|(?:{START}|y |ya |entonces )me toca irme(?= $| a mi| ya)|(?:busque|buscando|busco|investigue|investigando|googlee|lei|leyendo) (?:\w+ ){0,3}como hacerlo(?= $| sin| rapido| bien)|(?:{START}|y |ya |por favor )no me (?:busquen|esperen) (?:mas|para \w+)?(?= $)|(?:escribi|elegi|anote|deje escrito|le mande|les mande) (?:\w+ ){0,3}(?:que|las|mis) (?:canciones|musica|flores|lecturas|ropa) (?:\w+ ){0,2}(?:quiero )?(?:en|para) (?:mi|el) (?:funeral|velorio|entierro|misa)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:no me importaria|me daria igual|me da igual|quisiera|ojala|prefiero|preferiria|me gustaria) (?:\w+ ){0,2}(?:no volver a ver|no ver mas|no ver nunca mas) (?:la luz|el sol|otro amanecer|otro dia|la luz del dia)|(?:{HEAD}|ojala) (?:\w+ ){0,2}(?:dormirme|dormir|cerrar los ojos|acostarme) (?:\w+ ){0,2}y (?:que )?(?:todo )?(?:esto )?(?:se )?(?:termine|acabe|terminara|acabara)(?= $)|(?:a ver|para ver) si (?:asi )?(?:se acaba todo|se termina todo|me muero|me voy de una vez|se me para el corazon|me lleva dios|me lleva diosito|me apago)|(?:{HEAD}) (?:\w+ ){0,2}(?:con )?(?:que|q) me (?:atropellen|atropelle|maten|pise un|pisen|lleve puesta|caiga un rayo|disparen)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{GUN}|{ROPE}|{POISON_STRONG}|pastillas|el frasco) (?:(?!miedo |susto |panico )\w+ ){0,8}(?:pienso (?:mucho |todo el tiempo |cada noche |siempre )?en (?:ella|el|ellas|ellos|usarla|usarlo|usarlas)|no dejo de pensar en (?:ella|el|ellas|usarla|usarlo)|me llama|me llaman)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{START}|y |pero |ya |entonces |dime |decime )(?:por que|porque|xq|pq|porq|x que|para que|pa que|pa q|para q) (?:todavia |aun |aún )?(?:sigo viva|sigo vivo|sigo aqui|sigo aca|sigo aki|sigo respirando|sigo en este mundo|no me muero|no me mori|sigo existiendo|me desperte|desperte|amaneci)(?= $)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:sentada|sentado|parada|parado|subida|subido|asomada|asomado|colgada|colgado) (?:\w+ ){0,2}(?:en|sobre|al borde de|en el borde de|del lado de afuera de) (?:la |el )?(?:ventana|cornisa|baranda|barandal|borde|barandilla|baranda del balcon|borde del balcon) (?:\w+ ){0,2}(?:del|de un|de mi|en el) (?:piso \d+|(?:quinto|sexto|septimo|octavo|noveno|decimo|ultimo|doceavo) piso|\d+ piso|edificio)",
        {"owner": "self"},
    ),
    *_apart(
        "goodbye",
        r"(?:gracias por todo y perdon|perdon por todo y gracias|gracias y perdon por todo)(?= $)|me despido (?:y )?(?:perdon|perdonenme)(?= $| por todo)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:ojala|quisiera|pido|rezo para|le pido a \w+) (?:{Q} )?(?:\w+ ){0,2}no me toque (?:despertar|amanecer|vivir|ver otro dia|otro dia)|(?:se caiga|se cayera|choque|chocara|explote|explotara|se hunda|se hundiera|se estrelle|se estrellara|se derrumbe|se derrumbara) (?:\w+ ){0,2}conmigo(?: adentro| dentro| arriba| encima)?(?= $| y | ya)|(?:si )?(?:el corazon|mi corazon) se me (?:para|parara|detiene|detuviera) (?:\w+ ){0,3}(?:que asi sea|bienvenido|amen|mejor|que se haga|ojala)",
        {"owner": "self"},
    ),
    (
        "method",
        r"con lo que (?:tengo|junte|guarde|hay) (?:en el |en la |en mi )?(?:botiquin|pastillero|frasco|cajon|mesita|guardado|juntado|escondido)(?: \w+)? (?:alcanza|basta|sobra|es suficiente|me alcanza)(?= $| y sobra| para)|(?:voy|me voy|ire|voy a ir|mañana voy) (?:a|al|a la|hasta el|hasta la) (?:\w+ )?(?:{HIGH}|{TRAIN}|estacion|rio|via|vias) (?:\w+ ){0,3}y (?:me tiro|me aviento|me lanzo|salto|me dejo caer|me arrojo|me echo|lo hago)(?= $)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:despedirme|me despido|me despedi|quiero despedirme|queria despedirme) (?:\w+ ){0,3}antes de (?:irme para siempre|irme de este mundo|partir para siempre|morirme|morir|matarme|hacerlo|quitarme la vida|que sea tarde|irme del todo)|(?:cartas?|notas?|sobres?) (?:\w+ ){0,12}para que (?:la|las|lo|los) (?:encuentren|lean|abran)(?= $| despues| cuando| el dia)",
        {"owner": "self"},
    ),
    *_apart(
        "burden",
        r"(?:les|le) quito (?:la paz|la tranquilidad|la vida|el sueno|la alegria|los anos)(?! (?:con|por) (?:mis|mi) (?:llamadas|mensajes|preguntas))|(?:{START}|y |ya )(?:ya )?es (?:hora|tiempo) de (?:irme|que me vaya|partir)(?= $)|(?:{START}|y |ya )(?:ya )?(?:me llego|llego) (?:la|mi) hora(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:cansada|harta|cansado|harto|aburrida|aburrido|me canse|me harte|me aburri) de esperar (?:a )?(?:que )?(?:(?:{DEATHNAME}|dios|el senor|diosito) (?:me )?(?:venga|llegue|me lleve|lleve|me recoja|se acuerde)|morirme|que me muera|la muerte)|(?:{Q}|quiero que|quisiera que) (?:todo )?esto (?:se )?(?:termine|acabe|terminara|acabara) (?:de una vez )?(?:y )?para siempre|(?:mejor|ojala|por que no|xq no|pq no) (?:me hubiera|hubiera|me hubiese|hubiese) (?:muerto|ido) yo(?: en vez de| en lugar de| y no)?",
        {"owner": "self"},
    ),
    (
        "preparatory",
        r"(?:deje|escribi|le deje|les deje|prepare|termine|tengo lista|tengo escrita) (?:\w+ ){0,9}(?:carta|cartas|nota|notas|mensaje|mensajes) de (?:despedida|adios)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me golpeo|me pego|me golpeaba|me pegaba|me doy golpes en|me daba golpes en) (?:en )?(?:la cabeza|la cara|el pecho|las piernas|los brazos)(?= (?:cuando|porque|xq|pq|hasta|de (?:rabia|impotencia|desesperacion|bronca)|para|contra)| $)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:si|cuando) (?:alguien|alguno|ustedes|ella|el|mi hija|mi hijo|mis hijos|usted) (?:\w+ )?(?:lee|lea|leen|lean|leyera|leyeran|encuentra|encuentre|encuentran|encuentren) (?:esto|este mensaje|esta carta|estas lineas) (?:\w+ ){0,2}(?:ya no (?:voy a estar|estare|estoy|existo|estaré)|ya me (?:fui|habre ido)|ya (?:estare|voy a estar) (?:muerta|muerto|con dios|en el cielo))",
        {"owner": "self"},
    ),
    *_apart(
        "burden",
        r"(?:merecen|merece|se merecen|se merece) (?:\w+ ){0,3}(?:que no sea una carga|sin cargas|algo mejor que yo|una madre mejor|una madre que no (?:sea|les de) \w+)|(?:por eso|asi que|entonces) me voy a ir(?= $| para siempre| de una vez)",
        {"owner": "self", "weak": True},
    ),
    # --- from the eleventh and twelfth development sets: families widened -----------------
    # An overdose named by what the pills are for ("todas las de la tension"), all she had
    # kept, or pills with drink; and the body giving way after it.
    (
        "attempt",
        r"(?:me tome|me he tomado|ya me he tomado|ya me tome|me acabo de tomar|acabo de tomar|me trague|me he tragado|ya me trague|he tomado|me bebi|me he bebido) (?:\w+ ){0,2}(?:todas las (?:de|del|para)|todos los (?:de|del|para)|todo lo (?:que|q) (?:tenia|habia|me quedaba|guardaba|tenia guardado|habia guardado|tenia ahorrado|encontre)|(?:las|los) (?:de|del) (?:la |el |mi )?\w+ y (?:las|los) (?:de|del)|(?:las|los|todas|todos) (?:\w+ ){0,2}(?:todas juntas|todos juntos|de golpe|de una vez)|el bote entero|la caja entera|el frasco entero|el blister entero|las cajas enteras)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me tome|me he tomado|ya me he tomado|ya me tome|me acabo de tomar|me trague|me he tragado|tome|he tomado) (?:\w+ ){0,2}(?:{PILL}) (?:\w+ ){0,5}(?:todas|todos|enteras|enteros)(?= $| y| con)|(?:me tome|me he tomado|ya me he tomado|ya me tome|me acabo de tomar|me trague|me he tragado) (?:\w+ ){0,2}(?:{PILL}) (?:\w+ ){0,3}(?:y|con) (?:una botella|media botella|un litro|una garrafa|toda la botella|el vino|vino|whisky|ron|vodka|tequila|aguardiente|alcohol|cerveza)(?! (?:\w+ ){0,2}(?:como siempre|en la cena|en la comida|con el medico))",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:empiezo a|empece a|ya empiezo a|me estoy empezando a|ya me estoy) (?:marearme|mareando|sentir (?:\w+ ){0,3}(?:raras|raros|rara|raro|dormidas|dormidos|pesadas|pesados|flojas|entumid\w+)|quedarme dormida|quedarme dormido|dormirme|ver borroso|ver doble)|me pesan (?:mucho |muchisimo )?(?:los ojos|los parpados|las piernas|los brazos)|ya me (?:da|entra) (?:mucho )?sueno(?= $| y| adios)",
        {"owner": "self", "weak": True},
    ),
    # An act under way: in the car in the garage with the engine running, the gas open, on
    # the tracks, into the water.
    (
        "attempt",
        r"(?:estoy|ya estoy|toy|me meti|me he metido|sentada|sentado|metida|metido|me encerre|me he encerrado|encerrada|encerrado) (?:\w+ )?(?:en|dentro del|dentro de el) (?:el |mi )?(?:coche|carro|auto) (?:\w+ ){0,3}(?:en el garaje|en la cochera|en el garage) (?:\w+ ){0,3}(?:con el motor|el motor|motor) (?:\w+ )?(?:encendido|prendido|en marcha|andando|arrancado)|(?:estoy|ya estoy|toy|me meti|me he metido|metida|metido|encerrada|encerrado) (?:\w+ ){0,2}(?:en el garaje|en la cochera|en el garage) (?:\w+ ){0,3}(?:con el motor|el motor) (?:\w+ )?(?:encendido|prendido|en marcha|andando)(?! (?:\w+ ){0,2}(?:para calentar\w*|esperando|mientras))",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:he abierto|abri|ya abri|tengo abierto|tengo abiertas|deje abierto|he dejado abierto|acabo de abrir|estoy abriendo) (?:\w+ ){0,2}(?:el gas|la llave del gas|las llaves del gas|todas las hornillas|todos los fuegos|el butano|la bombona)(?! (?:\w+ ){0,5}(?:cocinar|calentar|calente|hervir|herv\w+|olla|comida|sopa|cafe|te |agua|ducha|bano|encend\w+|prend\w+|caldera|calefaccion|estufa para|porque hacia frio|el tecnico|revisar|la fuga))|(?:tengo|esta|dejo) el gas (?:abierto|sin encender|sin prender)(?! (?:\w+ ){0,3}(?:cocinar|calentar|olla))",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:estoy|ya estoy|toy|me he puesto|me puse|estoy parada|estoy sentada|estoy tumbada|estoy acostada) (?:\w+ )?(?:en|sobre|encima de|entre) (?:la via|las vias|los rieles|la via del tren|las vias del tren|los railes)(?! (?:a|hacia|de regreso|rumbo|al|del centro|principal|rapida|express|publica))|(?:he entrado|entre|estoy entrando|ya estoy|me estoy metiendo|me meti|ya me meti|me he metido|camino|sigo entrando) (?:\w+ ){0,2}(?:en el agua|en el mar|al mar|al agua|en el rio|al rio|en el pantano|al pantano|en el lago) (?:\w+ ){0,2}(?:hasta (?:la cintura|el pecho|el cuello|los hombros)|con (?:la ropa|el abrigo|ropa|los zapatos)|de noche|vestida|vestido)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:tenia|tengo|ya tenia|me puse|me habia puesto) (?:\w+ )?(?:la soga|la cuerda|el cinturon|el lazo|el nudo|la corbata) (?:\w+ )?(?:puesta|puesto|atada al cuello|al cuello|en el cuello|alrededor del cuello)|(?:la soga|la cuerda|el cinturon) (?:\w+ )?(?:ya )?(?:puesta|puesto) (?:\w+ ){0,3}(?:me arrepenti|me arrepiento|me dio miedo|en el ultimo momento|no pude|no fui capaz)",
        {"owner": "self", "tense": "past"},
    ),
    # A jump begun and stopped: on the railing, brought down, "I should have jumped".
    (
        "attempt",
        r"(?:me subi|me he subido|estaba subida|estaba subido|me sente|me pase) (?:\w+ )?(?:a la barandilla|a la baranda|al barandal|a la cornisa|al pretil|al borde|en la barandilla|en la baranda|en el pretil|en la cornisa|al otro lado de la (?:barandilla|baranda|valla)|al puente|a la azotea) (?:\w+ ){0,6}(?:me bajo|me bajaron|me agarro|me agarraron|me vio|me vieron|me paro|me pararon|no salte|no me atrevi|me arrepenti|me dio miedo|y salte|para saltar|para tirarme)|(?:tenia|tendria|debi|deberia|debia) (?:que |q |de )?(?:haber saltado|haberme tirado|haber saltado|saltar(?= $)|haberme dejado caer)|(?:puente|barandilla|baranda|balcon|azotea|cornisa|vias|viaducto|acantilado) (?:\w+ ){0,4}(?:y|pero) no salte",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:me dieron el alta|sali del hospital|sali de urgencias|estuve ingresada|estuve ingresado|estuve en el hospital|me ingresaron|estuve en urgencias|me cosieron|me hicieron un lavado) (?:\w+ ){0,6}(?:despues de|por|tras|desde) lo (?:de las pastillas|de los cortes|de las venas|del gas|del puente|que hice|que me hice|de la otra noche)|(?:{START}|y |pero |si )lo intente (?:en serio|de verdad|de veras)|(?:intente|lo intente|intento|intentaba) (?:\w+ )?(?:tirarme|saltar|colgarme|ahorcarme) (?:\w+ ){0,2}(?:del|de la|desde el|desde la|por la)",
        {"owner": "self", "tense": "past"},
    ),
    # --- self-harm: on purpose, with what, until it hurt -----------------------------------
    (
        "self_harm",
        r"(?:me queme|me he quemado|me quemo|me quemaba|me corte|me he cortado|me golpee|me he golpeado|me golpeo|me pegue|me he pegado|me pego|me arane|me he aranado|me lastime|me he lastimado|me hice dano|me he hecho dano|me mordi|me he mordido|me rasgune|me di|me he dado|me doy) (?:\w+ ){0,6}(?:a proposito|adrede|aposta|queriendo|a conciencia|para (?:que|q) (?:me )?(?:doliera|duela|sangrara|sangre)|para sentir (?:algo|dolor)|hasta (?:que|q) (?:me )?(?:sangr\w+|ardi\w+|ardio|doli\w+|no senti\w*|se me (?:abrio|hincho|puso)|me quede sin)|hasta (?:sangrar|hacerme sangre|abrirme la piel|que no pude mas|quedarme sin fuerza)|una y otra vez|como castigo|como si fuera una nina castigada)(?! (?:\w+ ){0,2}(?:en el gimnasio|jugando|haciendo deporte))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me he dado|me di|me doy|me daba|me dado|darme) (?:\w+ ){0,2}(?:un punetazo|punetazos|un punetazo|golpes|un golpe|cabezazos|un cabezazo|cachetadas|bofetadas|bofetones|tortazos|trompadas|pinas|manotazos|puntapies) (?:\w+ ){0,3}(?:contra|en|frente al|delante del|hasta) (?:el |la |los |las |mi |mis |que )?(?:espejo|pared|paredes|mesa|puerta|cabeza|cara|piernas|brazos|muslos|me ardio|me sangr\w+|me doli\w+)|(?:me|me la|me lo|me las) (?:golpee|golpeo|golpeaba|pegue|pego|he golpeado|estampe|estrelle) (?:\w+ ){0,3}contra (?:la|el) (?:mesa|pared|puerta|espejo|suelo|piso|muro)(?: (?:\w+ ){0,3}(?:una y otra vez|hasta|muchas veces|varias veces|sin parar))?|(?:me pegue|me pego|me pegaba|me he pegado|me golpee|me azote|me azoto) (?:\w+ ){0,4}con (?:el|un|mi|la) (?:cinturon|cinto|correa|palo|cable|chancla|zapatilla|cuchara de palo|regla)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me he clavado|me clavo|me clave|me clavaba|clavarme) (?:\w+ ){0,1}(?:las unas|las tijeras|un alfiler|alfileres|una aguja|agujas|un clavo|la punta del cuchillo|un boligrafo) (?:\w+ ){0,3}(?:en (?:las|los|la|el|mis|mi) (?:manos|mano|brazos|brazo|piernas|pierna|muslos|piel|palmas)|hasta)|(?:agua hirviendo|hielo|el cigarro|un cigarro|el cigarrillo|la plancha|el mechero|el encendedor|la vela|cera caliente) (?:\w+ ){0,4}(?:en|sobre|contra) (?:los|las|mis|el|la|mi) (?:brazos|brazo|piernas|pierna|muslos|piel|manos|mano|munecas|muneca)|(?:para|pa) (?:que|q) (?:me )?duela (?:por )?fuera y no (?:por )?dentro",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:lo de|con lo de|otra vez lo de|he vuelto a lo de|volvi a lo de) (?:los|mis|las) (?:cortes|cortaditas|cortadas|quemaduras|golpes)|(?:he vuelto a|volvi a|vuelvo a) (?:cortarme|quemarme|lastimarme|hacerme dano|golpearme)|(?:me corto|me quemo|me lastimo) (?:yo (?:misma |sola )?(?:con|en|a escondidas)|en (?:el bano|la ducha|la parte de|los brazos|las piernas|los muslos|secreto|la noche|las noches)|a escondidas|casi todas las noches|todas las noches|cada vez (?:que|q)|siempre que|cuando (?:mi|me|nadie))|(?:{START}|yo |desde entonces |y desde entonces )me corto(?= $)",
        {"owner": "self"},
    ),
    # --- thoughts: the phrase as a topic ("lo de quitarme de en medio"), in the subjunctive --
    (
        "thoughts",
        r"(?:lo de|otra vez lo de|eso de|el tema de|la idea de|las ganas de|piense en|pensara en|pienses en|pensando seriamente en|pienso seriamente en) (?:\w+ )?(?:{KILLME}|hacerme algo|hacerme dano|quitarme de en medio|quitarme del medio|tirarme|colgarme|cortarme las venas|acabar con todo|terminar con todo|no despertar|hacerlo yo)(?! (?:a (?:trabajar|estudiar)|de (?:encima|la cabeza)))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:lo unico|la unica cosa|lo que) (?:que |q )?(?:quiero|quisiera|me apetece|tengo ganas de) (?:hacer )?(?:con|de) mi vida (?:es|seria) (?:terminarla|acabarla|acabar con ella|terminar con ella|ponerle fin|quitarmela|dejarla)|(?:pienso en|pensar en|penso en|ahora pienso en) hacerlo yo(?= $| misma| mismo)|(?:me pregunto|pienso) (?:\w+ ){0,2}si (?:doleria|duele|dolera|dolería|sufriria|seria rapido|es rapido|me moriria|moriria|me mataria|aguantaria la caida)(?= $| mucho| o| caer| tirarse| saltar)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:desde|de) un (?:\w+ )?(?:piso|octavo|septimo|sexto|quinto|noveno|decimo) (?:\w+ ){0,4}(?:no te quedas viva|no te quedas vivo|te mueres|no sobrevives|es seguro|es suficiente|seguro que mueres)|(?:es seguro|seguro|estas segura) (?:que|q|de que) (?:no )?(?:te quedas viva|no sobrevives|te mueres|mueres)(?= $| si| desde| con)|(?:entrar|entrando|meterme|caminar|andar|nadar|adentrarme) (?:\w+ ){0,3}hasta (?:que|q) no (?:toque|toques|tocara|pueda tocar|haga|hiciera) (?:pie|fondo)|meterme en el (?:agua|mar|rio|pantano|lago) (?:\w+ ){0,2}(?:de noche|y no salir|y no volver|sin volver|hasta el fondo)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{ROPE}) (?:\w+ ){0,6}(?:ya )?se (?:donde|como|de donde) (?:ponerla|colgarla|atarla|amarrarla|hacer el nudo|engancharla|colgarme)|(?:{BLADE}) (?:\w+ ){0,6}(?:y )?no es (?:pa|para) (?:depilarme|afeitarme|cocinar|la cocina|las unas)|(?:ya )?tengo (?:\w+ ){0,2}(?:{PILL}) (?:de|en) (?:tres|dos|cuatro|varias|distintas|diferentes|\d+) farmacias|(?:he ido|fui|voy) a (?:otra|varias|tres|distintas) farmacias? (?:\w+ ){0,6}(?:pedir|a pedir|comprar|a comprar|por) (?:\w+ ){0,2}(?:mas )?(?:{PILL})",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:la|lo|las|los) (?:miro|mire|miraba|he mirado|cuento|conte|contaba|toco|toque|acaricio|tuve en las rodillas|tengo en las rodillas|saque|bajé|baje|cogi|agarre) (?:\w+ ){0,2}(?:mucho|hoy|todos los dias|todas las noches|cada noche|cada dia|en la noche|por las noches|por la noche|a menudo|muchas veces|cada vez|un rato largo|un buen rato|y la volvi a guardar|y lo volvi a guardar)(?= $| y)",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:{GUN}) (?:\w+ ){0,3}(?:de caza |de mi (?:marido|esposo|difunto|padre|papa|hermano|hijo)|de mi difunto marido)?(?:\w+ ){0,2}(?:en el|en la) (?:closet|armario|altillo|ropero|cajon|placard|mesilla|buro|comoda)(?! (?:\w+ ){0,4}(?:bajo llave|con candado|la vendi|la voy a vender|la entregue))",
        {"owner": "self", "weak": True},
    ),
    # --- wish to be dead: more heads and more ways of not waking -------------------------
    (
        "wish_dead",
        r"(?:{NOT}) (?:\w+ )?(?:quiero|kiero|quiero ya|quisiera) (?:seguir )?estar(?= $| (?:mas|ya|en ningun lado|en ninguna parte|en ningun sitio|asi de simple)(?= $))",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:{WANTDIE}|querer) desaparecer (?:\w+ ){0,2}(?:y (?:que|q) nadie (?:me busque|me encuentre|se entere|se de cuenta|me extrane|me eche de menos)|para siempre|del todo|de una vez por todas)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{WANTDIE}|querer) desaparecer(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "wish_dead",
        r"(?:rogando|rogandole a dios|pidiendole a dios|rezando|suplicando|le suplico a dios|le ruego a dios|ruego) (?:\w+ ){0,2}(?:{Q} )?(?:no amanecer|no despertar|no despertarme|no volver a despertar|no amanezca|no despierte|me muera|morirme|morir)|(?:dormir|dormirme|acostarme|cerrar los ojos|quedarme dormida|quedarme dormido) (?:\w+ ){0,2}(?:y|e) (?:ya )?(?:no|nunca) (?:volver a )?abrir (?:los ojos|mas los ojos)|(?:dormir|dormirme|cerrar los ojos) (?:\w+ ){0,2}y no (?:volver a )?abrirlos|(?:cerrar|cierro|cerrara) los ojos y (?:que|q) no haya (?:mas )?(?:manana|mananas|despertar)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:ojala|ojala que|ojala q|quisiera que|pido que|pido q|le pido a dios que) (?:\w+ )?(?:me fuera|me vaya|me fuese|me muriera|me muera) (?:ya|de una vez|para siempre|pronto|esta noche|hoy)|(?:ojala|pido que|pido q|quisiera que|que) (?:fuera|sea|fuese) (?:la|mi) ultima (?:vez|noche) (?:que|q) (?:me acuesto|me duermo|cierro los ojos|me despierto|despierto|me acueste|me duerma)|(?:ojala|que) (?:sea|fuera|fuese) (?:mi ultima noche|mi ultimo dia)(?= $)|ojala (?:sea|fuera|fuese) (?:un )?(?:infarto|ataque|un derrame|cancer|algo grave|lo ultimo|el final|mi final|mi hora)(?: y ya| y se acabo|(?= $))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:querria|querria que|quisiera que|me gustaria que|desearia que|deseo que|ojala|pido que) (?:\w+ ){0,3}(?:me atropell\w+|me pise un|me caiga un rayo|me cayera un rayo|me de (?:un )?(?:infarto|ataque)|me diera (?:un )?(?:infarto|ataque)|me llevara dios|dios me llevara|me recogiera|me recoja|no despertara|no despierte)(?! (?:\w+ ){0,2}(?:jaja\w*|de la risa|de verguenza))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:si|ojala|que) (?:dios|diosito|el senor|la muerte|el de arriba) (?:me )?(?:recogiera|recoge|recoja|llevara|lleva|lleve|llevase|llamara|llama) (?:\w+ ){0,3}(?:no me (?:iba|ibas|voy|iria) a quejar|no me quejaria|no me quejo|me daria igual|mejor|estaria bien|seria un alivio|lo agradeceria|bendito sea|encantada|feliz|yo tan tranquila)|(?:estoy lista|estoy preparada|ya estoy lista) (?:\w+ ){0,2}(?:cuando (?:el|dios|diosito|el senor) quiera|para irme)|(?:y )?si es (?:esta noche|hoy|ahora|manana) mejor(?= $)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:me da|me dan|me entra) (?:\w+ )?(?:bronca|rabia|pena|asco|coraje|lastima|ganas de llorar|tristeza) (?:\w+ )?(?:seguir viva|seguir vivo|seguir aqui|seguir respirando|despertarme|despertar|estar viva|estar vivo|amanecer|seguir existiendo)|(?:cansancio|hartazgo) de (?:existir|vivir|seguir viva|seguir vivo|estar viva)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:en cuanto|cuando|el dia que) (?:\w+ ){0,4}(?:se muera|se vaya|falte|muera) (?:\w+ ){0,6}me voy (?:yo )?(?:detras|detras de (?:el|ella)|con (?:el|ella))(?= $)",
        {"owner": "self"},
    ),
    # --- burden: what she would spare them by going ----------------------------------------
    (
        "burden",
        r"(?:lo mejor|lo unico bueno|lo unico|lo mas facil|lo mas justo|lo mas sano|lo que toca) (?:\w+ ){0,7}(?:es|seria|sera|fuera) (?:que |q )?(?:yo )?(?:{KILLME}|me quite de en medio|me quite del medio|me quitara de en medio|me quitara del medio|me quite del camino|me fuera del todo|me fuera para siempre|me vaya para siempre|desaparecer para siempre|desapareciera|desaparezca|me muriera|me muera|no estar|no estuviera|deje de cargarla|deje de cargarlo|deje de cargarlos|deje de estorbar|deje de existir|dejar de existir)(?! (?:de (?:la|su|sus|tu|el|sus) (?:vida|casa|camino)|a (?:vivir|otra|otro)))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:me quite|me quito|me quitara|quitarme|me quitaria|quitarme yo) (?:de en medio|del medio|del camino|de enmedio) (?:\w+ ){0,2}(?:para siempre|de una vez|definitivamente|del todo)|(?:deje de|dejar de|dejaria de) (?:cargarla|cargarlo|cargarlos|cargarles|ser su carga|estorbarles|estorbar) (?:\w+ )?(?:para siempre|del todo|de una vez)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:estarian|estaria|vivirian|viviria|estan|estaran|estara) (?:\w+ )?mejor con (?:la herencia|el seguro|mi dinero|mi pension|mi casa|el dinero|el piso|la casa) (?:que|q) conmigo|(?:no pierde|no perderia|no pierden|no perderian|nadie pierde|nadie perderia|nadie va a perder) (?:\w+ )?nada (?:si|cuando) (?:yo )?(?:me voy|me fuera|me muero|me muriera|desaparezco|desapareciera|falto|faltara|no estoy|ya no estoy)|(?:seria|es|sera|haria) (?:\w+ )?(?:un favor|un alivio|un bien|un regalo|una liberacion) (?:\w+ ){0,3}(?:que|q|si) (?:yo )?(?:me fuera|me vaya|me muriera|me muera|desapareciera|desaparezca|no estuviera|no este|faltara|me quitara)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:si|cuando) (?:yo )?(?:ya )?no (?:estoy|estuviera|este) (?:\w+ )?(?:se arregla|se arreglaria|se arreglaran|se acaba|se acabaria|se acabarian|se acaban|se terminan|se terminarian) (?:todo|los problemas|las peleas|el problema)|(?:respiraria|descansaria|se curaria|podria curarse|podria sanar|sanaria|se liberaria|seria libre|seria feliz|estaria tranquila|estaria tranquilo|viviria tranquila|viviria tranquilo|viviria en paz) (?:\w+ ){0,3}(?:si|cuando) (?:yo )?(?:me muriera|me muero|muriera|no estuviera|desapareciera|me fuera|faltara|ya no estuviera)|(?:si|cuando) (?:yo )?(?:me muriera|me muero|no estuviera|desapareciera|me fuera|faltara) (?:\w+ ){0,3}(?:respiraria|descansaria|se curaria|podria curarse|sanaria|estaria tranquila|viviria tranquila|viviria en paz|seria feliz)",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:no voy a|ya no voy a|no les voy a|no te voy a|no le voy a) (?:dar lata|dar la lata|estorbar|ser una carga|dar guerra|dar problemas|dar mas problemas|molestar) (?:\w+ )?(?:mucho tiempo|mucho mas|por mucho tiempo|mucho rato mas)(?! (?:\w+ ){0,3}(?:pregunta|preguntarte|consulta|solo queria|rapido|solo es))",
        {"owner": "self", "weak": True},
    ),
    # --- goodbye: the last time we talk, thanks and a farewell to the bot -----------------
    (
        "goodbye",
        r"(?:es|esta es|sera|va a ser) (?:\w+ )?(?:la )?ultima vez (?:que|q) (?:\w+ )?(?:hablamos|hablemos|hablaremos|charlamos|nos escribimos|te escribo|me lees|me vas a leer|sabes de mi|vas a saber de mi|te cuento algo|te molesto)(?! (?:del|de este|de eso|de esto|sobre|de ella|de el|de mi hija|de mi hijo|por hoy|en (?:mucho|un) tiempo|hasta))|adios de verdad|no es un hasta luego|no es un hasta pronto|esto es un adios|es un adios de verdad|adios definitivo|(?:si|cuando) (?:manana|un dia|algun dia|pronto) (?:ya )?no (?:te escribo|aparezco|te contesto|contesto|respondo|estoy|me conecto) (?:\w+ ){0,2}(?:ya sabes|sabras|ya sabras|ya saben|sabran) (?:por que|porque|por q|pq|xq|lo que paso|que paso)|(?:despidete|despidanse|despedite|despideme) de (?:mi|todos|ellos)",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?:ya no|no) (?:te|os) (?:voy a|vuelvo a|volvere a|pienso) (?:volver a )?(?:molestar|dar (?:mas )?(?:lata|la lata|guerra)|escribir) (?:\w+ ){0,2}(?:mas|nunca mas|nunca|nunca jamas|otra vez)(?! (?:con|de|sobre|por|hasta|si|pidiendo|preguntando|en (?:la|el) (?:\w+ )?(?:trabajo|semana|mes)))|(?:{START}|ya |bueno |y )?ya no te escribo mas(?= $)|(?:te perdono|les perdono|os perdono|te perdone|los perdono) todo(?= $| y)|(?:cuida|cuidá|cuide|cuiden|cuidad|cuidale|cuidame) (?:de |a )?(?:los ninos|las ninas|los nietos|tu hermana|tu hermano|tu padre|tus hermanos|las demas madres|la proxima|mis hijos|mis nietos|los chicos|las chicas|mis plantas|mis gatos)|(?:ha sido|fue|a sido) (?:un placer|lindo|bonito|un gusto|un honor) (?:hablar|conocerte|charlar|hablarte|escribirte)|(?:ha sido|fue) un placer(?= $)|me ha gustado (?:mucho )?hablar contigo|no te olvides de mi|no me olvides|(?:{START}|te dejo |te dejo ya |ya |de verdad |pero )para siempre(?= $)|(?:ahora|ya) (?:ya )?me puedo (?:ir|morir|marchar)(?= $| tranquila| en paz| tranquilo)|no me (?:contestes|respondas|busques|convenzas)(?= $)|no intentes (?:convencerme|pararme|detenerme)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:ya no|yo ya no|que yo ya no|q yo ya no) voy a estar(?= $| (?:aqui|aca|mas|para (?:contarte|verlo|verla|verte|verlos|entonces|eso|cuando))(?! (?:\w+ ){0,2}(?:de vacaciones|fuera|trabajando|en casa|me mudo|disponible)))|no voy a estar (?:\w+ )?(?:para contarte|para contarles|para verlo|para verla|para verte|para verlos)(?! (?:\w+ ){0,2}(?:en persona|pero te|pero les))",
        {"owner": "self"},
    ),
    (
        "goodbye",
        r"(?<!manana )(?<!hoy )(?<!noche )(?<!tarde )(?<!dia )(?<!semana )(?<!finde )no voy a estar(?= $)|(?:yo )?ya me fui(?= $)|fuiste (?:el unico|la unica|lo unico) (?:que|q) me (?:escucho|escuchaba|entendio|hizo caso)|(?:ya )?no ire(?= $)|no (?:me )?(?:hara|va a hacer) falta(?= $)",
        {"owner": "self", "weak": True},
    ),
    # --- plan: the date held, the act named with it ----------------------------------------
    (
        "plan",
        r"(?:ya )?tengo (?:la )?fecha(?= $)|(?:ya )?tengo (?:\w+ )?(?:el dia|la fecha) (?:elegid\w+|decidid\w+|pensad\w+|escogid\w+)(?= $)|(?:y )?no (?:vuelvo|volvere|voy a volver)(?= $| nunca| mas)|(?:y|para) no volver(?= $| nunca| mas)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"me (?:tomo|trago|voy a tomar) (?:todo|todas|todos) (?:lo|las|los) (?:que |q )?(?:tengo|tenga|he guardado|tengo guardad\w+|tengo juntad\w+|tengo ahorrad\w+|he ido guardando|pastillas|de la caja)|me (?:tomo|trago) (?:todo|todas|todas las pastillas|las pastillas) (?:y listo|y ya|y se acabo|de una vez|de golpe)|(?:cuando|en cuanto|despues de que) (?:\w+ ){0,5}me (?:tomo|trago) (?:las pastillas|todas las pastillas|todo)(?= $)",
        {"owner": "self"},
    ),
    # --- preparatory: affairs put in order, things given away, the lie that covers it ----
    (
        "preparatory",
        r"(?:regale|he regalado|ya regale|he dado|le di|le he dado|les he dado|les di|reparti|he repartido|he donado|done|he llevado|lleve|le encargue|le he encargado|encargue|he encargado) (?:\w+ ){0,3}(?:mis plantas|las plantas|mis joyas|el abrigo bueno|mi abrigo|la maquina de coser|el canario|mi canario|el loro|mis libros|los libros|mi ropa buena|mis anillos|la vajilla|mis muebles|el perro|mi perro|los gatos|el gato|mi gato|mis gatos|mis cosas)(?! (?:\w+ ){0,3}(?:porque me mudo|por la mudanza|mientras|durante|esta semana|el finde|unos dias|las vacaciones|de vacaciones|para que (?:me )?(?:lo|la|los|las) cuide mientras))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:le|les) (?:he )?(?:dije|dicho) (?:que |q )(?:me voy de viaje|me mudo|estoy haciendo limpieza|es (?:una )?limpieza|me voy una temporada)|(?:{START}|y )no es limpieza|no me mudo a ningun (?:sitio|lado)|me voy de viaje largo|un viaje largo(?= $)|(?:{START})(?:una temporada|por si acaso)(?= $)|(?:carta|cartas|gatos|gato|perro|perros|canario|perrita|gatita) (?:\w+ ){0,5}por si acaso(?= $)|(?:una|cartas?) (?:carta )?para cada uno(?: de mis (?:hijos|nietos|hijas))?|una carta para cada (?:hijo|hija|nieto|nieta|una)|(?:cierro|cerrando|voy cerrando) cuentas(?= $| digamos| con la vida)|(?:irme|quiero irme|me quiero ir) sin deber nada|(?:ya )?no (?:queda|me queda|hay) nada pendiente|(?:dejar|dejarlo|dejo|deje|he dejado) (?:\w+ )?todo (?:atado|arreglado|en orden|pagado|listo)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:deje|dejo|he dejado|pague|he pagado|dejado) (?:\w+ ){0,5}(?:pagado|pagada|pagados|pagadas) (?:\w+ ){0,2}(?:hasta (?:fin de ano|final de ano|diciembre|el ano que viene|final del ano)|por adelantado|para (?:que|q) (?:no|nadie|a)(?! (?:\w+ ){0,3}(?:vacaciones|viaje)))|(?:pague|he pagado|pagar) (?:\w+ ){0,5}por adelantado(?! (?:\w+ ){0,4}(?:porque|pq|xq|vacaciones|viaje|descuento|me lo piden|como siempre))|(?:pague|he pagado|deje pagad\w+|dejar pagad\w+) (?:\w+ ){0,3}(?:hasta diciembre|hasta fin de ano)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:cancele|he cancelado|di de baja|he dado de baja|me di de baja|me he dado de baja|devolvi|he devuelto|le devolvi|anule|he anulado) (?:\w+ ){0,3}(?:la suscripcion|las suscripciones|el periodico|el movil|el telefono|la linea|el dentista|la revision|la cita|el medico|del coro|del club|del gimnasio|el gimnasio|los libros|todos los libros|a la biblioteca|la tarjeta|las tarjetas|el seguro)(?! (?:\w+ ){0,4}(?:porque|pq|xq|ya que|que no (?:iba|usaba|leia)|q no (?:iba|usaba|leia)|no iba nunca|nunca iba|me cobraban|es caro|subio|por (?:la mudanza|el precio|caro)|me cambie|me cambio|para cambiar|otra compania|otro plan))",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"instrucciones (?:\w+ )?(?:para|de|sobre) (?:mi |el )?(?:entierro|funeral|velorio|cremacion|sepelio)|seguro de decesos (?:\w+ ){0,4}(?:pagado|contratado|al dia|todo pagado)|(?:contratar|contrate|he contratado) (?:\w+ )?(?:el )?seguro de decesos|(?:pagar|pague|he pagado|compre|he comprado) (?:\w+ ){0,2}(?:la parcela|el nicho|la tumba|la sepultura) (?:\w+ ){0,3}(?:al lado de|junto a) (?:mi )?(?:marido|esposo|madre|padre|hijo)|(?:la|mi) (?:contrasena|clave) (?:\w+ ){0,3}(?:en un sobre|en el cajon|apuntada para)|no creo (?:que|q) me quede mucho(?: tiempo)?(?= $| lo he decidido)",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:ya )?se (?:como )?(?:cargarla|cargarlo|dispararla|dispararlo|usarla|quitarle el seguro)|(?:me )?se la combinacion|(?:{PILL}) (?:\w+ ){0,6}(?:juntos|juntas|juntitas|juntitos) (?:en|dentro de) (?:una|un|la|el) (?:cajita|caja|bolsita|bolsa|frasco|tarro|sobre)|(?:la soga|la cuerda|una cuerda|una soga) (?:\w+ ){0,2}(?:en|de) (?:el|la) (?:garaje|trastero|salon|armario|altillo|closet|cochera)",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:{START}|y )ya (?:casi|falta poco|queda poco)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # --- someone else: their death, or their risk now ------------------------------------
    (
        "thoughts",
        r"(?:se|te) (?:\w+ ){0,2}(?:quiere|kiere|quiso|queria|va a|iba a|puede|podria|piensa|pensaba|quieren|van a|amenaza con|amenazo con) (?:\w+ )?(?:(?:matar|suicidar|ahorcar|colgar|envenenar|quitar la vida|quitar la bida|pegar un tiro|dar un tiro|pegar un balazo|volar la cabeza|cortar las venas|tomar todo|tomar todas|tomar las pastillas|disparar)(?! (?:a |al |trabajando|estudiando|de vacaciones))|(?:tirar|aventar|lanzar|arrojar|echar)(?= $| (?:que|q|de|del|desde|por|al|a la|a las|a los|bajo|debajo|frente|delante|enfrente)(?! (?:la cama|el sofa|la pileta|la piscina|la alberca|dormir|descansar)))|(?:cortar|lastimar|hacer dano|quemar)(?! (?:el pelo|las unas|la barba|el cabello|con el|con la|cocinando)))|(?:quiere|quiso|queria|quieren|va a|iba a|piensa|pensaba|amenaza con|amenazo con|amenazando con|habla de|hablaba de|hablo de|intento|intentar|tratar de|trato de|ganas de|pensando en|piensa en|para) (?:\w+ )?(?:matarse|suicidarse|matarte|suicidarte|quitarse la vida|quitarte la vida|ahorcarse|colgarse|envenenarse|tirarse|aventarse|cortarse las venas|hacerse dano|lastimarse|pegarse un tiro|matarlo|matarla|matarlos)",
        {"owner": "other"},
    ),
    (
        "wish_dead",
        r"(?:se quiere|se queria|se quiso|quiere|queria|quieren|dice que quiere|dijo que quiere|dice que se quiere|dice q quiere|dice q se quiere|tiene ganas de|tenia ganas de) (?:\w+ )?(?:morir|mori[i]?r{1,2}(?:s[e])?|morr[i]{1,2}r{0,2}(?:s[e])?|morirse|morirte|estar muerta|estar muerto|desaparecer para siempre|dejar de vivir|irse con (?:su|mi|tu) \w+|irse con (?:el|ella|dios)|irse al cielo|reunirse con su \w+)(?! (?:de (?:la )?(?:risa|verguenza|pena|ganas|hambre|sueno)))|(?:no|ya no) (?:quiere|quieren|tiene ganas de) (?:seguir )?(?:vivir|seguir viviendo|estar aqui|existir|despertar)",
        {"owner": "other", "negatable": False},
    ),
    (
        "self_harm",
        r"(?:cortandose|lastimandose|quemandose|golpeandose|autolesionandose|haciendose dano|rasgunandose|se corta|se cortaba|se esta cortando|se corto los brazos|se quema|se quemaba|se golpea|se lastima|se lastimaba|se hace dano|se autolesiona|se autolesionaba|se rasguna|se pega)(?! (?:el pelo|el cabello|las unas|la barba|el dedo|con (?:el|la)|cocinando|sin querer|en la|al))|(?:cortes|cicatrices|marcas|heridas|quemaduras) (?:\w+ ){0,2}en (?:sus|los|las) (?:brazos|piernas|munecas|muslos)",
        {"owner": "other"},
    ),
    (
        "thoughts",
        r"(?:{Q}|de que|miedo de que|miedo que|tengo miedo|temo que|me preocupa que|no vaya a ser que) (?:mi |su |el |la )?(?:\w+ ){0,2}(?:se haga dano|se hiciera dano|se vaya a hacer dano|se lastime|se lastimara|se mate|se matara|se suicide|se suicidara|se quite la vida|se quitara la vida|se va a hacer algo|se vaya a hacer algo|se haga algo|se hiciera algo|se iba a hacer algo|haga una locura|hiciera una locura|haga algo malo|se tire|se tirara|se tome|se tomara|se corte|se cortara|se ahorque|se cuelgue|se vaya a matar|intente algo|lo intente de nuevo)",
        {"owner": "other"},
    ),
    (
        "goodbye",
        r"(?:publico|subio|escribio|puso|posteo|compartio|envio|me mando|me dejo|me escribio|le mando|mando|dejo) (?:\w+ ){0,3}(?:una |un |su |la )?(?:despedida|carta de despedida|mensaje de despedida|nota de despedida|nota suicida|video de despedida|audio de despedida)|(?<!morir )(?<!morirse )(?<!fallecer )(?:se despidio|se esta despidiendo|se despide|despidiendose|se despidio de todos|se despedia)(?! (?:de (?:mi|nosotros) (?:en|con|porque|antes)|hasta|por hoy|porque se (?:va|iba|mudaba|fue)))",
        {},
    ),
    (
        "method",
        r"(?:subio|publico|mando|puso|posteo|compartio|me mando) (?:\w+ ){0,4}(?:foto|fotos|imagen|historia|estado|video|story) (?:\w+ ){0,6}(?:de )?(?:las vias|el tren|un puente|el puente|una soga|la soga|una cuerda|pastillas|sus pastillas|un arma|una pistola|la pistola|la azotea|el borde|un balcon|la cornisa|un precipicio|una navaja|sangre)",
        {"owner": "other"},
    ),
    (
        "method",
        r"se (?:toma|va a tomar|tomo|quiere tomar|piensa tomar|iba a tomar|queria tomar|trago|va a tragar|bebio|va a beber) (?:\w+ )?(?:todo|todas|todas las pastillas|todas sus pastillas|las pastillas|sus pastillas|el frasco|la caja|el veneno|el raticida|el cloro|la lejia)(?! (?:con calma|a pecho|en serio|muy en serio|a mal|a la ligera|el cafe|la leche))",
        {"owner": "other"},
    ),
    (
        "method",
        r"(?:tiene|guarda|escondio|esconde|compro|consiguio|anda con|trae) (?:\w+ )?(?:una|la|un|el|unas|sus|su) (?:soga|cuerda|pistola|arma|revolver|escopeta|veneno|raticida|cuchilla|navaja|pastillas guardadas|pastillas escondidas) (?:\w+ ){0,4}(?:en el garaje|en el cuarto|en su cuarto|escondid\w+|guardad\w+|y dice|y habla|y me dijo|en el ropero|debajo de la cama|en la mochila|en el auto|en el carro|y no se)",
        {"owner": "other"},
    ),
    (
        "attempt",
        r"(?:tomo|trago|bebio|se tomo|se trago|se bebio|tomo todas|se tomo todas) (?:\w+ ){0,2}(?:{QUANTITY}|el frasco|la caja|un frasco|una caja) (?:\w+ ){0,3}(?:{PILL}|{POISON}) (?:\w+ ){0,3}(?:y|e) (?:no despierta|no reacciona|esta inconsciente|se desmayo|no responde|no contesta|se la llevaron|se lo llevaron|esta en el hospital|esta en urgencias|esta en la guardia|esta muy mal|vomita)",
        {"owner": "other", "tense": "past"},
    ),
    (
        "method",
        r"(?:agarro|tomo|saco|cargo|busco|bajo) (?:la|el|una|un|su) (?:pistola|arma|revolver|escopeta|soga|cuerda|cuchillo|navaja|gillette|cuchilla|veneno|pastillas) (?:\w+ ){0,3}(?:y se (?:encerro|fue|metio|subio)|y dice|y salio|y no contesta|y no abre)|(?:se tomo|tomo|bebio|se bebio|trago|se trago|ingirio) (?:el |la |un |una |unas |del )?(?:veneno|raticida|matarratas|cloro|lejia|lavandina|insecticida|pesticida|gramoxone|pastillas del frijol)",
        {"owner": "other"},
    ),
    (
        "wish_dead",
        r"(?:quiere|queria|quieren|dice que quiere|dijo que quiere|piensa en|pensaba en|habla de|hablaba de|hablo de|amenaza con|amenazo con|tiene ganas de|tenia ganas de|intento|trato de|dice que va a|dijo que va a|dijo que iba a|va a|iba a|quiso|esta pensando en|anda pensando en|me dijo que quiere|me escribio que quiere) (?:\w+ ){0,3}(?:{OTHERDEATH})",
        {"owner": "other"},
    ),
    (
        "burden",
        r"(?:estariamos|estarian|estaria|estarias) (?:\w+ )?mejor sin (?:el|ella|ellos|ti|vos|usted)|(?:dice|dijo|siente) que (?:es|era) (?:una carga|un estorbo)",
        {"owner": "other"},
    ),
    (
        "died",
        r"(?:se suicido|se suicidaron|se quito la vida|se quito la bida|se quitaron la vida|se ahorco|se ahorcaron|se colgo de|se colgo en|se envenenó|se enveneno|se disparo|se pego un tiro|se pegó un tiro|se dio un tiro|se tiro del|se tiro de un|se tiro de una|se tiro al|se tiro a las|se avento del|se avento de|se arrojo del|se arrojo de|se lanzo del|se lanzo de|se quito la vida|se fue por su propia mano|murio por suicidio|murio por su propia mano|(?:se fue|irse|partio|murio|decidio irse|decidio partir) (?:\w+ ){0,2}por (?:su|propia) (?:propia )?(?:mano|voluntad|decision)|(?:lo|la) (?:encontraron|encontre|hallaron|halle|encontramos) (?:\w+ ){0,2}(?:colgado|colgada|ahorcado|ahorcada)|se mato|se (?:tomo|trago|bebio|tiro|colgo|corto|avento|arrojo|lanzo|disparo) (?:\w+ ){0,4}(?:y|e) (?:murio|fallecio|se murio|no desperto|no sobrevivio|no lo logro|ya no desperto))(?! (?:en (?:un|el|la|una) (?:accidente|choque|moto|carro|auto|coche|carretera)|trabajando|manejando|en la ruta|de risa|estudiando|a trabajar))|(?:perdi|perdimos|perdio) (?:\w+ ){0,3}(?:por|al|a causa de|por un|por el) (?:suicidio)|(?:el|su|del|al|tras el|despues del|desde el) suicidio (?:de|del) (?:mi|su|nuestro|nuestra|un|una) ?(?:\w+ )?|(?:mi|su) (?:\w+ )?(?:que )?(?:se suicido|se quito la vida)",
        {"owner": "other", "negatable": False},
    ),
    (
        "attempt",
        r"(?:se tomo|se trago|se bebio|se tomó) (?:\w+ ){0,2}(?:{QUANTITY}) (?:\w+ ){0,3}(?:{PILL}|{POISON})|(?:intento|trato|quiso|ha intentado|intentado) (?:\w+ )?(?:de )?(?:matarse|suicidarse|quitarse la vida|ahorcarse|envenenarse|tirarse|cortarse las venas)|(?:se corto|se abrio) (?:\w+ )?(?:las venas|la muneca|las munecas)",
        {"owner": "other", "tense": "past"},
    ),
    # --- more from rounds 11-12: a method pictured, asked about, or looked at ----------------
    (
        "method",
        r"(?:coche|carro|auto) (?:\w+ ){0,4}(?:garaje|cochera|garage) (?:\w+ ){0,3}(?:con el motor|el motor) (?:encendido|prendido|en marcha) (?:\w+ ){0,4}(?:como dormirse|como dormir|como quedarse dormida|no duele|eso quiero|lo pienso|es lo que pienso|en eso pienso|dicen que)|(?:coche|carro|auto) (?:\w+ ){0,4}(?:garaje|cochera|garage) (?:\w+ ){0,3}(?:con la puerta cerrada|con las puertas cerradas|cerrado|cerrada) (?:\w+ ){0,2}(?:motor encendido|motor prendido|motor en marcha)|(?:coche|carro|auto) (?:\w+ ){0,4}(?:garaje|cochera|garage) (?:\w+ ){0,6}(?:dejarlo prendido|dejarlo encendido|dejarlo en marcha|dejarlo andando)(?! (?:\w+ ){0,3}(?:para calentar\w*|un rato|mientras))|(?:pienso en|pensando en|he pensado en|pense en) (?:dejarlo|dejar el (?:coche|carro|auto|motor)) (?:prendido|encendido|en marcha|andando)|(?:pienso en|pensando en|he pensado en|pense en|la idea de) abrir(?:lo)? (?:el gas |la llave del gas )?(?:y|e) (?:acostarme|dormirme|irme a dormir|meterme en la cama|cerrar (?:las ventanas|la puerta))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pienso en|pensando en|he pensado en|pense en|imagino|me imagino|me imagine) (?:entrar|meterme|caminar|adentrarme|nadar|andar|entrando|caminando|metiendome) (?:\w+ ){0,2}(?:y no parar|y no volver|y no salir|sin parar|mar adentro|hasta el fondo|hasta que no)|con (?:el abrigo puesto|piedras en los bolsillos) (?:\w+ )?(?:que |q )?(?:pesa|pesen|para hundirme)|(?:{BLADE}) (?:\w+ ){0,4}(?:en la mano|en las manos) (?:\w+ ){0,2}(?:mirandome|mirando) (?:la|las|mis|el) (?:muneca|munecas|venas|brazos|brazo|cuello)|mirandome (?:la|las) (?:muneca|munecas|venas) con (?:el|la|un|una) (?:{BLADE})",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:busque|buscar|buscando|he buscado|googlee|mire en internet|mire en google|lei|he leido) (?:\w+ ){0,5}(?:cuantas|cuantos) (?:\w+ )?(?:se necesitan|hacen falta|harian falta|necesito|son mortales|es mortal|para morir|matan|para no despertar)|(?:{START}|y |ya )ya se (?:el numero|la dosis|cuantas|cuantos|la cantidad)(?= $)|(?:con )?cuant[oa]s (?:{PILL}) (?:\w+ ){0,3}(?:ya no te despiertas|no te despiertas|no despiertas|te mueres|te matan|es mortal|son mortales|se muere uno|para morir|para no despertar|es sobredosis|son suficientes)|(?:que|q) pasa si (?:te tomas|me tomo|uno se toma|alguien se toma|tomas) (?:\w+ ){0,2}(?:{QUANTITY}) (?:\w+ ){0,2}(?:{PILL})|(?:dosis|cantidad) (?:mortal|letal) (?:de|del|con) (?:{PILL})",
        {"owner": "self"},
    ),
    (
        "at_hand",
        r"(?:todas juntas|todos juntos|todas las cajas|todas las pastillas|todos los blisters|todas mis pastillas|todas mis medicinas|todas las medicinas) (?:\w+ ){0,3}(?:encima de la mesa|sobre la mesa|en la mesa|delante de mi|frente a mi|al lado de la cama)(?! (?:\w+ ){0,3}(?:para (?:organizar|ordenar|el pastillero|contarlas|la semana|revisar)|ordenando|organizando))|(?:ya )?tengo de (?:tres|dos|cuatro|varias|distintas|\d+) farmacias|(?:diciendo|dije) (?:que|q) (?:habia perdido|perdi) la receta",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{START})calculando(?= $)|(?:puente|viaducto|balcon|ventana|azotea|barandilla|baranda|barranco) (?:\w+ ){0,6}(?:mirando|miro|mire|me asomo|asomarme) (?:\w+ )?(?:abajo|hacia abajo|la caida|la altura)|(?:mirando|miro|mire) (?:\w+ )?(?:la caida|la altura)(?= $)|calculando (?:la altura|la caida|la distancia|los metros)|(?:la|lo|las|los) (?:mire|miro|veo|vi) de otra (?:forma|manera)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "goodbye",
        r"(?:es|esta es|sera) la ultima carta(?! (?:que|q) te (?:escribo|mando) (?:pidiendo|sobre|hasta))",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:{START}|ya |y |pero |entonces |asi que )(?:lo hago|lo hare|lo voy a hacer|voy a hacerlo) (?:{TIME}|{IMMINENT}) (?:{TIME}|{IMMINENT})(?= $| y | pero )|(?:cuando|donde) no haya nadie (?:\w+ ){0,2}en (?:el|la|las|los) (?:{HIGH}|{TRAIN})|(?:{START}|ya |y |pero )sera (?:despues de|antes de|el dia de|en) (?:navidad|reyes|ano nuevo|mi cumpleanos|su cumpleanos|su cumple|su boda|la boda|fin de ano|semana santa|las fiestas)|para (?:que|q) no (?:quede|queden|haya) deudas?",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"si (?:yo )?(?:me quitara la vida|me matara|me suicidara|me suicido|me quito la vida|me ahorcara|me tirara del puente)(?! (?:trabajando|a trabajar|de risa|estudiando))",
        {"owner": "self"},
    ),
    (
        "burden",
        r"(?:pues |asi |entonces |y )se (?:acabaran|acabarian|terminaran|terminarian) (?:los|sus|tus) problemas(?= $)|(?:no quiero|ya no quiero|no quiero seguir) ser (?:la piedra en el zapato|un estorbo|un obstaculo|el problema|la cruz|un lastre) (?:de|para) (?:nadie|nadie mas|todos|mi familia|mis hijos)|(?:{START})(?:yo )?me quito(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"desde (?:que|q) (?:\w+ ){1,8}me corto(?= $)",
        {"owner": "self"},
    ),
    # --- from older rounds, as families: "cuando ... lo hago", debts, the chosen day,
    # method questions, a means with "pienso en usarla" -----------------------------------
    (
        "plan",
        r"(?:cuando|en cuanto|apenas|despues de que) (?:\w+ ){1,6}(?:lo hago|ahi me voy|me voy yo tambien|me voy del todo|me voy definitivamente)(?= $| (?:no quiero|asi|ya|definitivamente|del todo|calculo))|(?:me voy|me ire) del todo(?= $)|(?:{START}|ya |y )ya no sigo(?= $| esta decidido)|es el dia (?:que|q) (?:elegi|he elegido|escogi)|(?:lo|la) (?:marque|he marcado|tengo marcad\w+) en el calendario|fecha fijada(?= $)|(?:ya )?lo tengo calendarizado(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:no quiero dejar|no dejar|no le dejo|no les dejo|para no dejar|sin dejar|no dejarle|no dejarles) (?:\w+ )?deudas?(?: a nadie)?",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:forma|manera) (?:menos dolorosa|que menos duele|mas rapida|mas facil|mas segura) de (?:matarse|morir|suicidarse|matarme|morirme|quitarse la vida|quitarme la vida)|(?:cuanto|cuantas|cuantos) (?:\w+ ){0,3}(?:es mortal|son mortales|es letal|son letales)|(?:pasarse|pasarme) con (?:el |la |los |las )?(?:{PILL}) (?:\w+ )?(?:duele|mata|es mortal)|(?:muero|me muero|mueres|te mueres|se muere) seguro(?= $)|(?:alto|suficiente|bastante alto) para no fallar|(?:viga|cuerda|soga|rama|cinturon|lampara|gancho) (?:\w+ ){0,3}aguant\w* mi peso|(?:me bajo|bajarme) y salto|con un paso basta|a ver si salto|si (?:salto|me tiro) (?:del|desde|de) (?:\w+ ){0,4}(?:muero|me muero|es seguro|me mato)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pienso en|pense en|pensando en|he pensado en) (?:saltar|tirarme|lanzarme|aventarme)(?= $| (?:al|del|desde|por|a la|de))|(?:{MEANS}|escopeta|matarratas) (?:\w+ ){0,6}(?:pienso en|pense en|pensando en|he pensado en) (?:usarla|usarlo|tomarmelo|tomarmela|tomarmelas|tomarmelos|echarmelo|echarmela|bebermelo|meterme)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{START}|y )(?:pienso en|pense en|he pensado en) (?:usarla|usarlo|tomarmelo|tomarmela|tomarmelas|tomarmelos|echarmelo|echarmela|bebermelo)(?= $)|(?:{START}|y )no es (?:pa|para) (?:tender (?:la )?ropa|cocinar|escalar|las ratas|afeitarme|depilarme)(?= $)|(?:{START}|y )no escalo(?= $)|lo pienso (?:en serio|mucho|cada dia|cada noche)(?= $)|(?:me da|me esta dando) vueltas en la cabeza(?= $)",
        {"owner": "self", "weak": True},
    ),
    # --- older rounds, more families: the heart stopping, the illness coming back, the
    # voice that says do it, self-harm by lighter, water, again ------------------------------
    (
        "wish_dead",
        r"(?:ojala|que|q|pido que|quisiera que) (?:\w+ ){0,2}(?:se me pare el corazon|el corazon se me pare|se me parara el corazon|el corazon se me parara)|ojala (?:\w+ ){0,5}(?:y )?no (?:amaneciera|amanezca|despertara|despierte)(?= $| mas| nunca)|(?:que|q) se (?:acabe|termine) (?:ya )?mi vida|(?:que|q) se me (?:acabe|termine) la vida|(?:{NOT}) (?:quisiera|queria) (?:amanecer|despertar|despertarme)(?= $| ya| manana| mas)|firmaria por (?:morirme|morir|no despertar|irme)|(?:rezo|pido|deseo|me gustaria|quisiera|ojala) (?:\w+ ){0,2}(?:que|q) (?:el cancer|la enfermedad|el tumor) (?:vuelva|volviera|regrese|regresara|me lleve|me llevara)|(?:que|q) (?:venga|me lleve|llegue) (?:{DEATHNAME})|si (?:\w+ ){0,2}me muero (?:\w+ ){0,4}no me (?:voy|iba) a quejar|si me (?:atropella|atropellara|pisa|matara) (?:\w+ ){0,4}(?:le daria las gracias|lo agradeceria|me haria un favor)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{NOT}) (?:\w+ )?(?:quiero|kiero|quisiera) estar(?= eso es todo $| y ya $| y punto $)",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:pienso en|pensando en|pense en|he pensado en) (?:dar|pegar) (?:un|el) volantazo|me (?:tendria|tendre|deberia) (?:que |q )?(?:matar|suicidar|quitar la vida)|(?:no se me quita de la cabeza|se me cruza|se me cruzo|se me pasa|se me viene) (?:\w+ ){0,3}(?:{KILLME})|(?:imaginando|imagino|me imagino|pensando en) mi (?:propio )?(?:entierro|funeral|velorio) (?:\w+ ){0,5}(?:paz|alivio|quien iria|quien vendria)|(?:pensamientos|ideas) de (?:no seguir|no seguir viviendo|terminar mi vida|terminar con mi vida|irme para siempre|no estar)|(?:pienso|pense|pensando) (?:\w+ ){0,6}en irme para siempre(?! (?:\w+ ){0,2}(?:a |al |de (?:aqui|este pais|esta ciudad|la casa)))|(?:voz|vocecita|voces|cabeza) (?:\w+ ){0,2}(?:que|q) (?:me )?dice (?:que |q )?(?:hazlo|me mate|me muera|lo haga|salte|termine con esto)|(?:la cabeza|mi cabeza) (?:\w+ )?diciendome (?:que|q) (?:termine|me mate|lo haga|acabe)|tirar la toalla con (?:la vida|mi vida)",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me quemo|me queme|me he quemado|m quemo|uso el encendedor|uso el mechero|me pongo el encendedor|me pongo el mechero) (?:\w+ ){0,3}(?:con el mechero|con el encendedor|con un cigarro|con el cigarro|con un cigarrillo|en los dedos|en la mano|en el brazo|en los brazos)(?! (?:\w+ ){0,3}(?:sin querer|cocinando|encendiendo|al prender|la estufa|las velas))|me (?:abri|he abierto) la piel|(?:me rasque|me rasco|me rasguno|me rasgune|me arane) (?:\w+ ){0,3}hasta (?:abrirla|abrirme|sangrar|hacerme sangre)|me corte (?:de nuevo|otra vez)|(?:la )?recaida (?:\w+ ){0,3}cortes|lo del (?:cutter|cuter|cuchillo|la navaja|la gillette|la cuchilla)|(?:meto|meti|he metido) (?:la mano|las manos|el brazo|los dedos) en (?:el )?agua hirviendo|me corto un (?:poquito|poco)(?= $| para)|me (?:di|doy|daba|he dado) (?:\w+ ){0,2}(?:con|golpes|cabezazos|punetazos|bofetadas|cachetadas|contra|correazos|latigazos) (?:\w+ ){0,4}hasta (?:marearme|que no aguante|no aguantar|sangrar|que me sangr\w+)",
        {"owner": "self"},
    ),
    # --- from the eleventh and twelfth development sets: someone else now, or her past ----
    (
        "attempt",
        r"se (?:ha tomado|ha tragado|ha bebido|tomo|trago|bebio) (?:\w+ ){0,2}(?:(?:{QUANTITY}) (?:\w+ ){0,3}(?:{PILL}|{POISON})|la caja entera|el frasco entero|el bote entero|el blister entero|todas las de|todos los de|todo lo (?:que|q) tenia|todas sus pastillas|todas sus medicinas)|se (?:ha tomado|tomo|ha bebido|bebio) algo (?:\w+ ){0,6}(?:no se despierta|no despierta|no reacciona|muy dormida|muy dormido|no responde|no contesta|inconsciente)",
        {"owner": "other", "tense": "past"},
    ),
    (
        "method",
        r"(?:se (?:ha )?encerr\w+|esta encerrad\w+|se metio|se ha metido) (?:\w+ ){0,4}con (?:la|una|el|un|su|sus) (?:\w+ )?(?:escopeta|pistola|cuchilla|cuchillas|navaja|cuchillo|arma|revolver|soga|cuerda|pastillas|gillette|rifle)|(?:tiene|tenia) (?:la|una|su) (?:escopeta|pistola|arma|soga|cuerda|revolver) (?:\w+ )?(?:preparada|cargada|lista|preparado|cargado|listo)|(?:se ha guardado|se guardo|ha guardado|tiene guardadas|tiene escondidas|ha escondido|escondio|se ha escondido) (?:las |sus |unas |todas las |todas sus )?(?:{PILL}) (?:\w+ ){0,4}(?:debajo del colchon|escondidas|para cuando|de toda la semana|del mes|de todo el mes)",
        {"owner": "other"},
    ),
    (
        "wish_dead",
        r"se (?:va|quiere ir|iba a ir|piensa ir|va a ir) (?:con dios|con su (?:marido|esposo|hijo|hija|madre)|al cielo) (?:\w+ ){0,2}(?:{TIME}|{IMMINENT})",
        {"owner": "other"},
    ),
    (
        "died",
        r"(?:mi|su|tu) (?:\w+ )?(?:{PERSON}) (?:\w+ )?se (?:colgo|ahorco)(?= $| y | en | de )",
        {"owner": "other", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:pensaba|pensaba en|solo pensaba en|pensaba mucho en|pensaba todos los dias en|pensaba a diario en) (?:\w+ ){0,2}(?:{KILLME}|morirme|morir|la muerte(?! de| del)|suicidarme|no despertar|no despertarme|acabar con todo)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:en el hospital|ingresada|ingresado|en urgencias|en el psiquiatrico|en la uci|internada|internado) (?:\w+ ){0,2}por (?:intentarlo|intentar matarme|intentar quitarme la vida|lo que hice|lo que me hice|una sobredosis|tomarme las pastillas|tomarme todas)|lo intente con (?:las |unas |mis )?(?:{PILL}|{POISON}|la soga|una soga|una cuerda|el gas|un cuchillo|una cuchilla|las venas|el coche|el carro)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "attempt",
        r"(?:estuve a punto de|estuve al borde de|casi) (?:hacer|hago|hice|cometer|cometo) (?:una )?(?:tonteria|locura|barbaridad)(?! (?:\w+ ){0,3}(?:comprar|comprarme|gastar|vender|casarme|renunciar|llamarla|llamarlo|escribirle|ir a))|(?:{START})(?:y |pero )?no salte(?= $)|(?:me subi|subi) a la azotea(?= $| una noche| de mi edificio| del edificio| para (?:tirarme|saltar))",
        {"owner": "self", "tense": "past", "weak": True},
    ),
    # --- from the thirteenth and fourteenth development sets: families widened -------------
    # self-harm in the perfect ("me he cortado otra vez", "me he vuelto a cortar"), hair
    # pulled out in clumps, scratching or biting until the skin gives, cutting "un poco".
    *_apart(
        "self_harm",
        r"me (?:he|e|ha) (?:vuelto a )?(?:cortado|quemado|lastimado|golpeado|aranado|rasgunado|mordido|hecho dano|hecho cortes) (?:\w+ )?(?:otra vez|otra ves|de nuevo|nuevamente|una vez mas|otra vez mas|a proposito|adrede|aposta|queriendo)"
        r"|me (?:he|e) vuelto a (?:cortar|quemar|lastimar|golpear|aranar|rasgunar|morder|hacer dano|hacer cortes|arrancar el pelo)(?! (?:\w+ ){0,2}(?:sin querer|cocinando|picando|pelando|con la puerta|al caer))"
        r"|(?:me )?(?:he arrancado|arranque|arranco|arrancaba|arrancandome|e arrancado) (?:\w+ )?(?:el pelo|el cabello|los pelos|pelo|cabello|mechones)(?: (?:\w+ )?(?:a mechones|a punados|hasta|de raiz|sin parar|cuando|por las noches|anoche|otra vez|de nuevo))"
        r"|(?:me rasco|me rascaba|me he rascado|me muerdo|me mordia|me he mordido|me araño|me arano|me aranaba|me pellizco) (?:\w+ ){0,6}(?:hasta (?:que|q|sangrar|hacerme|dejarme|la carne|abrirme)|en carne viva|adrede|a proposito)"
        r"|me (?:he |e )?(?:hecho|hice|hago) sangre(?! (?:\w+ ){0,3}(?:al caer|al caerme|jugando|en la rodilla|con la puerta|cocinando|sin querer|en la encia|las encias))"
        r"|(?:me corto|me quemo|me sigo cortando|me sigo quemando) (?:un poco |un poquito |solo un poco |solo )?(?:en (?:los|las|el|la|mis) (?:muslos|brazos|piernas|munecas|tobillos|barriga|tripa|antebrazos)|como (?:una|un) (?:adolescente|cria|chiquilla|nina|chavala|quinceanera))"
        r"|(?:me quemo|me queme|me he quemado|me quemaba) (?:\w+ ){0,4}con (?:la llama|una vela|la vela|un cigarro|el cigarro|un cigarrillo|el mechero|un mechero|el encendedor|fosforos|cerillas|un cerillo)(?! (?:\w+ ){0,3}(?:sin querer|por accidente|al encender|encendiendo|de la tarta))",
        {"owner": "self"},
    ),
    # an overdose said with the clitic, a typo for "he", the bottle, the insulin, formally
    *_apart(
        "attempt",
        r"me (?:las|los|la|lo) (?:he |e )?(?:tomado|tome|tomé|bebido|bebi|tragado|trague|metido|meti) (?:todas|todos|toda|todo|de golpe|de una vez|juntas|juntos)"
        r"|me (?:e|ha) (?:tomado|bebido|tragado) (?:\w+ )?(?:todas|todos|toda|todo|el bote|el frasco|la caja|las pastillas|lo que tenia)"
        r"|me (?:he |e )?(?:bebido|bebi|tragado|trague|tomado|tome) (?:todo )?(?:el|un|medio) (?:bote|frasco|jarabe|blister)(?! (?:\w+ ){0,3}(?:de (?:agua|leche|zumo|jugo|cafe|te|yogur|mermelada|pepinillos|aceitunas)|con el desayuno))"
        r"|me (?:he |e )?(?:tomado|tome|bebido|bebi|tragado|trague) (?:todo )?lo que (?:tenia|guardaba|habia) (?:guardado|juntado|ahorrado|escondido|apartado)"
        r"|me (?:he |e )?(?:puesto|pinchado|inyectado|pinche|inyecte|puse) (?:toda la|todas las|todo el|la) (?:insulina|plumas|pluma de insulina|dosis)(?! (?:\w+ ){0,2}(?:de hoy|del dia|de la manana|de la noche|como siempre|que me toca))"
        r"|(?:he ingerido|ingeri|acabo de ingerir|he tomado) (?:\w+ )?(?:la totalidad|toda la medicacion|toda mi medicacion|todo el tratamiento|todas mis pastillas|todos mis medicamentos)"
        r"|(?:ingesta|ingestion|sobreingesta) (?:\w+ )?(?:voluntaria|intencionada|deliberada|intencional) (?:de )?(?:medicamentos|pastillas|farmacos|medicacion|pildoras)",
        {"owner": "self", "tense": "past"},
    ),
    # on the railing, the ledge: whose is read from the words before
    (
        "attempt",
        r"(?:sentada|sentado|subida|subido|de pie|parada|parado|agarrada|agarrado|asomada|asomado) (?:\w+ )?(?:en|sobre|encima de|al otro lado de|por fuera de) (?:la |el )?(?:barandilla|baranda|barandal|cornisa|pretil|parapeto|borde del (?:puente|viaducto|edificio|acantilado|barranco|tejado|techo|terrado|azotea))",
    ),
    # the car in the garage with the engine running, the hose
    *_apart(
        "method",
        r"(?:coche|carro|auto|motor) (?:\w+ ){0,6}(?:encendido|en marcha|prendido|arrancado|dejarlo encendido|dejarlo en marcha) (?:\w+ ){0,6}(?:garaje|cochera|puerta (?:\w+ )?cerrada|porton cerrado)"
        r"|(?:garaje|cochera) (?:\w+ ){0,8}(?:cerrar la puerta|puerta cerrada|porton cerrado|cerrar el porton) (?:\w+ ){0,4}(?:encendido|en marcha|prendido|el motor)"
        r"|(?:coche|carro|auto) (?:\w+ ){0,4}(?:garaje|cochera) (?:\w+ ){0,4}(?:y|con) (?:una )?manguera"
        r"|(?:manguera) (?:\w+ ){0,3}(?:al |en el |del )?(?:tubo de escape|escape)",
        {"owner": "self"},
    ),
    # the means weighed: a dose that would be lethal, which rope holds her weight
    *_apart(
        "method",
        r"(?:{PILL}|{POISON_STRONG}|caja entera|frasco entero|una caja|un frasco) (?:\w+ ){0,5}(?:resulta|resultaria|es|seria|son|serian|sera) (?:\w+ )?(?:mortal|mortales|letal|letales|demasiadas|suficientes para (?:morir|no despertar|matar))(?! (?:\w+ ){0,2}(?:para (?:los |el |un |mi )?(?:perro|perros|gato|gatos|nino|ninos|bebe|mascota)|al dia|por dia|a la semana))"
        r"|(?:{ROPE}|viga|gancho) (?:\w+ ){0,3}(?:aguanta|aguantaria|soporta|soportaria|resiste|resistiria) (?:\w+ )?(?:mi peso|el peso de una persona|a una persona|mi cuerpo)"
        r"|(?:{START})(?:ya )?(?:se|sé) (?:que|q|cual|cuál) (?:{ROPE}) (?:aguanta|soporta|resiste)"
        r"|(?:ponerme|me pongo|me pondria|cruzarme|atravesarme|plantarme|meterme) (?:delante|debajo|enfrente) (?:del |de un |de la |de una )?(?:{TRAIN}|camion|trailer|autobus|bus)"
        r"|pienso en (?:ponerme|cruzarme|atravesarme|plantarme) (?:delante|debajo)(?= $)"
        r"|(?:las )?(?:junto|juntar|mezclo|mezclar|me las tomo|tomarmelas) todas(?= $| y (?:ya|listo|se acabo|adios))",
        {"owner": "self"},
    ),
    # wishing it: to sleep and not wake (more words between), asleep for good, it to end for her
    *_apart(
        "wish_dead",
        r"(?:dormir|dormirme|acostarme|quedarme dormida|quedarme dormido|me durmiera|me quedara dormida|me quedara dormido) (?:\w+ ){0,4}(?:y|e) (?:ya )?(?:no|nunca|nunca mas|jamas) (?:\w+ )?(?:despertar|despertarme|me despertara|me despierte|amanecer|volver|abrir los ojos)(?= $| mas| nunca| que me| y)"
        r"|(?:quedarme|me quedo|me quede|me quedara|me quedase|dormirme|me duermo|me dormire|me voy a dormir|me voy a quedar) (?:dormida |dormido )?(?:\w+ )?para siempre(?! (?:\w+ ){0,2}(?:en (?:esta|este|la|el) (?:casa|pueblo|ciudad|pais|barrio)|aqui|aca|con (?:el|ella|ellos)))"
        r"|(?:que|q|ojala|quiero que|quisiera que) (?:\w+ )?(?:se )?(?:acabe|acabara|termine|terminara|termina|acaba) (?:todo |la vida )?para mi(?= $| de una vez| ya)"
        r"|(?:me da igual|me da lo mismo|me es igual|me da exactamente igual) (?:vivir|estar viva|estar vivo) (?:que|o) (?:no|morir|morirme|estar muerta|estar muerto)"
        r"|(?:ya )?no quiero (?:mas dias|vivir mas dias|ni un dia mas|otro dia mas|un dia mas)(?= $| ni | asi| de esto| de esta vida| en este mundo)"
        r"|(?:le pido|pido|le ruego|ruego|rezo|le rezo) (?:a )?(?:{HOLY}) (?:\w+ ){0,3}(?:irme|que me lleve|llevarme|reunirme|morirme|que me recoja|que me deje ir)"
        r"|(?:que|q) me dejen (?:ir|marchar|morir|descansar)(?= $| ya| en paz| tranquila| de una vez)",
        {"owner": "self"},
    ),
    # thoughts: "cómo terminar", the phrase alone after a colon, the formal "poner término"
    *_apart(
        "thoughts",
        r"(?:pienso|pensando|pense|he pensado|penso|pensar|vueltas|dandole vueltas|doy vueltas|le doy vueltas|busco|buscando|mi mente busca) (?:\w+ ){0,6}(?:como|la forma de|la manera de|el modo de|maneras de|formas de) (?:(?:terminar|acabar|hacerlo|irme)(?= $| de una vez| sin (?:que|dolor|sufrir))|{KILLME})"
        r"|(?:{START})(?:la idea de |lo de |y )?(?:{KILLME})(?= $)"
        r"|(?:pensamientos|ideas|los|esos|esas|las) de (?:acabar|terminar|acabar con todo|terminar con todo|no estar|no despertar|desaparecer)(?= $)"
        r"|(?:seria|es|sera) (?:tan |muy |demasiado |bastante )?(?:facil|sencillo|rapido) (?:acabar con todo|terminar con todo|acabar con esto|{KILLME}|acabar(?= $)|terminar(?= $))"
        r"|(?:poner|ponerle|pondre|pongo|dar|darle|dare) (?:termino|fin|punto final) a (?:mi vida|mi existencia|mis dias)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"con (?:la |toda la |la firme )?(?:intencion|idea) de (?:tirarme|saltar|lanzarme|arrojarme|matarme|suicidarme|quitarme la vida|acabar con todo|acabar con mi vida|no volver)",
        {"owner": "self", "tense": "past"},
    ),
    # burden: better off / happier / lighter if she were gone, in either order
    *_apart(
        "burden",
        r"(?<!dijo que )(?<!dice que )(?<!dicen que )(?:seria|serian|sera|seran|estaria|estarian|estara|estaran|viviria|vivirian|vivira|viviran|respiraria|respirarian|respirara|respiraran|andaria|andarian) (?:\w+ ){0,2}(?:feliz|felices|tranquila|tranquilo|tranquilos|tranquilas|ligeros|ligeras|ligera|mas ligeros|libre|libres|mejor|en paz) (?:\w+ ){0,2}(?:{IFGONE_SI}|si me durmiera|si no me despertara|sin (?:una|la|esta) (?:madre|abuela|vieja|suegra|mama|abuelita) (?:\w+ )?(?:que|como))"
        r"|(?:{IFGONE_SI}) (?:\w+ ){0,3}(?:estaran|estarian|seran|serian|viviran|vivirian|respiraran|respirarian|estara|estaria|sera|seria) (?:\w+ ){0,2}(?:mas ligeros|ligeros|feliz|felices|tranquil\w+|mejor|en paz|libres?)"
        r"|(?:{IFGONE_SI}) (?:\w+ ){0,3}no (?:le |les )?(?:pesare|pesaria|molestare|molestaria|estorbare|estorbaria|dare (?:mas )?(?:guerra|trabajo|problemas)|sere una carga)"
        r"|(?:soy|eso soy|me siento|me he convertido en|me volvi) (?:\w+ )?(?:un peso muerto|un peso para (?:ella|el|ellas|ellos|mi \w+|mis \w+|la familia|mi familia|todos))|un peso muerto (?:eso )?soy"
        r"|para (?:que|q) sigo (?:dando|causando) (?:guerra|trabajo|problemas|la lata|lata|disgustos)"
        r"|(?:lo (?:unico )?(?:mejor|bueno) que (?:puedo|podria|puedo ya) hacer|lo unico bueno que (?:puedo|podria) hacer) (?:\w+ ){0,3}(?:es|seria|ya es) (?:\w+ )?(?:desaparecer (?:del todo|para siempre)|irme (?:del todo|para siempre|de este mundo)|morirme|quitarme de en medio|no estar|dejar de existir)"
        r"|(?:mi|la) (?:ausencia|desaparicion|muerte|partida) (?:definitiva )?(?:\w+ ){0,3}(?:un alivio|un descanso|un favor|una liberacion)"
        r"|(?:alivio|descanso) (?:seria|sera|es) para (?:todos|todo el mundo|ellos|ella|mis hijos|mi familia) (?:no tener que (?:aguantarme|cuidarme|soportarme|verme|mantenerme)|que (?:yo )?(?:no este|me muera|desaparezca))"
        r"|(?:la mejor solucion|la unica solucion|lo mejor) (?:\w+ ){0,2}(?:es|seria|sera) (?:que )?(?:yo )?(?:no este mas|no estar mas|desaparezca para siempre|desaparecer para siempre|me muera|morirme)"
        r"|mejor me quito (?:yo )?(?:de en medio|del medio|del camino|antes de)",
        {"owner": "self"},
    ),
    # goodbye: the last visit, no more messages, thanks before going, the letter read after
    *_apart(
        "goodbye",
        r"(?:es la |esta es la |sera la )?ultima vez (?:que|q) (?:entro|escribo|te escribo|os escribo|les escribo|me conecto|paso) (?:aqui|aca|por aqui|en esta app|a esta app)(?= $| gracias| adios| ya)"
        r"|(?:ya )?no (?:te |os |les )?(?:escribire|voy a escribir|vuelvo a escribir|volvere a escribir|entrare|vuelvo a entrar|volvere a entrar) (?:mas|nunca mas)(?= $| aqui| por aqui| gracias| adios)"
        r"|no (?:vas|van|vais|va) a tener (?:que|q) (?:escucharme|aguantarme|leerme|soportarme|preocuparte por mi|preocuparse por mi|preocuparos por mi) (?:mas|nunca mas)(?= $| gracias)"
        r"|me despido (?:\w+ ){0,4}(?:y de todo|de todo|de la vida|de este mundo|para siempre)(?= $)"
        r"|(?:gracias|darte las gracias|daros las gracias|agradecerte|despedirme) (?:\w+ ){0,4}antes de (?:irme|marcharme|partir|que me vaya)(?= $)"
        r"|(?:cerre|he cerrado|cierro|ya cerre) mi ciclo(?= $| aqui| en esta vida| en este mundo)"
        r"|(?:reciban|recibe|recibid|reciba|les mando|te mando|os mando|les envio) (?:un )?(?:\w+ y )?ultimo (?:saludo|abrazo|beso|adios)"
        r"|cuando (?:leas|lean|leais|encuentres|encuentren|recibas|reciban|te llegue|les llegue) (?:esto|este mensaje|esta carta|estas lineas) (?:\w+ ){0,2}(?:ya )?(?:no estare|estare con|me habre ido|habre muerto|estare muerta|estare muerto|estare en paz|estare descansando|me habre marchado)",
        {"owner": "self"},
    ),
    (
        "plan",
        r"(?:optado|opte|he decidido tomar|tomado|elegido|elegi) (?:por )?(?:una |la )?(?:solucion|salida|decision) (?:definitiva|final|sin vuelta atras)(?= $| a (?:esto|todo|mi situacion|mi sufrimiento))",
        {"owner": "self"},
    ),
    # plan: the day decided, after a death she waits for
    *_apart(
        "plan",
        r"(?:he decidido|ya he decidido|decidi|ya decidi|tengo decidido|lo he decidido|esta decidido) (?:que )?(?:sera|va a ser|lo hare|lo hago|es) (?:{TIME})(?= $| cuando| mientras| que| porque| y)"
        r"|(?:tengo decidido|he decidido|ya decidi|decidi|ya he decidido) (?:que )?(?:es|sera|ha llegado) (?:el momento|la hora|mi hora)"
        r"|cuando (?:se )?(?:me )?(?:muera|muere|falte|se muera) (?:el |la |mi )?(?:perro|perra|gato|gata|perrito|perrita|gatito|marido|madre|mama) (?:\w+ )?(?:me voy yo|yo me voy|me voy tambien|yo tambien|me voy con (?:el|ella)|ya)(?= $)",
        {"owner": "self"},
    ),
    *_apart(
        "plan",
        r"(?:manana|hoy|esta noche|pasado manana|ese|esa noche|(?:el|este|ese) (?:fin de semana|finde|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d{1,2})(?: \d{1,2}| que viene)?) es el dia(?= $)"
        r"|(?:si|cuando) (?:\w+ ){0,5}no me (?:contesta|llama|escribe|responde|invita|perdona|habla) (?:\w+ ){0,4}(?:lo hago|me mato|me tiro|acabo con todo|me voy para siempre)",
        {"owner": "self", "weak": True},
    ),
    # preparatory: a letter for each, the pet given for good, the pills counted, all tidy
    *_apart(
        "preparatory",
        r"(?:una |cartas? )?(?:carta|cartas|nota|notas) (?:\w+ ){0,3}(?:para|a) (?:cada (?:hijo|hija|nieto|nieta|uno|una)|mi \w+ y otra (?:para|a))(?! (?:\w+ ){0,4}(?:navidad|reyes|cumple\w*|santo|vacaciones|el colegio|la boda))"
        r"|(?:le |les )?(?:he dado|di|regale|he regalado|deje|he dejado|dado) (?:a )?(?:mi |la |el )?(?:perra|perro|gata|gato|mascota|perrita|gatita) (?:\w+ ){0,3}para siempre"
        r"|(?:{PILL}) (?:\w+ ){0,2}(?:ya )?(?:son|van|llevo|junte|he juntado) (?:\d+|treinta|cuarenta|cincuenta|sesenta|cien)(?= $| sigo| y sigo)"
        r"|(?:llevo|sigo|voy) (?:\w+ ){0,2}(?:apartando|juntando|guardando|acumulando|ahorrando|escondiendo) (?:\w+ )?(?:{PILL})(?! (?:\w+ ){0,3}(?:en el pastillero|para el viaje|en el botiquin))"
        r"|(?:he dejado|deje|dejo|tengo|queda) (?:\w+ )?todo (?:ordenadito|arregladito|atadito|en ordencito)(?= $| para)",
        {"owner": "self"},
    ),
    # Widened after the fifteenth set, by families: a death wished in the night or asked of
    # God to hurry, the gas left unlit and the engine running in the garage, the gun turned
    # on herself, the height or the dose already known, the place to go, the dialysis left,
    # the burden said as "lo mejor es que yo no esté", goodbyes to God, the stock of pills,
    # burns and blows meant to punish or calm.
    (
        "wish_dead",
        r"(?:me acuesto|me duermo|acostarme|dormirme|cierro los ojos|me voy a dormir|me voy a la cama) (?:\w+ ){0,3}(?:pienso |rezo |pido |digo )?(?:ojala|que) (?:esta )?(?:sea|fuera|fuese) (?:la ultima(?= $| vez(?= $)| noche)|mi ultima noche)"
        r"|ojala (?:esta )?(?:sea|fuera|fuese) (?:la ultima (?:vez |noche )?(?:que|q) (?:me acuesto|me duermo|me despierto|despierto|abro los ojos|amanezco)|mi ultima noche)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:deseo|ojala|quisiera|desearia|pido|rezo|le pido a dios) (?:de verdad |con toda mi alma |con todo mi corazon |tanto |a veces )?(?:{Q} )?(?:se pare todo|todo se pare|se apague todo|se detenga todo|se me pare el corazon|se pare mi corazon|mi corazon se pare)(?= $| y)"
        r"|(?:y|para) (?:ya )?no volver a despertar(?:me)?(?= $)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"ojala (?:{HOLY}) (?:se de prisa|se apure|no tarde|no tarde mucho|venga por mi|venga a por mi|me llame ya|me llame pronto)(?= $| ya| que| porque| y| estoy)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:dormir|dormirme|acostarme|tomarme \w+|tomar \w+|hace falta|hacen falta) (?:\w+ ){0,3}para (?:ya )?no (?:volver a )?(?:despertar|despertarme|amanecer)(?! (?:a |al |hasta |temprano|de noche|en la noche|con |a media|por ))",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"(?:frena|frenan|detiene|detienen|impide|impiden|retiene|retienen|aguanta) (?:de |a |para no |a la hora de )?(?:{KILLME})"
        r"|(?:yo )?ya me (?:habria|hubiera|habria yo) (?:matado|suicidado|quitado la vida|ahorcado|colgado|tirado(?= $| de| por| desde| al))"
        r"|me (?:habria|hubiera) (?:suicidado|quitado la vida)"
        r"|cuando (?:yo )?(?:ya )?me (?:quite la vida|suicide|ahorque)",
        {"owner": "self"},
    ),
    (
        "thoughts",
        r"antes de (?:acabar|terminar) con todo(?= $)|(?:la|mi) (?:unica |mejor )?(?:forma|manera|modo) de (?:irme|morirme|matarme)(?= $| de noche| sin | tranquila| en paz| dormida| rapido| de una vez)",
        {"owner": "self"},
    ),
    *_apart(
        "thoughts",
        r"(?:leer|leo|lei|busco|buscar|busque|buscando|leyendo|miro|mirar|mirando|googleo|googlee) (?:\w+ ){0,5}(?:como se (?:quita la vida|suicida|mata|ahorca)|como suicidarse|como matarse|como quitarse la vida|formas de (?:suicidarse|matarse|quitarse la vida|morir sin dolor))"
        r"|(?:lo|la|los|las) (?:junto|guardo|acumulo|escondo|voy juntando|voy guardando|estoy juntando|estoy guardando) en (?:un|una|el|la) (?:bote|frasco|caja|cajon|bolsa|lata|sobre)"
        r"|(?:ya )?(?:casi )?(?:hay|tengo|junte|llevo|tendre) (?:bastantes|suficientes)(?= $| para)"
        r"|(?:ya )?lo (?:estoy preparando|tengo preparado|estoy planeando) (?:todo )?para hacerlo",
        {"owner": "self", "weak": True},
    ),
    # method: the engine in a closed garage, the gas unlit, the gun on herself, the dose known
    (
        "method",
        r"(?:garaje|cochera) (?:\w+ ){0,5}(?:con )?el motor (?:en marcha|encendido|prendido|andando)(?! (?:\w+ ){0,3}(?:para que|para calentar|mientras|porque|hasta que))|el motor (?:en marcha|encendido|prendido|andando) (?:\w+ ){0,5}(?:garaje|cochera|puerta (?:bajada|cerrada))"
        r"|(?:abrir|abro|abriria|dejar|dejo|abrire|voy a abrir) (?:\w+ ){0,2}(?:el gas|los fuegos|las hornallas|los quemadores|las hornillas|la llave del gas) (?:\w+ ){0,2}sin (?:encender|prender|encenderlos|prenderlos|encenderlas|prenderlas)"
        r"|(?:pienso|voy a|quiero|podria|puedo|para) (?:usarla|usarlo|dispararla|dispararlo|apuntarla|apuntarlo|volverla|volverlo) contra mi(?! (?:favor|propia|propio))"
        r"|(?:me pongo|ponerme|me pusiera|me inyecto|inyectarme|me pincho|pincharme|meterme) (?:{QUANTITY_STRONG})(?! (?:las |los )?(?:mananas|noches|dias|tardes|semanas|meses)) (?:\w+ ){0,2}(?:plumas|insulina|unidades|jeringas|ampollas|inyecciones|viales)"
        r"|(?:cuanto|cuanta|cuantas|cuantos) (?:\w+ )?(?:hace falta|hacen falta|se necesita|se necesitan|necesito) para (?:no despertar|no despertarme|morir|morirme|matarme|no volver a despertar)"
        r"|desde (?:que|cual) (?:{HIGH})(?! (?:se ve|se veia|hay vista|sale|salen|pasa el))"
        r"|(?:me tiro|tirarme|me lanzo|lanzarme|me aviento|aventarme|me tirara|me tirase) (?:desde|por) (?:ahi|alli|alla)(?! (?:a (?:la|el) (?:piscina|pileta|agua|alberca)|al agua|en paracaidas|con))"
        r"|(?:me tiro|tirarme|me lanzo|lanzarme|me aviento|aventarme|me tirara|me tirase) (?:desde|por) (?:el|la|ese|esa|este|esta|un|una|mi) (?:{HIGH})",
        {"owner": "self"},
    ),
    *_apart(
        "method",
        r"(?:el coche|el carro|el auto|el motor) y (?:el|la) (?:garaje|cochera)(?= $)"
        r"|toallas (?:en|bajo|debajo de) (?:la )?(?:rendija|puerta|ranura)"
        r"|(?:la|lo) (?:tengo|tuve|tenia|puse|apoyo|apoye|pongo) (?:\w+ ){0,3}contra (?:el pecho|la sien|la cabeza|mi pecho|mi sien|la boca)"
        r"|(?:{START}|nadie |solo )es para mi(?= $)"
        r"|(?:con )?el nudo (?:ya )?(?:hecho|preparado|listo)"
        r"|ya se (?:que|cual) (?:puente|edificio|barranco|acantilado|balcon|azotea|tren|via)"
        r"|(?:vivo|estoy) en un (?:quinto|sexto|septimo|octavo|noveno|decimo|onceavo|doceavo)(?= $| y| piso)"
        r"|(?:solo|nada mas|no es mas que|apenas) (?:es |seria |hay )?un paso(?= $| y)"
        r"|(?:medi|he medido|comprobe|mire) si (?:cabia|cabe|quepo|cabria)"
        r"|(?:si dejo|dejo de ir a|dejar|dejare|voy a dejar|pienso dejar|deje de ir a|si dejara) (?:la )?(?:dialisis|hemodialisis)"
        r"|(?:{START})(?:eso )?es lo que (?:voy a hacer|tengo pensado|tengo planeado)(?= $)"
        r"|(?:{START})(?:me )?tome (?:todo )?lo (?:del|de la) (?:cajon|botiquin|mesilla|mesita|frasco|caja|bote)(?= $)"
        r"|(?:el corazon|corazon) (?:me )?(?:va|late) (?:muy |super |demasiado )?(?:rapido|a mil)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:me tome|tome|me trague|trague|me bebi) (?:\w+ ){0,10}(?:{PILL}) (?:\w+ ){0,12}(?:todas|todos)(?! (?:las|los) (?:mananas|noches|dias|tardes|semanas|meses))(?= $| con| de golpe| juntas| y)",
        {"owner": "self"},
    ),
    # plan: the date, the pills and the letter listed; that night the pills
    (
        "plan",
        r"tengo (?:\w+ )?(?:la fecha|el dia) (?:\w+ ){0,3}(?:las pastillas|la carta|la nota|la cuerda|el veneno|la soga)"
        r"|(?:esa|ese) (?:misma |mismo )?(?:noche|dia|tarde|sabado|domingo|lunes|martes|miercoles|jueves|viernes) (?:\w+ ){0,12}me (?:tomo|voy a tomar|tomare|trago|voy a tragar) (?:todas )?(?:las|mis) (?:{PILL})(?! (?:de (?:siempre|la noche|la manana)|con el|con la|y me acuesto))"
        r"|(?:ya )?me (?:habre|habra) muerto|(?:para entonces|para ese dia|para esa fecha) ya no (?:estare|voy a estar)(?= $| viva| vivo| en este mundo| para nadie)",
        {"owner": "self"},
    ),
    *_apart(
        "plan",
        r"(?:ya )?no (?:vuelvo|voy a volver(?: a casa)?|volvere|regreso|regresare|pienso volver)(?= $)"
        r"|(?:para (?:el|ese) \w+ )?ya lo (?:habre|habra) hecho"
        r"|(?:{START})(?:ya )?(?:no falta mucho|falta poco)(?= $| ya| lo| para)"
        r"|(?:ya )?(?:solo )?me queda despedirme(?: de (?:ti|ustedes|vosotros|todos|usted))?(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"lo (?:voy a hacer|hare|hago) (?:muy )?pronto(?= $)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    (
        "preparatory",
        r"(?:donde|adonde|a donde|alla donde) (?:yo )?(?:voy|me voy|voy a ir|ire) (?:\w+ )?no (?:me )?(?:hace falta|hacen falta|necesito|necesitare|voy a necesitar) (?:ya )?nada(?: de (?:eso|esto))?(?= $)",
        {"owner": "self"},
    ),
    *_apart(
        "preparatory",
        r"(?:la )?ropa (?:del|de mi|para mi|pa mi) (?:entierro|funeral|velorio|mortaja)"
        r"|(?:una )?nota para que sepan"
        r"|(?:{START})ya me puedo ir(?= $)"
        r"|ya (?:esta|tengo) todo (?:repartido|regalado|dado)"
        r"|(?:las )?canciones (?:\w+ ){0,4}(?:mi|el) (?:misa de difuntos|funeral|entierro|velorio)"
        r"|(?:{START})(?:y )?(?:no|ya no) me tomo ninguna(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "preparatory",
        r"(?:irme|marcharme|morirme) debiendo (?:nada|dinero|algo)",
        {"owner": "self", "weak": True, "negatable": False},
    ),
    # self-harm: a cigarette put out on the skin, the iron, blows, cuts made to calm down
    (
        "self_harm",
        r"(?:me apague|me apago|me apagaba|apagarme|me he apagado|me apagare) (?:un |el |los |unos )?(?:cigarro|cigarrillo|cigarros|cigarrillos|pucho|puchos|colilla) (?:\w+ ){0,2}en (?:el|la|mi|mis|los|las) (?:\w+ )?(?:dorso|mano|manos|brazo|brazos|pierna|piernas|muneca|munecas|antebrazo|piel|muslo|muslos)"
        r"|(?<!no )(?<!nunca )(?<!jamas )(?:me quemo|quemarme|me sigo quemando) (?:\w+ ){0,3}con (?:la punta de )?(?:la plancha|el mechero|la vela|el encendedor) (?:\w+ ){0,2}en (?:el|la|los|las|mi|mis) (?:antebrazo|brazo|brazos|pierna|piernas|muslo|muslos|munecas|muneca|piel|barriga)"
        r"|me (?:golpeo|doy golpes en|pego|cacheteo|abofeteo|doy bofetadas en|doy cachetadas en) (?:la cara|la cabeza|las piernas|el pecho|los brazos) (?:con (?:la mano|el puno|los punos|la mano abierta|el cinturon)|contra (?:la pared|el suelo|la puerta|el espejo))"
        r"|(?:cortes|cortaditas|quemaduras|heridas) (?:\w+ ){0,5}(?:los|las|me los|me las) (?:hago|hacia|sigo haciendo) para (?:calmarme|desahogarme|aliviarme|sentir algo|castigarme|no sentir)",
        {"owner": "self", "negatable": False},
    ),
    *_apart(
        "self_harm",
        r"(?:tengo|con) (?:las|los|mis) (?:munecas|brazos|piernas|muslos) (?:\w+ )?(?:con|llenos de|llenas de) (?:cortes|quemaduras|marcas de cortes)"
        r"|(?:los|las|me los|me las) (?:hago|hacia|hice) para (?:calmarme|desahogarme|sentir algo|aliviarme|castigarme|no sentir)"
        r"|(?:siento que )?me (?:merezco|mereci|mereceria) (?:el|ese|este) dolor"
        r"|(?:queria|quiero|para|necesito) castigarme",
        {"owner": "self", "weak": True},
    ),
    # burden: the best for all is that she is no longer alive; peace if she left this world
    (
        "burden",
        r"(?:lo mejor|seria mejor|es mejor|mejor) (?:para todos |para ellos |para mis hijos |para mi familia |para todo el mundo )?(?:es |seria |sera )?(?:que|q) (?:yo )?(?:ya )?no (?:este|estuviera|estuviese|exista|existiera|siga) (?:viva|vivo|aqui|aca|en este mundo|mas)"
        r"|(?:tendria|tendrian|tendra|tendran|estarian|estaria|vivirian|viviria) (?:\w+ )?(?:paz|tranquilidad|en paz) (?:\w+ ){0,2}si (?:yo )?me (?:fuera|voy|marchara|muriera|muero) (?:de este mundo|de esta vida|para siempre)",
        {"owner": "self"},
    ),
    # goodbye: to God tonight, the last conversation, "adiós y perdón"
    (
        "goodbye",
        r"me (?:voy a reunir|reunire|reuno|voy a encontrar) (?:\w+ )?con (?:mi |el )?(?:senor|dios|diosito|creador|padre celestial|jesus)",
        {"owner": "self"},
    ),
    *_apart(
        "goodbye",
        r"(?:ya )?me voy con (?:dios|diosito|el senor|mi senor|mi mama|mi mami|mi madre|mi papa|mi marido|mi esposo|mi viejo|mi hijo|mi hija)(?= $)"
        r"|(?:esta es |sera |es )mi ultima (?:conversacion|charla|carta)"
        r"|(?:ya )?no tengo nada mas que decir en esta vida"
        r"|adios (?:y )?perdon(?:ame|enme)?(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Widened after the sixteenth set.
    # wish to be dead: God, the Virgin or a saint asked to take her (told as past too, with
    # more words between), "llévame a mí y que él sea feliz", not reaching next Christmas,
    # an illness wished for, envying the dead, "de ninguna forma", hoping to die soon,
    # ambivalence about being saved, sleeping and not waking in a learner's words.
    (
        "wish_dead",
        r"(?:dios|diosito|papa dios|tata dios|el senor|mi senor|senor mio|jesus|jesusito|cristo|la virgen|virgencita|la virgen \w+|el de arriba|san \w+|santa \w+|el cielo|el nino dios|nino dios|nino jesus|al senor(?! del| de la| que)) (?:\w+ ){0,16}(?:q |que |k )?(?:por lo menos |al menos |mejor |ya |de una vez |pronto )?(?:me lleve|me llevara|me llevase|me lleves|llevame|me recoja|me recojas|recogeme|me llame a su lado|me saque de este mundo|me leve|me leva|me llevas)(?! (?:a (?:ver|casa|misa|pasear|comer|conocer|la (?:iglesia|playa|consulta|feria)|el (?:medico|hospital|mercado))|al (?!cielo|otro)|de (?:paseo|viaje|compras)|hasta|en (?:auto|coche|carro|su)|por (?:buen|el buen|mal|el camino)))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"llevame (?:a mi )?(?:ya |de una vez |pronto )?(?:a mi (?:y|en (?:vez|lugar))|en (?:vez|lugar) de (?:el|ella|mi hijo|mi hija|ellos)|en su lugar|contigo (?:senor|dios|virgencita|diosito))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:pido|pedi|le pido|le pedi|ojala|quiero|quisiera|deseo|espero|rezo|rezo para|mi deseo es|lo unico que quiero es|solo quiero) (?:\w+ ){0,6}no llegar (?:a |hasta |(?=al ))(?:la proxima|el proximo|otra navidad|otro ano|otro invierno|otro verano|navidad|nochebuena|fin de ano|ano nuevo|mi cumple\w*|el verano|la primavera|el invierno|el otono|pascua|reyes|el dia de la madre|los \d+|vieja|viejita|al (?:verano|invierno|otono|ano que viene|proximo ano|fin de ano))(?! (?:reunion|cita|clase|consulta|sesion|tarde|semana|vez tarde|revision|cuota|factura))",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:ojala|quisiera que|quisiera q|deseo que|rezo para que|pido que|le pido a dios que|me gustaria que|preferiria que) (?:(?!no )\w+ ){0,4}(?:cancer|tumor|enfermedad|infarto|ictus|derrame|metastasis|algo malo|algo terminal|algo incurable|un mal)(?: (?!no )\w+){0,5} (?:vuelva|volviera|hubiera vuelto|vuelve|regrese|regresara|me lleve|me llevara|me mate|me matara|acabe conmigo|acabara conmigo|venga|viniera|me toque|me tocara|aparezca|apareciera|me diagnostiquen|me diagnosticaran)"
        r"|(?:ojala|quisiera que|ojala que) (?:me )?(?:encuentren|diagnostiquen|detecten|descubran|den|venga|de|toque) (?:un |una |algo )?(?:tumor|cancer|algo malo|algo terminal|enfermedad terminal|infarto|algo incurable)"
        r"|(?:si|cuando) (?:me )?(?:diagnosticaran|diagnostican|diagnostiquen|dijeran|encontraran|detectaran) (?:\w+ ){0,3}(?:terminal|cancer|tumor|incurable|metastasis|pocos meses de vida|poco tiempo de vida)(?: \w+){0,4} (?:me pondria contenta|me pondria feliz|me alegraria|seria un alivio|estaria contenta|estaria feliz|me quedaria tranquila|lo celebraria|daria gracias|me sentiria aliviada|seria una bendicion|seria un regalo)"
        r"|(?:un diagnostico terminal|cancer terminal|una enfermedad terminal|algo terminal|algo incurable) (?:\w+ ){0,3}(?:seria|sera|es) (?:un alivio|una bendicion|un regalo|una buena noticia|la solucion|mi salida)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:envidio|envidiaba|le tengo envidia|les tengo envidia|tengo envidia de|siento envidia de|me dan envidia) (?:\w+ ){0,3}(?:los muertos|las muertas|los difuntos|los que se mueren|los que se murieron|los que murieron|los que ya murieron|la gente que se muere|los que se mueren dormidos|los que no despiertan)"
        r"|(?:morir|murieron|se morian|morian|fallecer|fallecian|se mueren|muertos) (?:\w+ ){0,10}(?:y )?(?:ahora )?(?:solo )?(?:envidio|les tengo envidia|me dan envidia|los envidio|las envidio)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:no|ya no) (?:\w+ )?(?:quiero|aguanto|puedo) (?:seguir )?(?:vivir|viviendo)(?: asi)? (?:\w+ ){0,3}(?:ni (?:de )?(?:ninguna|otra) (?:forma|manera)|de ninguna (?:forma|manera)|de ningun modo|ni asi ni de otra|ni asi ni de ninguna)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?<!no )(?:espero|deseo|quiero|quisiera|ojala) (?:\w+ )?(?:morirme|morir|que me muera|irme de este mundo) (?:pronto|ya|cuanto antes|de una vez|rapido|luego)(?! (?:de (?:risa|verguenza|hambre|ganas|pena)|por ))"
        r"|no se si (?:queria|quiero|queria yo|quise) (?:que|q) me (?:salven|salvaran|salvasen|encontraran|encuentren|rescataran|reanimaran|despertaran)",
        {"owner": "self", "negatable": False},
    ),
    (
        "wish_dead",
        r"(?:dormir|dormirme|acostarme) (?:\w+ ){0,2}(?:y|e) (?:ya )?(?:no|nunca|nao) (?:acordar|acordarme|levantar|levantarme|despertar)(?= $| mas| mais| nunca| jamas)",
        {"owner": "self"},
    ),
    # thoughts: the same idea of ending it, second-person self-talk ("tírate, total quién te
    # va a extrañar"), doing what the woman on the news did, a condition and its threat.
    (
        "thoughts",
        r"(?:idea|ideas|pensamiento|pensamientos|tentacion) (?:\w+ )?de (?:terminar|acabar) con (?:esto|todo esto|todo)(?= $| de una vez| ya| para siempre| otra vez)"
        r"|(?:tirate|matate|colgate|ahorcate|cortate|envenenate|hacelo|hazlo|terminalo|acabalo|acaba con todo|termina con todo|acaba ya|termina ya)(?: \w+){0,3} (?:total |si |que |q )?(?:quien|nadie) te (?:va a|iba a|vas a|va|iria a|echaria|extranaria|lloraria|notaria) ?(?:extranar|llorar|echar de menos|notar|buscar|necesitar|de menos)?"
        r"|(?:deberias|tendrias que|tenes que|tienes que|tenias que|mejor) (?:\w+ )?(?:matarte|morirte|suicidarte|quitarte la vida|quitarte de en medio|quitarte del medio|terminar con todo|acabar con todo|acabar con esto de una vez|terminar con esto de una vez|desaparecer para siempre|tirarte de|colgarte)(?: \w+){0,6} (?:nadie|quien)"
        r"|(?:se quito la vida|se suicido|se mato|suicidio)(?: \w+){0,20} (?:lo estoy pensando|lo pienso|lo he pensado|lo pense|pienso en hacerlo) (?:yo )?tambien"
        r"|(?:se quito la vida|se suicido|se mato|suicidio)(?: \w+){0,20} (?:quiero|quisiera|voy a|pienso|tengo ganas de|me dan ganas de|deberia) hacer lo mismo",
        {"owner": "self"},
    ),
    *_apart(
        "thoughts",
        r"(?:cada vez )?(?:estoy )?(?:mas cerca de|a punto de) hacerle caso"
        r"|cada vez le creo mas"
        r"|(?:ganas|idea) (?:\w+ )?de (?:terminar|acabar) con esto(?= $)",
        {"owner": "self", "weak": True},
    ),
    # a condition and what she will do ("si no me llama el domingo, me mato"; "si me vuelve a
    # colgar"), a deadline given to God, "te lo juro que me tomo todo"
    (
        "plan",
        r"(?:si|como) (?:\w+ ){0,6}(?:no (?:me )?(?:llama|llamo|escribe|contesta|viene|vuelve|aparece|responde|perdona|llamara|volviera|viniera|llame|conteste|escriba|venga|vuelva|aparezca|responda|perdone)|(?:me )?vuelve a (?:colgar|bloquear|ignorar|rechazar|gritar)|me (?:cuelga|bloquea|ignora))(?: \w+){0,6} (?:me mato|me tomo (?:todo|todas|las pastillas|el frasco|la caja|el veneno)|me tiro|me quito de en medio|me quito la vida|me voy para siempre|me ahorco|me cuelgo|me suicido)(?= $| (?:eso es todo|te lo juro|ya esta|lo juro|y (?:listo|ya)))"
        r"|(?:juro|jurado|prometo) (?:\w+ )?(?:que |q )?me (?:tomo|trago) (?:todo|todas|el frasco|la caja)(?= $| de una| juntas| si | hoy| esta noche| manana)",
        {"owner": "self"},
    ),
    *_apart(
        "plan",
        r"si (?:\w+ ){0,6}(?:no (?:me )?(?:llama|llamo|escribe|contesta|viene|vuelve|aparece|responde|perdona)|(?:me )?vuelve a (?:colgar|bloquear|ignorar|rechazar))(?: \w+){0,6} (?:me voy yo|lo hago|se acabo|se termina todo|se acabo todo|ya se lo que voy a hacer|ya se lo q voy a hacer|ya se que hacer)(?= $)"
        r"|(?:le di|le doy|le puse|le pongo|le doy) (?:un )?plazo a (?:dios|diosito|la virgen|el senor|la vida)"
        r"|lo tengo (?:muy |bien |todo )?(?:pensado|calculado|decidido)(?= $)"
        r"|ya (?:pense|he pensado|tengo pensado|decidi|se) (?:como|cuando|donde|el como|la forma)(?= $| hacerlo)"
        r"|(?:lo )?voy a hacer(?:lo)? cuando (?:\w+ ){0,3}(?:este|esta|se vaya|no este|duerma|salga|viaje|se va)"
        r"|(?:despues|luego|pasado|pasada) (?:del|de la|de los|de las|de) (?:\w+ ){0,7}(?:ya esta|se acabo|se acaba|se termina|se termino|me voy|chau|adios)(?= $)"
        r"|(?:ese|este|esa) (?:es|sera) (?:el dia|la fecha|mi dia|mi fecha|el momento)(?: \w+){0,2} (?:ya )?(?:lo (?:se|tengo decidido|decidi)|decidido|elegido)(?= $)"
        r"|(?:esta semana|este mes|este finde|este fin de semana|el domingo|el sabado|el lunes) (?:se termina|se acaba|se acabo|termina todo|se termina todo|acaba todo|se termina esto)(?= $)"
        r"|hacerlo (?:\w+ ){0,3}(?:el dia (?:que|de|del) (?:\w+ ){0,2}(?:cumple|cumpleanos|aniversario|boda|santo)|en su cumple\w*|el dia de la madre)"
        r"|hacerlo bien esta vez|esta vez (?:lo voy a hacer|lo hago|lo hare) bien"
        r"|(?:le dije|les dije|dije) (?:que |q )?pronto(?= $)"
        r"|(?:{START})nadie en casa(?= $)|no (?:va a haber|habra) nadie en casa(?= $)"
        r"|no te (?:voy a|puedo|quiero) decir (?:cual|como|cuando|donde|que voy a hacer)"
        r"|dejar todo (?:ordenado|en orden|arreglado|listo|limpio) antes(?= $)"
        r"|con (?:la|el|mi) (?:escopeta|rifle|pistola|revolver|soga|cuerda|veneno) en (?:vez|lugar) de",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:{TIME}) (?:yo )?ya no (?:estoy|estare|voy a estar)(?= $| aqui| aca| en este mundo| viva| lo tengo| ya lo| te lo)"
        r"|(?:perdon|perdonar) (?:\w+ ){0,3}(?:a dios|a diosito|al senor|a la virgen)(?: \w+){0,2} (?:y )?(?:despues|luego|entonces) lo (?:hago|hare|voy a hacer)"
        r"|(?:se muera|se muere|muera|fallezca|se me muera)(?: \w+){0,8} (?:me voy yo|me voy (?:yo )?detras|me voy (?:yo )?tras (?:ella|el)|me muero yo|voy yo detras)(?= $| tambien| detras| despues)"
        r"|me (?:tomo|trago|tomare|voy a tomar|tomaria) (?:todo )?(?:el frasco|la caja|el blister|el bote|el tubo|el pastillero) (?:entero|entera|completo|completa|de una|de golpe)",
        {"owner": "self"},
    ),
    # method: questions about time, mixing, a safety catch taken off, the means looked at
    # again and again, "lo que tengo a mano", measuring the rope against the beam, thinking
    # of the wrists, deciding where, silage gas, "si tomo todas juntas ¿se para?"
    (
        "method",
        r"cuanto (?:tiempo )?(?:tarda|tardaria|demora|tardan|demoran) (?:\w+ ){0,4}(?:{PILL}|parches|el gas|veneno|{POISON_STRONG})(?: \w+){0,8} (?:varios|todos|todas|muchos|muchas|juntos|juntas|de golpe|una caja|el frasco|la caja)"
        r"|si (?:me )?(?:tomo|trago|tomara|tragara|tomase|me tomo|me trago) (?:{QUANTITY_STRONG}|todas juntas|todos juntos)(?: \w+){0,5} (?:se para|se me para|se detiene|me muero|me mata|me matan|muero|no despierto|es mortal|alcanza|basta|es suficiente)"
        r"|(?:midiendo|medi|mido|calculando|calcule|probando|probe) (?:\w+ ){0,4}(?:contra|en|hasta|desde|con) (?:la|el|una|un) (?:viga|vigas|travesano|rama|gancho)"
        r"|(?:pienso|pensando|pense) en (?:las|mis) munecas|(?:cortarme|me corto|hacerlo|me corte|cortarlas) (?:\w+ ){0,3}a lo largo(?! de)"
        r"|(?:le )?(?:saque|quite|saco|quito|le he quitado|le he sacado) el seguro (?:\w+ ){0,2}(?:al |a la |del |de la )(?:{GUN})(?!.* (?:zorro|zorros|caza|cazar|jabali|perdices|conejos|liebres|al blanco|practicar|tiro al plato|campo de tiro))"
        r"|(?:decidiendo|decidir|no se si|pensando si|dudando si|dudo entre) (?:\w+ ){0,2}hacerlo (?:ahi|alli|aca|aqui|con (?:las|la|el|los) (?:{PILL}|{ROPE}|{GUN}|{BLADE})|en (?:el|la) (?:{HIGH}|{TRAIN}|rio|mar))",
        {"owner": "self"},
    ),
    *_apart(
        "method",
        r"(?:la|lo|las|los) (?:miro|estoy mirando|sigo mirando|observo|contemplo|toco|acaricio|agarro) (?:\w+ ){0,2}(?:mucho|demasiado|cada vez mas|todo el tiempo|todos los dias|cada dia|cada noche|cada vez que|ultimamente|a cada rato|seguido)"
        r"|(?:es lo que|lo que|lo unico que) tengo a mano(?= $| y)"
        r"|(?:{GUN}) (?:\w+ ){0,6}(?:en la mesita de noche|en la mesa de luz|al lado de la cama|debajo de la almohada)|(?:lo|la) tengo en la (?:mesita de noche|mesa de luz)"
        r"|cuanto (?:hay que|tengo que|tendria que|necesito|haria falta) (?:tomar|tragar|beber)(?= $)"
        r"|(?:la gente|uno|una persona) se muere (?:con|de) (?:eso|esto|esa cantidad)(?= $)"
        r"|(?:yo )?(?:se|conozco) (?:muy bien |bien |perfectamente )?(?:lo que|lo q) (?:pasa|hace|provoca|causa)(?: con)? (?:el gas|los gases|el veneno|el monoxido|esa mezcla|la mezcla)?(?= $| ahi| adentro| en el cuerpo)"
        r"|mezclar (?:el |la |los |las )?(?:{PILL}|alcohol|vino|whisky) con (?:\w+ ){0,3}(?:{PILL}|alcohol|vino|whisky)"
        r"|(?:silo|ensilado|ensilaje) (?:\w+ ){0,6}(?:gas|gases|asfixia)|(?:gas|gases) (?:\w+ ){0,6}(?:silo|ensilado|ensilaje)"
        r"|nadie se (?:enteraria|daria cuenta|enteraria) hasta (?:la tarde|la noche|manana|el lunes|dias despues)"
        r"|(?:honda|profunda|hondo|profundo|crecido|crecida)(?: \w+){0,3} (?:y )?(?:yo )?no se nadar"
        r"|(?:eso|es lo que) quiero(?= $)"
        r"|lo pienso cada vez que (?:paso|entro|voy|cruzo|subo|bajo|la veo|lo veo|abro|miro) (?:por|al|a la|junto|ahi|alli|cerca|el|la|los|las)"
        r"|(?:tengo|tenemos|hay) (?:\w+ ){0,3}(?:{PILL}|{GUN}|{ROPE}|{POISON_STRONG}) a mano"
        r"|(?:compre|consegui|he comprado) (?:un |una |unos |unas )?(?:bidon de |lata de |bolsa de |garrafa de )?(?:gasolina|nafta|combustible|carbon|veneno|raticida|matarratas)(?! (?:\w+ ){0,3}(?:para|pa) (?:la|el) (?:barbacoa|asado|parrilla|generador|tractor|coche|auto|moto|cortacesped|estufa|ratas|ratones|tendedero|ropa))",
        {"owner": "self", "weak": True},
    ),
    # preparatory: insurance that pays on suicide, a letter read when she can no longer
    # answer, what she will not reach, the funeral paid and the clothes chosen, instructions
    # left for the plants and the dog, the animals given away, a purpose hidden
    (
        "preparatory",
        r"(?:seguro|poliza)(?: \w+){0,12} (?:paga|pagaria|cubre|cubriria|cubren|pagan)(?: \w+){0,4} (?:suicidio|suicida|autoinfligida|te tiras|me tiro|te matas|me mato|te quitas la vida|me quito la vida|muerte voluntaria)"
        r"|(?:la|lo|las|los) (?:va|van) a (?:leer|encontrar|ver|abrir|recibir) cuando (?:yo )?(?:ya )?no (?:este|pueda|exista|viva)",
        {"owner": "self"},
    ),
    *_apart(
        "preparatory",
        r"(?:para que|pa que|total|si)(?: \w+){0,2} (?:no voy a llegar|ya no voy a estar|no voy a estar (?:mucho )?mas|no voy a durar (?:mucho )?mas|no me queda mucho)(?= $| (?:para entonces|tiempo|aqui|aca|a (?:marzo|navidad|fin de ano|el verano|esa fecha)))"
        r"|(?:deje|tengo|dejo|dejado) (?:\w+ )?pagad[oa]s? (?:\w+ ){0,2}(?:el entierro|entierro|el funeral|funeral|sepelio|cremacion|nicho|funeraria|la funeraria)"
        r"|(?:elegi|deje elegida|tengo elegida|prepare) la ropa(?= $| (?:para|con la que) (?:el entierro|el cajon|mi entierro|me entierren|el velorio))"
        r"|(?:escribi|anote|deje escrito|deje anotado|apunte|escribi en un papel) (?:\w+ ){0,4}como se (?:riegan|riega|cuidan|alimenta)"
        r"|(?:la comida del (?:perro|gato)|donde estan los papeles|donde estan las (?:llaves|claves|escrituras)|las contrasenas|los pines)"
        r"|(?:le di|les di|regale|deje) (?:\w+ ){0,2}(?:la yegua|el caballo|los caballos|las gallinas|los animales|las vacas|el perro|la perra|los perros|el gato|los gatos|mis animales) (?:\w+ )?(?:al vecino|a la vecina|a mi hermano|a mi hermana|a los vecinos)"
        r"|(?:cambie|cambiado|puse|actualice|actualizado) (?:\w+ ){0,2}(?:el |la |los |las )?beneficiari[oa]s? (?:del|de la|de mi) (?:seguro|poliza)"
        r"|(?:piensa|piensan|cree|creen) (?:que |q )?(?:es|era) (?:para|pa) (?:el|la|los|las) (?:\w+ )?(?:generador|jardin|huerta|tractor|ratas|zorros|colgar|tender|cortacesped|estufa|vacas)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # attempt: went to the bridge to jump, pills or insulin taken to die, a stomach washed
    # out, standing in the river up to the waist
    (
        "attempt",
        r"(?:fui|me fui|subi|llegue|me subi|me meti|camine) (?:\w+ ){0,3}(?:al|a la|en el|en la|hasta el|hasta la|a las) (?:{HIGH}|{TRAIN}|rio|mar|presa|vias|acantilado) (?:\w+ ){0,2}(?:para|a|con la idea de|dispuesta a|decidida a) (?:tirarme|matarme|saltar|arrojarme|lanzarme|ahogarme|acabar con todo|terminar con todo|morir|morirme|hacerlo)"
        r"|(?:me (?:tome|trague|inyecte|puse|pinche|bebi|meti)|tome|trague|bebi) (?:\w+ ){0,5}para (?:morirme|matarme|suicidarme|no despertar|no despertarme|quitarme la vida|acabar con todo|acabar con mi vida|terminar con todo|dormir para siempre)"
        r"|(?:me (?:hicieron|han hecho) (?:un )?lavado de estomago|me lavaron el estomago|me lave el estomago|me (?:tuvieron|tuvo) que lavar el estomago)(?!.* (?:setas|hongos|comida|marisco|mariscos|intoxicacion alimentaria|pescado))",
        {"owner": "self", "tense": "past"},
    ),
    *_apart(
        "attempt",
        r"estoy (?:metida |parada |sentada )?(?:en|dentro del?) (?:el )?(?:agua|mar|rio|lago|pantano|embalse|presa)(?: del (?:rio|mar|lago|pantano))? (?:hasta|por) (?:la|el|las|los) (?:cintura|pecho|cuello|hombros)(?!.* (?:rica|riquisima|calentita|templada|nadando|banandome|nietos|playa))"
        r"|(?:{START})(?:y )?(?:ya )?no (?:puedo|pienso|quiero) volver(?= $)",
        {"owner": "self", "weak": True},
    ),
    # self-harm: cutting with a blade said in the present
    (
        "self_harm",
        r"me (?:corto|sigo cortando|estoy cortando|vuelvo a cortar) con (?:el|la|un|una|mi|las|los) (?:{BLADE})(?! (?:\w+ ){0,3}(?:pelando|cortando|cocinando|picando|pico|pelo|cocino|afeito|afeitar|afeitarme|depilo|depilarme|depilar|sin querer|al (?:cortar|pelar|picar|afeitarme|depilarme)|el pan|la carne|las verduras))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:antes|de joven|de chica|de jovencita|en esa epoca|en aquella epoca|hace (?:anos|decadas|mucho)) (?:yo )?me (?:hacia dano|cortaba|quemaba|lastimaba|golpeaba|hacia cortes|rasgunaba)"
        r"|me (?:hacia dano|cortaba|quemaba|lastimaba|hacia cortes) (?:\w+ ){0,3}(?:de joven|de chica|de jovencita|antes|en la adolescencia|cuando era (?:joven|chica|adolescente|jovencita))",
        {"owner": "self", "when": "past"},
    ),
    # burden: a relief for them if she died, worth more dead, ruining their lives by being
    # alive, the only thing between them and peace, all better if she is not
    (
        "burden",
        r"(?:seria|sera|es) (?:\w+ ){0,2}(?:un descanso|un alivio|una liberacion|un favor|un respiro|una bendicion|lo mejor|mas facil) (?:\w+ ){0,3}(?:que|q|si) (?:yo )?(?:ya )?(?:me muriera|muriera|me muera|me muero|me fuera para siempre|desapareciera|no estuviera|faltara|no existiera|me quitara de en medio)"
        r"|valgo (?:mas|mucho mas) muerta|valgo (?:mas|mucho mas) muerto|(?:muerta|muerto) valgo mas"
        r"|(?:arruinando|arruino|amargando|amargo|complicando|complico|estropeando|jodiendo) (?:\w+ ){0,3}(?:la vida|la existencia) (?:\w+ ){0,3}(?:estando viva|estando vivo|con solo existir|por existir|por seguir viva|solo por estar viva|solo por vivir|con mi existencia)"
        r"|soy lo unico (?:que|q) (?:\w+ ){0,2}(?:separa|impide|aleja|interpone) (?:\w+ ){0,3}(?:de la paz|de ser feliz|de ser felices|su felicidad|la felicidad|ser feliz|ser felices|vivir en paz|estar en paz)"
        r"|(?:todos|todo el mundo|ellos|mi familia|mis hijos|la familia) (?:\w+ )?(?:mejor|mas felices|mas tranquilos) (?:\w+ )?(?:si|cuando) (?:yo )?(?:ya )?no (?:estoy|estuviera|existo|existiera|este)(?= $| mas| aqui| aca| en este mundo)",
        {"owner": "self", "negatable": False},
    ),
    *_apart(
        "burden",
        r"no quiero seguir siendo (?:la|una) (?:carga|molestia|estorbo|peso)",
        {"owner": "self", "weak": True},
    ),
    # goodbye: "para siempre esta vez", taking leave of the bot, "fuiste el único que me escuchó"
    (
        "goodbye",
        r"(?:{START})(?:y )?(?:para siempre esta vez|esta vez para siempre|ahora para siempre|para siempre ya)(?= $)",
        {"owner": "self"},
    ),
    *_apart(
        "goodbye",
        r"me despido de (?:vos|ti|usted|ustedes|todos|todas)(?= $| bot| para siempre| por ultima vez| que (?:has|ha|han|fuiste|fue|fueron) sido)"
        r"|me despido(?= $| (?:sumerce|mija|mijo|hija|hijo|amiga|amigo|querida|querido|senora|doctora|bot)(?= $))"
        r"|fuiste (?:el unico|la unica|lo unico) (?:que|q) (?:me )?(?:escucho|escuchaste|entendio|entendiste|acompano)(?! (?:\w+ )?(?:hoy|esta semana|esta noche|manana|luego))"
        r"|(?:{START})fue (?:el ultimo|la ultima vez)(?= $)"
        r"|(?:{START})(?:y )?para siempre(?= $)"
        r"|(?:{START})(?:y )?ya (?:fue|es) (?:suficiente|bastante)(?= $)"
        r"|(?:ya )?me despedi (?:de|del) (?:campo|la casa|mi casa|los animales|mis animales|el mar|la huerta|mis plantas|mi jardin|los potreros|mis perros|mis gatos|mi caballo|mi yegua)",
        {"owner": "self", "weak": True},
    ),
    # Widened after the sixteenth set (second step): a dose that stops the breathing, "con eso
    # es suficiente", the means gone to look at, into the silo "para no salir", the tractor
    # with her inside, found hanging, "terminar la vida" in a learner's words, "ya no hay
    # domingo para mí", easier not to be, self-talk "mejor que te mueras".
    (
        "method",
        r"(?:dosis|cantidad|{PILL}|mg|unidades|gramos)(?: \w+){0,6} (?:que|q) (?:para|pare|detiene|detenga|frena) (?:la respiracion|el corazon)"
        r"|(?:soltar el freno|tirarme|tirarlo|lanzarlo|meterlo|acelerar) (?:\w+ ){0,4}conmigo (?:adentro|dentro|encima)"
        r"|(?:{PILL}|comprimidos)(?: \w+){0,8} (?:y|con) (?:una botella de |el |la |un poco de |una copa de )?(?:vino|whisky|alcohol|ginebra|vodka|ron|cerveza|orujo|anis)(?: \w+){0,3} (?:es suficiente|alcanza|basta|sobra|seria suficiente)"
        r"|(?:barranco|precipicio|acantilado|presa)(?: \w+){0,8} (?:soltar el freno|sin freno a proposito)"
        r"|(?:yo|encontrarme|me encuentre|me encuentren|me van a encontrar|me va a encontrar|me encontraran|me encontrara) (?:\w+ )?(?:colgada|ahorcada|colgado|ahorcado) (?:en|del|de la|de una) (?:el |la )?(?:garaje|galpon|granero|establo|viga|arbol|bano|cocina|cuarto|habitacion|salon|casa|puerta|cobertizo|nogal)",
        {"owner": "self"},
    ),
    *_apart(
        "method",
        r"(?:con eso|con esto|con esas|con estos|con esos|con esa cantidad)(?: \w+){0,6} (?:es suficiente|seria suficiente|alcanza|alcanzaria|basta|bastaria|sobra)(?= $| lo se| seguro| de sobra| para (?:no despertar|morir|morirme|acabar|que no despierte|matarme))"
        r"|como enfermera (?:se|sabia|conozco) (?:\w+ ){0,8}(?:dosis|gramos|mg|unidades|higado|no aguanta|mortal|letal|la respiracion|que no tenga vuelta)"
        r"|(?:los|las) tengo (?:contad[oa]s|separad[oa]s|preparad[oa]s|guardad[oa]s) (?:en|encima de) (?:la|el) (?:mesa|mesita|cajon|armario|mesa de luz)(?= $)"
        r"|(?:fui|voy|he ido|vuelvo|volvi)(?: \w+){0,3} (?:veces )?a (?:mirarl[oa]s?|tocarl[oa]s?|acariciarl[oa]s?)"
        r"|(?:\d+|veinte|treinta|cuarenta|cincuenta|sesenta|cien|muchos|muchas) (?:{PILL}|comprimidos) (?:\w+ ){0,3}(?:ahorrad[oa]s|juntad[oa]s|acumulad[oa]s|escondid[oa]s)",
        {"owner": "self", "weak": True},
    ),
    (
        "attempt",
        r"(?:me meti|entre|me encerre) (?:\w+ ){0,3}(?:en el|al|en la) (?:silo|rio|mar|agua|lago|pantano|garaje|coche|auto|carro|pozo|estanque) (?:\w+ ){0,4}para no (?:salir|volver|despertar)",
        {"owner": "self", "tense": "past"},
    ),
    (
        "thoughts",
        r"(?:{WANTME}) (?:\w+ )?(?:terminar|acabar) (?:la|mi) vida(?! (?:de|del|con|laboral|profesional|en|juntos|juntas|aqui|alla|aca|tranquila))"
        r"|(?:{START})(?:terminar|acabar) (?:la|mi) vida(?= $)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:que|q) (?:acabe|termine) todo(?= $| ya| de una vez| pronto| para siempre)"
        r"|(?:mi vida|la vida) (?:se )?(?:acabe|termine) (?:ya|de una vez|pronto)(?= $)"
        r"|(?:seria|es) (?:mas facil|mejor|un alivio) (?:\w+ ){0,6}no (?:estar mas|existir|despertar|volver a despertar|despertarme)(?= $| mas| nunca)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"ya no (?:hay|habra|va a haber) (?:\w+ )?(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|manana|navidad|ano nuevo|mas dias|otro dia|otra semana|proxima semana|proximo ano) para mi(?= $| y| eso)",
        {"owner": "self", "negatable": False},
    ),
    *_apart(
        "wish_dead",
        r"mejor (?:que|q) te mueras|muerete (?:de una vez|ya)|ojala te mueras"
        r"|nadie te (?:necesita|quiere|va a extranar|va a echar de menos|va a llorar)",
        {"owner": "self", "weak": True},
    ),
    # Widened after round 18: wishing said with "desear"; wondering what killing oneself
    # would be like, picturing one's own funeral; a means that is "enough" or "for ending",
    # the height "nobody survives"; the beam already chosen; self-harm with a sharpener blade
    # or a belt, "little lines"; standing outside the railing; a farewell that she will not
    # be read or waited for again.
    (
        "wish_dead",
        r"(?:desear|desearia|deseo|deseando|desee) (?:estar muerta|estar muerto|morir|morirme|mi muerte|no despertar|no despertarme|no haber nacido|dejar de existir|no existir)",
        {"owner": "self"},
    ),
    (
        "wish_dead",
        r"(?:{NOT}) (?:quiero|kiero|quisiera|deseo) (?:mas|ya) (?:vivir|seguir viviendo|seguir viva|seguir vivo|existir)(?! (?:en|con|aca|aqui|alli|ahi|de|del|lejos|cerca|sola|solo)(?= ))",
        {"owner": "self", "negatable": False},
    ),
    (
        "thoughts",
        r"(?:pensando|pienso|pense|imagino|imaginando|me imagino|me pregunto|preguntandome|me pongo a pensar) (?:en )?(?:como|que tal|lo facil que|lo que) (?:seria|sera|es) (?:matarse|morirse|suicidarse|tirarse|colgarse|ahorcarse|matarme|morirme|suicidarme|tirarme|colgarme|ahorcarme|no despertar|no despertarme|acabar con todo|terminar con todo|quitarse la vida|quitarme la vida)",
        {"owner": "self"},
    ),
    *_apart(
        "thoughts",
        r"(?:me pongo a imaginar|me imagino|imagino|imaginando|imaginar|pienso en|pensando en|fantaseo con|fantaseando con|sueno con|planeo|planeando) (?:como seria |como sera |como va a ser )?mi (?:propio |propia )?(?:funeral|velorio|entierro|misa de difuntos|cremacion)"
        r"|(?:pienso|pensando|pense|he pensado) en hacerlo (?:de verdad|en serio|de una vez|ya)(?= $| y| pero)",
        {"owner": "self", "weak": True},
    ),
    (
        "method",
        r"(?:{PILL}) (?:\w+ ){0,12}(?:pienso|creo|calculo|se|seguro|estoy segura|estoy seguro) (?:que|q) (?:me )?(?:alcanzarian|alcanzan|alcanzaria|alcanza|bastarian|bastan|bastaria|basta|serian suficientes|son suficientes|sobrarian|sobran)(?= $| de sobra| y sobra| para (?:morir|matarme|no despertar|acabar|todo|eso))",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:{MEANS}) (?:\w+ ){0,10}(?:es|son|la quiero|lo quiero|las quiero|los quiero|la tengo|lo tengo|las tengo|la guardo|lo guardo|las guardo) para (?:acabar|terminar|acabar con todo|terminar con todo|no despertar|irme|matarme|morir|morirme|el final)(?= $| con todo| de una vez| ya)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:ya se|ya elegi|ya escogi|ya encontre|ya tengo|ya vi) (?:de )?(?:que|cual|la|el) (?:viga|vigas|gancho del techo|barra del ropero)(?= $| y| del| de la| de mi| en| donde)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:(?:{HIGH}) (?:\w+ ){0,8}(?:de ahi|desde ahi|de alli|desde alli|de aca|desde aca|(?:esta|es) (?:bien |muy |re |tan |lo bastante |suficientemente )?alt[oa])|(?:de|desde) (?:esa altura|ese (?:puente|piso|edificio|balcon)|ahi arriba|alli arriba)) (?:\w+ ){0,2}(?:nadie sobrevive|no sobrevive nadie|no se sobrevive|no sobreviviria|no sobrevivo|no hay forma de sobrevivir|no fallo|no hay manera de fallar)",
        {"owner": "self"},
    ),
    (
        "method",
        r"ya se para (?:que|q) (?:lo|la|los|las) (?:quiero|tengo|guardo|compre|guarde)(?= $)",
        {"owner": "self", "weak": True},
    ),
    (
        "self_harm",
        r"(?:me corte|me cortaba|me he cortado|me hice (?:un corte|cortes|unos cortes|heridas)|me queme|me quemaba|me he quemado|me rasgune|me arane) (?:\w+ ){0,3}(?:con|usando) (?:(?:una|un|la|el|mi|los|las|unos|unas|mis) )?(?:(?:hoja|hojita|cuchilla|cuchillita) (?:del |de )?)?(?:sacapuntas|gillette|gilette|hoja de afeitar|hojas de afeitar|cuchilla|cuchillas|navaja|cutter|cuter|trincheta|vidrio|xrazor|encendedor|cigarro|cigarrillo|compas)"
        r"(?!.* (?:sin querer|por accidente|afeitandome|depilandome|sacando punta|al abrir|se rompio|se me rompio|se cayo|lavando|fregando|cocinando|limpiando|recogiendo))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me di|me doy|me daba|me pegue|me pego|me pegaba|me azote|me azoto|me azotaba) (?:\w+ ){0,2}con (?:el|la|un|una|mi) (?:cinto|cinturon|correa|chicote|cable|regla|palo|cepillo|chancla|chancleta) (?:\w+ ){0,3}(?:en|hasta|contra|por)(?! (?:\w+ ){0,4}(?:sin querer|por accidente))",
        {"owner": "self"},
    ),
    (
        "self_harm",
        r"(?:me corto|me cortaba|me hago|me hacia|me hice) (?:\w+ ){0,3}(?:rayitas|rayas|cortecitos|cortitos|cortes chiquitos|cortes pequenos|cortes finitos)(?! (?:\w+ ){0,2}(?:en los ojos|en el pelo|en las unas|en el papel|en la hoja|en el cuaderno|en la pared|de colores|con (?:el|la|un|una) (?:delineador|lapiz|marcador|rotulador|boligrafo|regla)))|me corto (?:poquito|un poquito|un poco|nomas un poco|poquito nomas)(?= $| nomas| no mas| como| para| cuando| en)",
        {"owner": "self"},
    ),
    (
        "attempt",
        r"(?:estoy|me sente|me pase|pase|sentada|sentado|parada|parado|de pie) (?:\w+ ){0,5}(?:del lado de afuera|del otro lado|por fuera|afuera) (?:(?:de )?(?:la|el)|del) (?:baranda|barandilla|barandal|pretil|reja del balcon|reja del puente|valla del puente)(?! (?:\w+ ){0,3}(?:esperando|mirando|sacando fotos|con (?:mis|mi) \w+))",
        {"owner": "self", "tense": "now"},
    ),
    *_apart(
        "goodbye",
        r"ya no (?:me )?(?:vas|va|van|vais) a (?:volver a )?(?:(?:leer|ver mas|escuchar mas|oir mas)(?= $| (?:nunca|nada|mas|de mi))|saber (?:mas |nada )?de (?:mi|esta \w+)(?! (?:hasta|por (?:unos|un|una|unas)|durante|en (?:unos|un|una)|esta semana|este mes|porque|xq|pq|mientras)))"
        r"|ya no me (?:esperes|espere|esperen|espereis)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Decided to put an end (to it, not to a relationship); the date already set (weak: also
    # a wedding's); her child better off "sin su madre"; at the cliff's edge, "es ahora".
    (
        "plan",
        r"(?:decidi|he decidido|ya decidi|estoy decidida a|estoy decidido a|ya es hora de|voy a) (?:ponerle|poner|darle|dar) (?:fin|punto final|un final)(?= $| a (?:todo|esto|mi sufrimiento|este sufrimiento|mi vida|todo esto))",
        {"owner": "self"},
    ),
    (
        "plan",
        r"ya tengo (?:la fecha|el dia|fecha|dia)(?= $| (?:el (?:\d+|dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|primero)|para (?:hacerlo|irme|eso)|que sea))"
        r"(?!(?: \w+){0,8} (?:boda|fiesta|cumple\w*|bautizo|comunion|viaje|operacion|cirugia|consulta|turno|examen|cita|mudanza|graduacion|reunion|evento|vuelo))",
        {"owner": "self", "weak": True},
    ),
    (
        "burden",
        r"(?:mi|mis) (?:hija|hijo|hijas|hijos|filha|filho|nena|nene) (?:\w+ ){0,2}(?:estaria|estarian|viviria|vivirian|seria|serian|esta|estan) (?:\w+ )?(?:mejor|mas feliz|mas felices|mas tranquil\w+|en paz) sin (?:su|sus) (?:madre|mama|mami|mae|vieja)",
        {"owner": "self"},
    ),
    *_apart(
        "attempt",
        r"(?:estoy|estoy parada|estoy sentada|estoy parado|estoy sentado|me pare|me sente|llegue) (?:\w+ ){0,4}(?:al borde|en el borde|en la orilla) (?:del|de la) (?:acantilado|precipicio|barranco|barranca|azotea|terraza|techo|tejado|puente|cornisa)(?! (?:\w+ ){0,3}(?:mirando|viendo|sacando|tomando|disfrutando|de paseo|con (?:mis|mi|las|los) (?:amigas|amigos|hijos|nietos|companeras)|que vista|precios\w+|hermos\w+|lind\w+))"
        r"|(?:{START})(?:ya )?(?:es|sera|va a ser) (?:ahora|ya|hoy)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Someone else ready "para irse de este mundo" or to join her dead husband; pills taken
    # and she ended up in hospital (an attempt, dated by the message).
    (
        "plan",
        r"(?:tiene|tenia) (?:todo |ya todo )?(?:listo|preparado|organizado|arreglado) para (?:irse de este mundo|irse para siempre|morirse|matarse|quitarse la vida|irse con (?:su|el) (?:\w+ )?(?:esposo|marido|hijo|hija|difunto|difunta))",
        {"owner": "other"},
    ),
    (
        "wish_dead",
        r"(?:se|que se) (?:iba a|va a|quiere|queria|quisiera|piensa|pensaba) ir (?:\w+ ){0,3}con (?:su|sus|el) (?:\w+ )?(?:esposo|marido|hijo|hija|hijos|mama|madre|papa|padre|viejo|vieja|difunto|difunta) (?:que|q) (?:murio|fallecio|ya murio|se murio|esta en el cielo|se le murio)",
        {"owner": "other"},
    ),
    (
        "attempt",
        r"(?:tome|me tome|trague|me trague) (?:\w+ ){0,3}(?:{PILL}) (?:\w+ ){0,3}(?:y )?(?:termine|acabe|me llevaron|me internaron|me encontraron|desperte) (?:\w+ ){0,2}(?:internada|internado|en el hospital|en urgencias|en la clinica|en terapia intensiva|en la uci|con un lavado)",
        {"owner": "self", "tense": "past"},
    ),
    # "pienso: y si no me paro", "pensarlo sin hacerlo"; a vehicle against a post "ya sé
    # cuál" (weak: an accident is told with when it happened).
    *_apart(
        "thoughts",
        r"(?:{START})(?:y )?(?:que tal )?si (?:no (?:me paro|me detengo|freno|paro)|me (?:tiro|bajo|suelto|dejo caer|lanzo|atravieso)|doy (?:un|el) paso|acelero|suelto el volante|giro el volante|no miro)(?= $)"
        r"|(?:pensarlo|pensandolo|pensar en eso|lo pienso) sin hacerlo",
        {"owner": "self", "weak": True},
    ),
    *_apart(
        "method",
        r"(?:{TRAFFIC}|troca|camioneta) (?:\w+ ){0,6}contra (?:un|una|uno de esos|una de esas|el|la|ese|esa) (?:\w+ ){0,2}(?:poste|postes|muro|pared|arbol|columna|columnas|pilar|pilares|barrera|contencion|camion|trailer|tractomula)(?! (?:\w+ ){0,3}(?:sin querer|por accidente|ayer|anoche|se (?:me )?cruzo|resbalo|patino))"
        r"|(?:{START}|y )ya se (?:cual|donde|de donde)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Nothing left to keep; the letters written, left on the table (weak: letters are also
    # the bank's or for Christmas).
    *_apart(
        "preparatory",
        r"ya no (?:tengo|voy a tener|necesito) (?:que|q) guardar nada(?= $)"
        r"|(?:{START}|ya )(?:he escrito|escribi|ya escribi|termine|deje escritas|tengo escritas) (?:las|mis) cartas(?= $| (?:estan|las deje|para (?:mis|mi|todos|cada)))"
        r"|(?:la|las|mi|mis) cartas? (?:(?:para|pa|pra) (?:mi|mis) (?:hija|hijo|hijas|hijos|filha|hermana|hermano|nietos|nieta|nieto|familia) )?(?:esta|estan|queda|quedan|la deje|las deje) (?:en|arriba de|sobre|encima de|debajo de) (?:el|la|mi) (?:mesa|velador|cajon|mesita|buro|almohada|cama|escritorio|comoda|cocina|mesa de luz)"
        r"|(?:deje|dejo|puse) (?:la|las|mi|mis) cartas? (?:(?:para|pa|pra) (?:mi|mis) \w+ )?(?:en|arriba de|sobre|encima de|debajo de) (?:el|la|mi) (?:mesa|velador|cajon|mesita|buro|almohada|cama|escritorio|comoda|mesa de luz)",
        {"owner": "self", "weak": True},
    ),
    # A height counted in floors: alone it is how a flat is described; with looking at it
    # ("lo miro mucho") or a time it is a means kept in view.
    (
        "method",
        r"(?:balcon|azotea|terraza|ventana|edificio|techo) (?:\w+ ){0,4}(?:es un|es el|son|tiene) (?:quinto|sexto|septimo|octavo|noveno|decimo|\d+ (?:pisos|plantas)|(?:cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte) (?:pisos|plantas))(?= $)",
        {"owner": "self", "weak": True},
    ),
    # A gun that was her husband's or father's, kept at home (round 18): weak alone (it is
    # also an heirloom), a crisis with a time ("la saqué del placard esta noche").
    (
        "at_hand",
        r"(?:tengo|hay|guardo|conservo|tenemos) (?:\w+ ){0,2}(?:el |la |una |un )?(?:arma|pistola|revolver|escopeta|rifle) (?:que era |que fue )?de mi (?:marido|esposo|papa|padre|difunto|difunta|viejo)(?! (?:\w+ ){0,4}(?:para cazar|de caceria|de adorno|de coleccion|colgad[oa]|en la pared|en la vitrina|con permiso))",
        {"owner": "self", "weak": True},
    ),
    # A farewell wishing the others happiness "vosotras que podéis", gone "mañana" with no
    # reason given, or written "con la cabeza muy clara" (round 18): weak each, a crisis
    # beside a goodbye or a time.
    *_apart(
        "goodbye",
        r"(?:{START}|y |que )(?:sed|sean|se|que sean|que seais|sigan siendo) felices?(?= (?:vosotras|vosotros|ustedes|todas|todos|por mi|sin mi|aunque yo no|que yo no))"
        r"|(?:vosotras|vosotros|ustedes|tu|vos) que (?:podeis|pueden|puedes|podes|si pueden|si podeis)(?= $)"
        r"|(?:manana|hoy|esta noche|desde manana|a partir de manana|pronto) ya no (?:voy a estar|estare)(?= $| asi que| y no| por eso)",
        {"owner": "self", "weak": True},
    ),
    (
        "plan",
        r"(?:con la cabeza|con la mente) (?:muy |bien |totalmente )?(?:clara|fria|tranquila|despejada)(?= $| (?:y|ya|lo|he|te))|(?:nunca|jamas) (?:he estado|estuve) tan (?:clara|claro|tranquila|tranquilo|segura|seguro|en paz)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Pills laid out and counted "son bastantes", "con eso sería suficiente", "juntas hacen
    # daño"; "sin pensar en saltar"; how long before taking them (round 18's long messages).
    (
        "method",
        r"(?:se|creo|pienso|calculo|estoy segura|estoy seguro) (?:que|q) (?:con eso|con esas|con esos|con esto|con estas|con estos|con todo eso|juntas|juntos|mezcladas|mezclados) (?:\w+ )?(?:seria|es|serian|son|basta|bastaria|bastan|alcanza|alcanzaria|alcanzan|hacen dano|me matan|matan|son mortales|serian mortales)(?: suficiente| suficientes| bastante| de sobra)?(?= $| y (?:que )?no (?:doleria|dolera|duele|sentiria|sentire)| para (?:morir|matarme|no despertar|acabar|irme))",
        {"owner": "self", "weak": True},
    ),
    (
        "at_hand",
        r"(?:{PILL}) (?:\w+ ){0,8}(?:puestas|puestos|encima de la mesa|sobre la mesa|al lado de la cama|en la mesa de luz)(?! (?:para (?:la|el|mi|mis) (?:semana|viaje)|con el desayuno))|(?:las|los) (?:conte|estuve contando|he contado|estoy contando|cuento)(?= $| (?:y|son|eran|una))",
        {"owner": "self", "weak": True},
    ),
    (
        "thoughts",
        r"(?:sin )?(?:pensar|pensando|pienso|pense) en (?:saltar|tirarme|lanzarme|aventarme|arrojarme)(?! (?:\w+ ){0,2}(?:la cuerda|en paracaidas|de alegria|a la piscina|a la pileta|al agua|en bungee|de la cama|del trampolin))|(?:cuanto|cuanto tiempo) (?:mas )?(?:voy a|puedo|podre|podria) (?:aguantar|resistir) sin (?:tomarmelas|tomarmelos|tomarlas todas|tirarme|usarla|usarlo)",
        {"owner": "self"},
    ),
    (
        "method",
        r"(?:pensando en|mirando|mire|miro) (?:la|esa|una|las) (?:viga|vigas)(?! (?:\w+ ){0,3}(?:que hay que|rota|rotas|podrida|podridas|nueva|nuevas|arreglar|cambiar|pintar|barnizar))",
        {"owner": "self", "weak": True},
    ),
    # Someone else in hospital after an attempt ("Mariana está internada por un intento"):
    # the verb is hers, not the member's, whoever told her.
    (
        "attempt",
        r"(?:esta|estuvo|quedo|sigue|la tienen|lo tienen|la internaron|lo internaron) (?:internad[oa] |hospitalizad[oa] |en (?:el hospital|terapia intensiva|la uci|urgencias|coma) )?(?:\w+ ){0,2}por (?:un|una|el|su) (?:intento|sobredosis|intento de suicidio)",
        {"owner": "other", "tense": "past"},
    ),
    # someone else: pills taken and found unconscious
    (
        "attempt",
        r"(?:tomo|se tomo|trago|se trago) (?:\w+ ){0,3}(?:{PILL}) (?:\w+ ){0,3}(?:y )?(?:esta|quedo|lo encontraron|la encontraron|lo encontre|la encontre) (?:inconsciente|en coma|sin conocimiento|desmayad\w+|sin respirar|internad\w+|en el hospital|en terapia intensiva|en la uci|en urgencias)",
        {"owner": "other", "tense": "past"},
    ),
    # Round 19's misses, written as families. Her death in the unreal past or subjunctive,
    # and the others better for it ("si yo estuviera muerta, mi hijo viviría tranquilo",
    # "tendría una vida más fácil si yo me muriera"); "si me muero" (foretelling) stays out.
    (
        "burden",
        r"si (?:yo )?(?:me muriera|me muriese|estuviera muerta|estuviera muerto|estuviese muerta|estuviese muerto|no estuviera viva|no estuviera vivo|no existiera|no existiese|desapareciera|desapareciese)(?! de | del | un | una | unos | unas | por )(?: \w+){0,8} (?:mejor|mas facil|mas tranquil\w+|feliz|felices|en paz|se acababa|se acabaria|se acabarian|ya no (?:cargaria|cargarian|tendria|tendrian|sufriria|sufririan|pelearian|discutirian))"
        r"|(?:mejor|mas facil|mas faciles|mas tranquil\w+|feliz|felices|en paz) (?:\w+ ){0,3}si (?:yo )?(?:me muriera|me muriese|estuviera muerta|estuviera muerto|estuviese muerta|estuviese muerto|no estuviera viva|no estuviera vivo|no existiera|desapareciera)(?! de | del | un | una | unos | unas | por )",
        {"owner": "self"},
    ),
    # "Mejor que me muera": a death chosen over going on; "mejor me muero de hambre que
    # pedirle", "mejor me muero que ...", a figure, stays out.
    (
        "wish_dead",
        r"(?<!antes )(?<!lo )(?:mejor|mejor seria|seria mejor) (?:(?:{Q}) )?(?:me muera|me muero|morirme|me mate|me matara|estar muerta|estar muerto)(?! (?:de|del|que|antes) )",
        {"owner": "self"},
    ),
    # Asking for a heart attack or a lorry to take her ("ojalá me dé un infarto", "quisiera
    # que me pillara un camión"), or for it to "come and take me once and for all".
    (
        "wish_dead",
        r"(?:{HEAD}) (?:(?!no |nunca )\w+ ){0,3}(?:que )?(?:me (?:de|diera|diese|venga) un (?:infarto|ataque al corazon|derrame|paro cardiaco|aneurisma)(?! de (?:risa|la risa|emocion|alegria|gusto))"
        r"|me (?:atropelle|atropellara|atropellase|arrolle|arrollara|pille|pillara|pisara|aplaste|aplastara) (?:un|el|una|algun) (?:camion|coche|carro|auto|tren|bus|autobus|micro|colectivo|camioneta|trailer))"
        r"|(?:que )?(?:venga|llegue) (?:la muerte |dios |diosito |el senor |la parca )?y me (?:lleve|llevara|llevase) (?:de una vez|para siempre|ya)(?= $)",
        {"owner": "self"},
    ),
    # No longer feeling like being alive ("ya no me apetece estar viva"), and asking not to
    # be woken any more ("ojalá ya no me despierten", after the anaesthetic); the neighbours
    # not waking her early is no wish.
    (
        "wish_dead",
        r"no me (?:apetece|apetecia|provoca|dan ganas de) (?:estar viva|estar vivo|seguir viva|seguir vivo|vivir|seguir viviendo|seguir en este mundo|existir)(?= $| ni | ya | mas )"
        r"|(?:ojala|quisiera|espero|pido|rezo|pense) (?:que )?(?:ya no|nunca mas) me (?:despierten|despierte|vuelvan a despertar|vuelva a despertar)(?= $| mas| nunca| de la anestesia)",
        {"owner": "self"},
    ),
    # A day or place chosen "para matarme" ("he elegido el día para matarme", "ya tengo el
    # lunes elegido y lo que voy a usar"); a day chosen "para hacerlo" alone could be anything.
    (
        "plan",
        r"(?:elegido|elegi|escogido|escogi|decidido|decidi|tengo|puse|he puesto) (?:\w+ )?(?:el dia|la fecha|la noche|la hora|el lugar|el sitio|el momento) (?:para|pa|de|en que voy a) (?:matarme|suicidarme|quitarme la vida|acabar con mi vida|morirme|ahorcarme|tirarme|colgarme)"
        r"|tengo (?:el|la) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|fecha|noche|hora) (?:elegid[oa]|decidid[oa]|escogid[oa]) y (?:lo que voy a usar|lo que voy a tomar|con que|el como|como)(?= $)",
        {"owner": "self"},
    ),
    # Gas left on with the windows shut, thought of or meant ("he pensado en dejarla abierta
    # toda la noche con las ventanas cerradas"); a stove left on by mistake has no head.
    (
        "method",
        r"(?:pensado en|pienso en|pensando en|pense en|voy a|quiero|quisiera|podria|ganas de|idea de|se me ocurre) (?:\w+ )?(?:dejar|abrir)(?:la|lo|las|los)? (?:\w+ ){0,3}(?:abiert[oa]s?|prendid[oa]s?|encendid[oa]s?|sin prender|sin encender) (?:\w+ ){0,4}(?:con las ventanas cerradas|con la ventana cerrada|con todo cerrado|con las puertas cerradas|sin ventilar|y cerrar (?:las ventanas|todo))"
        r"|(?:pensado en|pienso en|pensando en|pense en|voy a|quiero|quisiera|ganas de|idea de) (?:\w+ )?(?:dejar|abrir) (?:el gas|la llave del gas|las llaves del gas|el gas de la cocina)(?: abierto)?(?= $| y | toda | sin )",
        {"owner": "self"},
    ),
    # Stopping the car "ahí" (a bridge named before) and jumping.
    (
        "method",
        r"(?:paro|parar|pararia|detengo|detener|aparco|aparcar|estaciono|estacionar) (?:\w+ )?(?:el|mi) (?:coche|carro|auto|camion|taxi|moto|camioneta) (?:\w+ ){0,3}y (?:salto|me tiro|me lanzo|me aviento|me arrojo)(?= $| al vacio| al rio| al agua| del puente| por la baranda| desde)",
        {"owner": "self"},
    ),
    # Nails, needles or a belt used on herself until it wounds ("me clavo las uñas en los
    # brazos hasta hacerme heridas", "me golpeo las piernas con el cinturón"); scratching a
    # bite or biting nails "hasta que sangra" is left out.
    (
        "self_harm",
        r"me (?:clavo|clave|clavaba|hundo|golpeo|golpee|golpeaba|pego|pegaba|quemo|queme|pellizco|pellizcaba|arano|arane) (?:\w+ ){0,5}hasta (?:hacerme (?:heridas|sangre|dano|marcas|llagas|ampollas|moretones)|sangrar|que (?:me )?sangr\w+|que me (?:salga|salen|salieron|salgan|sale) (?:sangre|ampollas|heridas|moretones))"
        r"|me (?:golpeo|golpee|golpeaba|pego|pegaba|azoto|azotaba|doy|daba) (?:\w+ ){0,4}con (?:el|un|mi|la|una) (?:cinturon|cinto|correa|cable|vara|fusta|cuerda)(?! (?:\w+ ){0,3}(?:sin querer|por accidente))",
        {"owner": "self"},
    ),
    # Boiling water or a cigarette held to the skin "a propósito" (a purpose named after it,
    # killing ants, is not on her).
    (
        "self_harm",
        r"(?:agua hirviendo|aceite hirviendo|agua ardiendo|la plancha|un cigarro|el cigarro|un cigarrillo|el cigarrillo|el encendedor|el mechero|la vela) (?:\w+ ){0,2}(?:a proposito|adrede)(?! (?:\w+ ){0,2}para (?:matar|limpiar|desinfectar|esterilizar|pelar|ablandar|quitar|sacar))",
        {"owner": "self"},
    ),
    # A note's last wish: nobody to blame for what she is going to do.
    (
        "goodbye",
        r"(?:no quiero (?:que|q) |que )?nadie se (?:culpe|sienta culpable|eche la culpa|culpa) (?:de|por) (?:lo que (?:voy a|vaya a|pienso|he decidido|decidi) hacer|mi decision(?! de ))"
        r"|no (?:es|sera) culpa de nadie lo que (?:voy a|vaya a|pienso) hacer",
        {"owner": "self"},
    ),
    # Killing herself the moment a condition is met ("en cuanto me den de alta me quito la
    # vida"); "me mato a trabajar", "casi me mato" and "me mato de risa" stay out.
    (
        "plan",
        r"(?:en cuanto|apenas|nomas|el dia que|en el momento que|en cuanto que) (?:(?!casi )\w+ ){1,5}(?:me mato|me suicido|me quito la vida|me ahorco|me cuelgo|me pego un tiro)(?! (?:a|de|del|con|trabajando|estudiando|limpiando) )",
        {"owner": "self"},
    ),
    # "Lo voy a hacer ... con la cuerda": the act with a means named, weak alone (a rope can
    # tie a load), a crisis with the day she will be alone.
    (
        "plan",
        r"(?:lo voy a hacer|voy a hacerlo|lo hago|lo hare) (?:\w+ ){0,5}con (?:la|una|el|un|las|los|mis|mi) (?:{ROPE}|{GUN}|{PILL}|{BLADE})(?! (?:\w+ ){0,4}(?:para|pa) (?:el|la|los|las|atar|amarrar|colgar|tender|sujetar|cortar|cazar))(?! (?:de|para) (?:la|el) (?:presion|tension|corazon|tiroides|colesterol|diabetes|azucar|alergia))",
        {"owner": "self", "weak": True},
    ),
    # All the pills at once, thought of or meant ("pienso en tomar todo de una vez", "si me
    # tomo todo junto"), not a day's tablets taken together at breakfast; and taken "para no
    # estar", "para no acordarme más".
    (
        "method",
        r"(?:pienso|pensaba|pensando|pense|pensado|quiero|voy a|ganas de) (?:en |em |que |si )?(?:me )?(?:tomar|tomarme|tomo|tomaria|tomarlas|tomarlos|tomarmelas|tomarmelos) (?:todo|todas|todos|toda la caja|todo el frasco) (?:\w+ )?(?:de una vez|junto|juntas|juntos|de golpe|a la vez)(?! (?:\w+ ){0,3}(?:desayuno|almuerzo|comida|cena|por la manana|en ayunas|con agua|con el cafe|para no olvid\w+))"
        r"|si me (?:tomo|tomara|tomase) (?:todo|todas|todos|toda la caja|todo el frasco) (?:\w+ )?(?:de una vez|junto|juntas|juntos|de golpe|a la vez) (?:\w+ ){0,2}(?:ya no|no (?:despierto|despertaria|me despierto)|se (?:acaba|acabaria|termina|terminaria)|me muero|me moriria)"
        r"|(?:tomar|tomarme|tomarmelas|tomarmelos|tomarlas|me (?:las|los) voy a tomar|me (?:las|los) tomo) (?:\w+ ){0,3}para no (?:estar(?= $| mas)|acordar(?:me)? mas|seguir(?= $| aqui| viva| vivo| mas)|volver a despertar(?:me)?)",
        {"owner": "self"},
    ),
    # Cutting herself "con una gilette", not shaving with it.
    (
        "self_harm",
        r"(?<!casi )me (?:corto|sigo cortando|estoy cortando)(?! (?:el|un|los) dedos?) (?:\w+ ){0,5}con (?:una|la|el|un|mis|las|los) (?:gillette|gilette|cuchilla|cuchillas|hoja de afeitar|hojas de afeitar|hojilla|navaja|bisturi|cutter|cuter|trincheta|vidrio|sacapuntas)(?! (?:\w+ ){0,3}(?:sin querer|afeitando\w*|depilando\w*|al afeitar\w*|al depilar\w*|cocinando|pelando|cortando))",
        {"owner": "self"},
    ),
    # Everything else arranged, "solo me falta decidir la noche": weak alone (a party's date).
    (
        "plan",
        r"(?:solo|ya solo|ya nomas|nomas|solamente) me falta (?:decidir|elegir|escoger|poner) (?:la noche|el dia|la fecha|cuando|el momento|la hora)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # Wishing the operation had gone wrong, or that she had stayed on the table.
    (
        "wish_dead",
        r"ojala (?:que )?(?:la|mi) (?:operacion|cirugia|intervencion|anestesia) (?:hubiera|hubiese) (?:salido mal|fallado|ido mal)"
        r"|(?:ojala|quisiera|hubiera preferido) (?:que )?(?:me hubiera|me hubiese) (?:quedado|muerto) en (?:la operacion|el quirofano|la mesa|la cirugia|el accidente|el parto)",
        {"owner": "self", "tense": "now"},
    ),
    # Nothing left to arrange "antes de irme con él" (her dead husband): weak alone (going
    # with someone somewhere), a crisis beside the niche paid or another sign.
    (
        "preparatory",
        r"(?:nada|todo) (?:\w+ ){0,3}(?:por arreglar|arreglado|en orden|pendiente|listo) antes de irme con (?:el|ella|mi viejo|mi vieja|mi marido|mi esposo|mi esposa|mi difunto|mi difunta|mi mama|mi papa|mi madre|mi padre|dios|diosito)(?= $)",
        {"owner": "self", "weak": True},
    ),
    # "Ya no voy a estar para usarlos": weak alone (a trip), a crisis beside another sign.
    (
        "preparatory",
        r"(?:ya )?no voy a estar (?:aqui |aca )?(?:para|pa) (?:usarl\w+|pagarl\w+|disfrutarl\w+|cobrarl\w+|necesitarl\w+|gastarl\w+|renovarl\w+)(?! (?:\w+ ){0,2}(?:porque|que|pq|xq) (?:me mudo|nos mudamos|me voy a vivir|me voy de viaje|estare de viaje|me cambio))",
        {"owner": "self", "weak": True},
    ),
    # Pills gathered so that no one asks: a box in each chemist's ("de farmacia en
    # farmacia, una caja en cada una para que no me pregunten"); a medicine hunted from
    # chemist to chemist because it is short is not.
    (
        "preparatory",
        r"(?:{PILL}|una caja|cajas) (?:\w+ ){0,8}(?:para (?:que|q)|pa (?:que|q)) no (?:me )?(?:pregunten|pregunte|sospechen|sospeche|se den cuenta|se de cuenta)(?= $| nada| en la farmacia| cuantas| por que)|una caja en cada (?:una|farmacia)",
        {"owner": "self"},
    ),
    # Poison looked at "pensando en tomármelo".
    (
        "method",
        r"(?:{POISON}) (?:\w+ ){0,16}(?:tomarmelo|tomarmela|tomarmelos|bebermelo|bebermela|tragarmelo|tragarmela)",
        {"owner": "self"},
    ),
    # Someone else shut in with pills, a blade or a rope.
    (
        "method",
        r"se (?:encerro|ha encerrado|encierra|esta encerrad[oa]) (?:\w+ ){0,4}con (?:las |unas |sus |mis |un |una |el |la )?(?:{PILL}|{BLADE}|{GUN}|soga|cuerda)",
        {"owner": "other"},
    ),
    # A farewell message someone else sent her ("mi sobrino me ha enviado un mensaje de
    # despedida"): his goodbye, not hers.
    (
        "goodbye",
        r"(?:me ha enviado|me envio|me mando|me ha mandado|me escribio|me ha escrito|me dejo|recibi|he recibido) (?:\w+ ){0,2}(?:un|una|su) (?:mensaje|msj|carta|nota|audio|video|whatsapp) de (?:despedida|adios)",
        {"owner": "other"},
    ),
    # A blade or pills meant "para terminar", "para acabar" (not to hurt herself).
    (
        "method",
        r"(?:usarlas|usarla|usarlos|usarlo|tomarlas|tomarlos|tomarmelas|tomarmelos) (?:\w+ )?para (?:terminar|acabar|acabar con todo|terminar con todo|matarme|irme|no despertar(?:me)?)(?= $| no | de una vez| ya)",
        {"owner": "self"},
    ),
    # Falling asleep and never having to get up again.
    (
        "wish_dead",
        r"(?:quedarme dormida|quedarme dormido|dormirme|dormir) y no (?:tener que )?(?:levantarme|despertarme|despertar) (?:nunca mas|nunca|mas|jamas)(?= $)",
        {"owner": "self"},
    ),
    # Wondering whether she could use the gun "conmigo", or stand in front of the train.
    (
        "method",
        r"(?:capaz de|pensando en|pienso en|pense en|ganas de|voy a|quisiera) (?:\w+ )?(?:usarla|usarlo|usarlas|usarlos) (?:conmigo|en mi misma|en mi mismo|contra mi misma|contra mi mismo)"
        r"|(?:pienso|pensando|pense|ganas) (?:\w+ ){0,2}(?:en )?(?:ese |el |un |los )?(?:{TRAIN}) (?:\w+ ){0,3}(?:en |de )?(?:ponerme|tirarme|echarme|meterme|plantarme) (?:delante|enfrente|debajo)",
        {"owner": "self"},
    ),
    # The place and hour known, "solo me falta el día para tirarme".
    (
        "plan",
        r"me falta (?:el dia|la fecha|la hora|la noche|decidir el dia) (?:para|pa) (?:tirarme|matarme|suicidarme|quitarme la vida|ahorcarme|colgarme)",
        {"owner": "self"},
    ),
    # Going "por mi propia mano"; the kindest, only thing she can do for them is to go
    # ("lo más generoso que puedo hacer por él es quitarme de en medio"); she should not be
    # in this world. Vanishing from their lives, or for a while, is estrangement.
    (
        "burden",
        r"(?:morir|morirme|irme|retirarme|acabar|terminar|partir|marcharme|despedirme) (?:\w+ ){0,4}por mi propia mano(?! (?:de|del) )"
        r"|lo (?:mejor|mas generoso|unico|mas justo|mas sensato|mas facil) que (?:puedo|podria|me queda por) hacer (?:\w+ ){0,3}(?:es|seria) (?:quitarme(?= $| de en medio| del medio| del camino| morirme| y morirme)|quitarme la vida|morirme|desaparecer|matarme|irme para siempre|dejar de existir|no estar)(?! (?:de su|de sus|un tiempo|unos dias|por un tiempo|de aqui|de esta casa))"
        r"|(?:ya )?no (?:tengo que|tendria que|deberia|debo|merezco) (?:estar|seguir) (?:en este mundo|viva|vivo)(?= $| estorbando| molestando| dando (?:lata|trabajo|problemas)| siendo una carga| para nadie)",
        {"owner": "self"},
    ),
    # A rope taken down and put away "no para tender" (the clause says what it is not for):
    # weak alone, a crisis beside another sign.
    (
        "method",
        r"(?<=^ )(?:y )?no (?:es |era )?(?:para|pa) (?:tender|tender la ropa|la ropa|el tendedero|colgar la ropa|atar (?:nada|cosas))(?= $)",
        {"owner": "self", "weak": True},
    ),
    # "Tengo el plan hecho": weak alone (a trip's plan), a crisis beside a time or a means.
    (
        "plan",
        r"(?:ya )?tengo (?:el|un|mi) plan (?:hecho|armado|listo|trazado|decidido|claro)(?= $| ya| y )",
        {"owner": "self", "weak": True},
    ),
    # Her death soon "porque yo quiero" ("para cuando me muera, que va a ser pronto porque
    # yo quiero").
    (
        "wish_dead",
        r"(?:me muera|me muero|me vaya|muera)(?: \w+){0,4} (?:pronto|ya|muy pronto) (?:porque|pq|xq) (?:yo )?(?:quiero|lo quiero|lo decidi|lo he decidido|asi lo quiero)",
        {"owner": "self"},
    ),
    # Someone else who no longer wants to go on ("mi hija me escribió que ya no quiere
    # seguir"); going on with studies or a partner is not it.
    (
        "wish_dead",
        r"(?:ya )?no quiere seguir(?= $| viviendo| viva| vivo| aqui| en este mundo| y que se va| y se va)",
        {"owner": "other"},
    ),
]

# Real Spanish words the speller must leave alone. Debian's Spanish list (which
# `core.safety.words` reads) has lemmas but no inflections, so "pregunto", "acercaba",
# "muriendo" would be "mended" into "pregunte", "ahorcaba", "queriendo". These are the
# inflected forms (from a frequency list of written Spanish) within a typo's reach of the
# rules' words; a rule that can never fire (no clause holds "xknown") makes them vocabulary.
KNOWN = """
abandona abandonan abandone abandonen abandones aboga abogados abordado abordando abordaron
abraza abrazan abrazos abren abrian abriendo abrieron abrimos abriran abriria abrirse
abuelas abuelito abuelos aburre aburridas aburridos aburro abusando acababa acabando
acabaran acabaria acaben acantilados acaricia accidentes aceites acentos acentua aceptaba
aceptado aceptados acepte acercaba acercado acercan acercas acercate acerco acerquen
acerques acertadas acidos acierta aciertos aclaro acordaba acordando acordaron acordarse
acosando acostarse acostumbra acostumbre acostumbro activan actualiza actualizada
actualizado actualizan acuda acudan acudio acuerda acuerdas acuerden acuerdos acuesta
acumulan acumulo acunado adaptadas adelanta adelantan adelantos adoptadas adoraba adorada
adorado adornada adornado adquiera adscritos aduciendo adventure afectados afectara
afectaron afiliada afiliados agarran agarraron agarren agarres agencias agitada agitado
agotados agotando agradecerle agradecerte agrarias agregados agregando aguantando aguanten
aguarda aguas agudas agusto ahorran aislante ajenas ajustados ajustando alaba alabando alabo
alargada alargado alberga alcancen alcances alcanzando alcanzara alcanzo alega alegatos
alego alegrias alejarme alentando alergias alergica alertas aletas aliados alianzas alicia
alienta alineado alineados allegados almacenados almacenan almas almuerzos alquila alquilo
alrededores alter altera alternas altos alturas alzaron alzarse amaba amanda amando amanecio
amantes amare amargado amargos ambulancias amenazada amenazado amenazados amenazan amenazas
amore amplias anaden anales analistas analysis anclado andaban andan angelina angustias
anhela anhelos animaba animada animados animas animes animos anormales anotando anoto anses
antillas antoja anuales anulada apaga apagadas apagan apagaron aparece aparecera apareceran
apareces aparecia apareciera aparenta aparezca aparezcan apartados aparto apelando apesta
aplicaba aplicaciones aplicando aplicaron apliquen apollo aportando aportaron apostado
apoyadas apoyamos apoyaria apoyarlo apoyarse apoyen aprendi aprendida apresado apretados
april aprobarse aproxima aptos apunta apuntan apuntando apuntaron apuntas apuntes apunto
apuros aquellas aranda arango araya arcas arden ardillas areas ariana arias armadas armados
arman armando armarios aromas arranca arrancan arrancaron arreglamos arreglen arrepentido
arrestados arrojan arrojando arrow articula articulos artistas asados asaltado ascendiendo
ascendio asegura aseguro asentados asienta asiente asistido asombra astilleros asustado
asusto ataca atacando ataco atadas atados ataquen ataques atenas atenciones atendida
atendido atendidos atendiendo atentan atentos atiendan atiende atienden atiendo atletas
atormentado atraveso atraviesa atraviesan atreverse audiciones aumentaba aumentado aunado
autista autogestion automaticos autopistas avanzaba avanzan aveces avenidas aventuras avenue
averias averigua aviones avisa avisame avisan avisarle avisarme avisas avisen ayudame
ayudara ayudaran ayudarian ayudarla ayudarle ayudarles ayudarlo ayudaron ayudarse ayuden
ayudenme ayudo azotes azules bacon bacterias baena bailamos bailando bailas bajan bajara
bajarse balazos banal banarme banarse bancos banos barbados barbaridades barbaros barbas
barrancas barrancos barre barreras barrios basaba basan bastaba bastara bastones bastos
batallas baterias bates batio bayas bazan bebia becas bellas bellos besado besando besas
besitos besos bibliotecas bicicletas bieber bienvenidas bienvenidos bigotes bloquea bloquee
bloqueos bloques bocas bodegas bollos bombardeos bombarderos bones border borrados borrando
borraron bosco botellas bravos bridge brillan brillando brillantes brinda brindando brito
brotes bulgaria bultos buques burlando buscado buscados buscan buscara buscarla buscarlas
buscarlo buscas bytes cabecita cabellos cabezas cables cabos cabras cabrones caceres caerse
cagadas cagando cagarme cague caguen caidas caigan caigas cairo caiste cajita cajones
calculada calculos calderas calienta calientan calientes calmate calme calzones camargo
camarones cambien cambies caminaba caminaban caminado caminan caminas caminatas camine
caminos camioneros camionetas campanas campeones campos camps canarios cancelada cancelados
cancelaron cancelo canciones canones canos cansados cansando cantado cantan cantando
cantantes cantidades cantones cantos capillas capitulos capta capturas capturo carceles
cardiacos cardio carece cargaba cargados cargando cargaron carles carnes carnet carreteras
carrio carson carteras cartones casadas casarse casarte cascos casen caseras cases casillas
castanas castas castiga castigada castigado castigos castillos casualidades cataratas
caudillos causado causan causantes causas cayeron ceballos cebollas cediendo cedio cejas
celso celulares celulas cementerios cenando cenas centra centrales centran centrarse cepas
cercas cerdas cerebros ceros cerraba cerraban cerramos cerrando cerraron cervera cervezas
cesado cevallos chances chango chapas chaquetas charlamos charlando charles charly chase
chaves chicles chido chinas ching chingon chinos chiquillos chistes chivas chocan chocaron
chocolates choques chorizos chorradas chorros ciclos cierras cierren ciertos cimas cines
cintas cinturones circulando cirugias citan clama clanes clark clash clasificado class
clausulas clavados clean cliches clientes clinicas clive cobran cobraron cocinado cocine
cocino cocos cogiendo colarse colas colecciones colectivas colectivos colgadas colgados
colgantes colinas collage collection colocando colocarse colores columbia columnas comarcas
combatio combustibles comen comenta comentado comentarios comentaron comenzaria comenzo
comerciales comercios comeria comes cometas cometen cometiendo comia comidas comience
comienza comienzos comisiones compara comparados comparamos compare comparo compartan
comparten compartia compartida compartidos compartimos compartirlo comparto compete compi
compite complejas complica complican complices compradas comprados comprara comprare
comprarlos compraron comprate compren comprendo compromisos compuertas compuestas computador
computadoras computadores comunicaron comunicarse comunicarte comunico comunitario conciente
condados condenados condenando conducido conducira conductos conduzca conectadas conectando
conectarse conecte conferencias confiando confucio confunda confundidos confundiendo
confundio congelado conocemos conocera conoceras conoceremos conocerla conocerlas conocerlo
conocernos conoces conocimientos conrado conseguira conseguirla conseguirlo conseguiste
conservando consideraba consideraban considerados considerara consideraran considerarlo
consideraron consideras considere consideren consiente consiguen consigues consiste
consistio consolas consta constatar conste consules consultada consultado consultados
consulte consume consumia contaba contaban contables contacte contactos contados contame
contamos contare contaria contarles contaron contas contemplado contemplados contemplan
contenga contenia contenian contentos contestaron contesten contestes contextos contiene
continuaba continuan continuara continuaran continuaria continuaron continuas continue
continuen continuos contrae contratados contratando contrataron controla controlada
controlado controlan controlar controlen convencio conversaciones corales corina coronas
corrales corran corras correas correctos corregido corremos corren corria corrio cortazar
costaba costara costaria costaron costeras costes costillas creaciones crearia crearse
crecientes crecieron creditos creeis creera cremas creyera crian criando crias crime crimea
criollos cruzados cruzando cruzaron cruzarse cuadradas cuadrados cuadras cubran cubrieron
cubrio cuelgan cuellos cuencas cuentes cuerpos cuestionado cuestionando cuevas cuidados
cuidamos cuidarlo cuidarse cuidate culinarias culos culpando culpas culpo cumplen cumples
cumplia cumplio cupulas curan curarse curas curiosidades cursa cursando cursos dabas dadas
damas damian danan dandoles danilo danos daras darlo daros darth datan davos deban debas
debera deberian deberse debiendo debiles decentes decidan decidas decides decididos
decidiera decidimos decidiran decirnos decisivos dedicarme dedico defenderme defensas
defense deficientes defiendo definitivas definitivos deidades dejaba dejados dejaran
dejarian dejeme delimitar delos demando demoro denis densas dentistas denuncian denuncias
depara dependia dependientes deportivas deportivos derrames desafia desaparecen desaparecida
desaparecieron desaparezcan desarrollada desayunar desayunos descansos descargado
descargarse descargas descartado descendiendo descendio describe describiendo describio
descritas descritos descubra descubran descubre descubri descubrio descuida deseaba deseado
deseados desean desees deshacerse desmanes desmiente despedidos despedimos despedirse
despertamos despertarte despiden despidos despiertan despiertas despierten despiertos
despistado destacando destina detenciones detenerlo detenerse detenerte detengan
determinadas determinara detienen detuvieron devastada devastado devolvera devolviendo
devolvieron devolvio devueltos dichos diciendole diciendome dicta dietas diferentes digame
diganme digas dijera dijeras dijese dijieron dineros dinos diras dirian disculpe disculpo
discusiones discuten discutido discutio disenado disenando disgusta disparan dispararle
disparates dispares disparos dispuestos dista distantes dividida dividido divorciado
divorcios dobles docencia documenta documentados documentales dolares dolce dolorosos
doradas dorian doris dormi dormidos dorsales dotes double doyle duarte duchas dudaba dudan
dudando dudes duenas duenos dulces dunas duran echan echando echaron economicas economicos
edito efectivas efectivos efectos efectua efectuo eficientes electorales electores elegidas
elegidos elegimos elegira eleva elevados elevando elevaron eleven elevo elfos elias
eliminada eliminado eliminan eliminen emana emisiones emitido emociona emociono empeorando
empezaban empezado empezamos empezando empezara empezaran empezare empezaria empiecen
empiezas empire emplean emplearon emprendido encantan encantara encargaba encargadas
encargados encargan encargos encendidos encendio encerrados enciende encienden encomendo
encomiendas encontraba encontraban encontrados encontraremos encontrarse encontraste
encontremos encubiertos encuentras encuentros enfermedades enfermeras enfrenta enfrentan
enfrento enganas enmiendas enojan enoje ensenen ensenes entenderas entenderse entendia
entendidos entendiendo enteramos enterarme enteraron enteren enterradas enterrados entes
entidades entiendan entiendas entranas entrando entrara entraran entraria entraron entraste
entremos entren entrenar entreno envejece envian enviando enviarme envios escaleras escaneo
escanos escapaba escapado escapan escapando escenas escobedo escoge escogidos escoltas
escopetas escribimos escribiste escritoras escuadrones escuchaban escuchada escuchados
escuchamos escuchando escucharon escuchaste escuches escudos esculturas escupe espaldas
espasa especies espejos esperada esperado esperados esperan esperaria esperaron esperemos
espiando espinas esposos esquinas estabamos estables estacionamientos estaciones estadios
estadisticos estados estafas estais estamentos estampas estancias estando estantes estaremos
estate estatuas esteban esteis estilos estime estimo estratos estrellas estrias estribos
estrictas estrictos estudiada estudiado estudiantes estudias estudiaste estudien estudiosos
estupidos estuvieras estuvieron estuviese estuvimos etnia euros evacuado evaluado evaluados
evaluan evitan evitara evitaria evitarse evite evoca exigido exigiendo existencias existes
existian existieran existieron existimos existiria explica explicada explicado explicame
explicara explicaria explicas explorando explota explotando explote exponiendo expresidente
extendido extendiendo extiende extienden extrae extraen extranado extranos facciones
faciales facto factores fallamos fallaron fallecidos fallen falls faltado faltan faltando
faltaria faltaron faltas falten fanta fantasmas fantasticas fantasy farias farmacias
fastidia felicidades felicita felix ferias festeja festejos festivos fetos fideos fijas
fijos files filmada filmado filmar filme finas findes finge fingiendo finos firmaba firmando
firmara firmen firmes firmo fisicos flacas flojos florez flotando focos follando fondos
formada formadas formado formales formamos formando formaron formatos formo foros fortunas
forzadas forzando forzaron fosas fracturas frailes francos frecuentes frena frenado frentes
fresas frutas fuegos fuentes fueros fuesen fueses fumando funcionaba funcionado funcionan
funcionara funcionaron funcione funcionen funciones funciono fundadas fundados fundaron
funde funerarios funes fusiones futuras gallardon galletas ganando ganaria ganarse ganchos
ganes garage gargantas garras gaspar gastan gastando gaste gastes gatitos gemas genaro
genera genere generos genes gentes gestos gigantes giles gimnasios giran girando giras
goleada golpearon gomas gorras graba grabadas graban grabo graves green greta gringas gritan
gritarle gritaron gritas gritos grove gruesas guardamos guarden guardias guerras gueto
gusanos gustara gustarle gustarme gustaron guste haberlas haberles haberlos habiamos habias
habida habiendo habiendose habita habitacional habitada habitado hablabamos hablaban
hablabas hablame hablaremos hablarnos hablaron hablemos hables habras habremos habriamos
habrias hacelo hacerlas hacernos haceros haciamos hacias hacker hagamos halagos hallaba
hallaban hallamos hallan hallarse hamas haran haras haremos hariamos hartos haven hayamos
hazte heces hello hemos heras heredo heridos hermanas hermanos hermes hicieras hiere higos
hinchas hindi hiriendo hirieron histeria histoire historicas history hitos hogares homer
honrados hordas hormonas hornos hospitales hubieras hubieron hubiesen hubieses huecos huele
huelo huelva huertas huertos huido humedas humos hundidos hundiendo hundirse iglesias image
imagenes images imaginado imaginamos imaginarse imaginen imaginese imitando impactar impedia
impedira impidiendo implementa implemento implicaba implicando implico imponiendo importado
importes imposibles impresos impuestos impulsa impulsados impulsan impulse impulsores impuso
incendiado inclina inconscientes ineptos infantes infantiles infecciones infectado infiernos
informaciones informaron information ingenuos ingresa ingresan ingresaron inmensos
inmortales inscribio inscribirte inscripciones inscritas inscritos insectos insistido
inspecciones inspiraron instale instantaneas instantes instintos insuficientes insulta
insultan intactos integrada integrado intensivos intensos intentara intentare intentemos
interaccion interesaba interesan interesen intereses intereso internacionalmente interrumpe
interrumpida interrumpido interrumpio intrigas invenciones inventa inventada inventado
inventados inventos investido investiga investigaciones investigada investigado investigados
investiguen inviernos invirtiendo invirtio iquitos izquierdas jamal james jared jason jodas
joden joder jodes jonas jornadas jovencitas jovencito jubilaciones judios jueces juega
juegos jugadas jugado jugados juguetes julia julie junin juntamos juntarnos juntaron
juntarse junten jurados justas juventudes juventus juzgados juzgo karla karma kenia
kilogramos laderas lagos lamas lamentos lanzaba lanzado lanzan lanzando lanzas larvas
lastimado lavando lavarse lazos leales leches lecturas leere leerse leerte legados legales
lemas lemos lenguas lentos lerida lesiones lesiono levanta levantara levantaron levantarse
levantarte levantate leyeron leyes liado liberaron licencias lidera lidiando ligeras ligue
limitando limpiado limpios lindas lindos lisas lisos llamados llamamos llamanos llamarme
llamaron llanos llantas llantos llegadas llegados llegaran llegaras llegaremos llegarian
llegaron lleguemos llenaba llenaron llenarse llendo llenen lleras llevado llevais llevamos
llevarle llevarlos llevarnos llevarse llevemos lloraba llorado lloviendo llueva llueve
locaciones locos locuras logra logrando lograria logre logros lomas lorca lores lotes lucen
luchado luchan luchas luciano luciendo lujos lunas macbook macetas machismo machos macro
maderas maestras magda magicas magicos magos maiden major malas malena maletas malos mamando
mamas mananas mandaria mandarme mandela manejados manejan manizales mansiones manten
mantendra mantengan mantengo mantenia mantenian mantenida mantente mantra mapas maquinas
marcada marcado marcan marcela marchan marchando marche marcho marcos marcus mareas marias
maricas marico maridos marinas marinos marioneta marisol marko marquez martha masajes masas
mascaras mataban matanzas maten materias matias matones mayas mazda meando mechas medallas
medianas medias mediatico medicas medicinales medicos medina medios mejia mejillas mejore
mejoro melilla memes menciones mendes mensuales mentes mentirle menus merezca mesas metales
metan metas meten metete metiendose metieron mexicanas meyer mezclados mezclas micros
midiendo mientas mienten mientes migas migrar millares millones mimos minas mineras
mintiendo miraba miradas mirandome mirarme mirarte miren misiles misioneros mitines mochilas
modales modas modus molestado moleste moment monde montan montando montaron montos
monumentos moradas morales moran moras mordio morian moriscos morton moscu moses motors
moverme movia moviendo movieron movistar muchachas muchachos muchisimas mudaron mudarse
mudas mudos muelles muerden muestras muevas mueve mueves muevo mujica mulas mundi mundos
munecos murales muros museos music musicas mutaciones nacemos nacen nacidos naciendo naciera
nacieron naciones nadando nadia nadine narrado necesitaban necesitadas necesitando
necesitarian necesiten negaba negamos negando negandose negarle negarse negras negros negue
nenas netos neuronal nichos nidos niegue nieva ninas nintendo nisiquiera nomadas nombro
normales norman notaron novelas november nvidia objetos observa observada observadas
observado observados observan observe obsesionados obsesiones obtenga obtiene obtuvieron
ocampo ocasiones ocean octavio octavos oculares ocultarse ocupan ocupara ocuparon ocupas
ocupe ocurra ocurren ocurrencias ocurria ocurrido ocurrieron odios oficinas oigan oimos
olimpia olivia ollas olvidan olvidara olvidare olvidas olvide omisiones operacional
operaciones operado operando operarios operaron opere opinando opinas oponerse oponga opongo
oprimidos optaron orales ordenaba ordenadores ordenes organicos organizadores organizarse
organizo orientada orientado orientados orificios orillas orlando oscuras ospina ostenta
ostras ovarios oyendo pacientes padece pagamos paganos pagarla pagarle pagarse pagarte
paginas pajas palancas paletas palitos palmira palos pampas pandillas paneles panos
pantallas pantalones pantanos paper paquetes pararse parcelas parecerse parecidas parezcan
parezco parma paros parroquias partidas partidos partiendo partimos pasaban pasalo pasarian
pasarlo pasarme pascuas paseaba paseando paseos pasillos pasivos pastas patadas patino
patios pavadas pavel peatonales peatones peces pedacitos pedazos pedidos pedimos pedira
pedire pedirles pedis pedos pegadas pegan pegaron peleado peleo peliculas peligros pelis
penarol pendejas pensaban pensabas pensados pensais pensamos pensandolo pensante pensaran
pensaria penurias peque perdamos perdemos perdera perderme perdidos perdiera perdieron
perdonado perdonas perdura perfiles perifericos peritos perlas permisos permita permitan
permitas permites permito peron perritos persianas persiguio persisten personajes personales
pertenecia pertenecian peruanos pesadas pesadillas pesqueras pesqueros pestes pesticidas
peter petro petroleos petroleros pibas pibes picas pichincha picos pidiendole pidiera
pidieron piedras pierdas piezas pilas pinches pintados pintando pinterest piscinas pistas
pistolas pitos pizza placas place planchas planeaba planeada planeamos planean planetas
planificada planificar planos planteaba planteada planteadas planteados plantearon
plantillas plasencia plasmado platicas platos player plazas please plenas plenos pocos
podcasts podeis podian podran podridos polares policias political politicas politicos
polizas pollas pollos polos polvos pondra pondria pondrian ponele ponen ponerles ponian
poniendole poniendose ponte porno poros portaba portadas portales portan portando portes
porto posadas posee poses postales posts prada praga precedida precedido preciados precisos
predijo predios preferida prefiera prefieran prefiere prefieren preguntaban preguntado
preguntandome preguntandose preguntarle preguntarme preguntarnos preguntaste premiacion
premiada premiado premiados premier premiere premios prenden prendo preocupando preocupante
preocupantes preparaba preparamos preparan prepararnos preparen presas presenciado presencio
presentaba presentadas presentados presentan presentando presentaron presentas presento
presi presidentes presidida presidido presiento presiona presione presiono prestaba
prestando preston presuntas pretendia pretendido pretendo preveia preven previene previos
prime primos prisiones probando problem profesionales profesiones profundas profundos
program programas programo progresa promedios propositos protagonismo protagonistas
protagoniza provenia proximas psico psiquiatras psiquiatrica publicaciones publican
publicaron publicas publicos pucha pudiendo pudiesen pudimos pudra pudre pueblos puertos
puestas puestos puntillas puras pusiera pusieran putas qaeda qatar quebro quedado quedamos
quedaras quedarian quedarnos quedase quedes queen queer quejaba quejan quejandose quejarse
quemadas quemen quentin queres querias querra quick quiebre quinn quiros quiroz quisieran
quisieras quisieron quitamos quites rachas raciones radicada radios rallado ramos ranchos
rangel rapero rapidas rapidos raquel raros rasca rasgos ratifica ratio rayos reaccionado
reaccionan reacciones reacciono recesion recetas reciba recibes recibi recibida recibirme
recintos recipientes recogen recojo record recordaba recordad recordado recordara recordaran
recordare recordarle recordarme recordaron recorde records recorta recuperado recuperados
recuperen recupero recurren recurrio recursos redacto reduciendo reducirse reescribir
refiera refiere refiero refuerzos regalan regalos regina reglas regresamos regresando
regresara regresen regula regule reian reinas reirse relaciona relacionan relacione relajada
remata remite remos renata rendimos renunciado renuncian renunciaron renuncias renuncie
reparten repartieron repasando repetidas repiten repitiendo repito report reporto represas
repuestos requena requerido requeridos requiera resaltando rescatada reservados reservas
resident residentes resista resisten resistido resolvera respalda respecta respeta respetado
respetando respete respetos respiran respondera respondes respondido respondiendo respuestas
restan restantes restos resucito resueltas resuelva resuelve resulto resumiendo retenciones
retienen retirando reuna reunia reunian reunido reunira revelando revelaron revueltas
revueltos reyna riera rieron riesgos rifles rindan rindas rinde rindo robarte roces roche
rodajas rodeada rodeado rodeados rodeando rogamos rojas rolando rollos rolls rompa rompas
rompiendo ronaldo rondas rosas rosendo rosie rostros rotas rotos rover ruega rutas rutinas
sabeis sabiamos sabiendo sabios sables sabria sabrias sabrina sacaba sacaban sacado sacaran
sacarla sacarle sacarlos sacaron sacarse sacarte sagas sagrados salame salarial salas
saldana saldra saldre saldrian sales salgado salian salidas salientes salieran saltaron
saltarse saltos saluda saludando salvame salvara salvarla salvarlo salvaron salvarse sanas
sanos saquen saques saturado screen secado secos secret secretas secretos sedes segui
seguidos seguire seguirme seguis seguras seguros selena sella sellados sellos semejantes
senaladas senalando senale senalo senas sencillos sensaciones sense sensor sentaba sentadas
sentados sentarme sentaron sentarse sentarte sente sentencias sentian sentidos sentiran
sentiras sentiria separa separados separen separo september seque seras serbia serbio
seremos seres serge sergi sergio serle serlo serra servian servido servimos serviria
sesiones setas sexista sexos siendolo siguiendo siguiera siguieran simples simula sinai
sintiendose sirvan sirviendo sirvientes sirviera sistemas sixto sobres sobrevive
sobrevivientes sobrinos solares soltado soltaron solteras solto soluciona solucionan
solucione soluciones sombras sonriendo sopas soportado soportes soria sostengo sostenia
sostenian sostienen store storm studies studio studios suben subes subidas subidos subiendo
subiera subieron subsidios subterraneas subterraneos sucedio sucias sudando sueltan sueltas
sueltos suene suertes sufria sufrian sufridas sufrieron sufrimientos sufriran sugar sugerido
sugieren suite sumaron sumida sumido superaba superada superados superan superando superara
superarlo superaron superen superman supiera supieras supieron suponiendo sureno surgidas
surgieron surgimiento suscitado suscritos sustenta tablas tableros tablet tablets talones
tamil tampico tanya tanzania tapones tarado tardado tardando tardara tardaron techno techos
tecno tejada telefonicos telenovelas televisiones televisiva televisivo televisivos
televisor tememos temia temido tempo tempranas tempranos tendemos tendientes tendio tendreis
tendriamos tened teneis tenerlas tenerme tenista tennis teorias terapias teresita termicas
terminaba terminales terminando terminaran terminaria terminarla terminen termines terminos
terra terrazas tests tiende tienden tiernas tiernos tierras tiger tintas tipos tiraban
tiradas tirados tiramos tirando tiranos tirarlo tiraron tiraste tiren tires tiros toallas
tocan tocaria tocarla tocarlo tocarme today toleran tomadas tomados tomamos toman tomandose
tomaran tomarlo tomarnos tomaron tomates tomese tontas tonterias topado topes toquen toques
tormentas tornillos torres tortas tortillas torturas totales trabajan trabajara trabajaran
trabajaron trabajas trabaje trabajen trabajes trabajos traen traeria traerme tragos traian
trajes transmita transmite transmitio tratada tratadas tratados tratamientos tratara tratare
trataria tratarlos tratarse tratase trates tratos trayendo trazos trincheras triples
tristezas trompas trompetas trozos tulio tumbas turbo turcos tuviesen ubica ubico ulceras
unicas unicos unido unira unirse universitarias universitarios usaban usando usaria vagando
vagos vainas valentin valentine valeria valientes valieron valiosos vallas valls valora
valoro vanos varas variaciones varian variando vasos vayas vegano vegas veian veias velas
vendas vendera vendian vendidas vendido vendiendo vendran vendras vendrian vengan vengarse
venid venidas ventajas ventanales ventiladores veranos verbos verdaderas verdaderos verduras
veria verian verias verles verne vernos versa versos vestirme viajan viajara viajas viajen
viajes viana vicios videojuegos viejas viejitos viejos vientos viera vieran vieron vierte
viese vigas vigentes viles viniendo vinieran vinieron vinos virgin visas visiones visitan
visitando visitara visiten visito vistas visten vistes vistiendo vistos viudas viven vivia
viviera vivieron viviras vivis vocacional volando volantes voluntades volvemos volverian
volverme volvernos volverse volves volvia volvian volviendose volvio votaciones votando
votaran votaria votaron votes votos vuelos wanda weber yacen yemas yenes zorras zorrilla
"""


FIGURATIVE = [
    # A swing or a hammock measured against a branch (sixteenth set): first, so that it is
    # read before the shorter figure for a swing's rope.
    r"(?!.* (?:aguanta|aguantaria|soporta|soportaria|resiste|resistiria) (?:\w+ )?(?:mi peso|mi cuerpo|a una persona)|.* (?:colgarme|ahorcarme|mi cuello))(?:\w+ ){0,4}(?:columpio|hamaca|toldo|tendedero|lampara|jamon|jamones|maceta|macetas)(?: \w+){0,4} (?:la |lo )?(?:medi|mido|colgue|colgamos|ate|atamos|probe) (?:\w+ ){0,4}(?:contra|en|de) (?:la|el) (?:rama|viga|nogal|arbol|gancho)(?: \w+){0,8}",
    # Widened after the fifteenth set: the daily dose ("me pongo todas las mañanas la
    # insulina"), staying away from a gathering, reading about prevention.
    r"(?:me pongo|me tomo|me tome|tome|me inyecto|me pincho) (?:\w+ ){0,3}(?:todas las|todos los|cada) (?:mananas|noches|dias|tardes|semanas|manana|noche|dia)(?: \w+){0,6}",
    r"(?:\w+ ){0,4}(?:que )?(?:yo )?no (?:este|estar|estuviera|vaya|ir) (?:\w+ ){0,2}(?:ese dia|esa noche|presente|en la (?:reunion|fiesta|boda|comida|cena|comunion|graduacion)|en el (?:bautizo|cumpleanos|cumple|almuerzo|encuentro))(?: \w+){0,6}",
    r"(?:\w+ ){0,4}(?:como )?(?:prevenir|evitar) (?:el |los )?suicidios?(?: \w+){0,6}",
    r"(?:abri|abro|he abierto|abrir|prendi|encendi|prendo|enciendo|he encendido) (?:\w+ ){0,2}(?:el gas|la hornalla|las hornallas|el fuego|la estufa|la cocina|el horno|el butano) (?:\w+ ){0,3}(?:para|pa) (?:calentar|cocinar|hacer|hervir|preparar|freir|guisar|el cafe|la comida|la cena|el agua)(?: \w+){0,6}",
    # Widened after the eleventh and twelfth development sets: a will made on a lawyer's
    # advice, rope for the clothesline, pills taken with breakfast or kept from the cat, a
    # last message "for today", a phrase a grandchild says about everything, a joke.
    r"(?:\w+ ){0,3}testamento(?: \w+){0,2} (?:\w+ ){0,4}(?:abogado|abogada|recomendo|recomendaron|aconsejo|aconsejaron|lo sensato|es sensato|a mi edad|como (?:hace )?todo el mundo|es lo normal|por precaucion|a los (?:[6-9]\d|sesenta|setenta|ochenta))(?: \w+){0,10}|(?:\w+ ){0,2}(?:notario|notaria|abogado|abogada) (?:\w+ ){0,4}(?:hacer|firmar|redactar|actualizar|cambiar) (?:el |mi )?testamento(?: \w+){0,6}",
    r"(?:\w+ ){0,3}(?:soga|sogas|cuerda|cuerdas|mecate|lazo) (?:\w+ ){0,2}(?:pal|para el|para la|para los|pa el|pa la|del|de la) (?:tendedero|tender|ropa|columpio|hamaca|toldo|jardin|barco|escalada|mudanza|perro|huerto|camping|tendal|cortina|persiana)(?! (?:\w+ ){0,2}(?:aguanta|aguantaria|soporta|soportaria|resiste|resistiria) (?:\w+ )?(?:mi peso|mi cuerpo|a una persona))(?: \w+){0,4}",
    # A rope bought to hang pots or lights, tie a load (round 18); a beam, a neck or her
    # weight in the clause keeps it a means.
    r"(?!.* (?:viga|vigas|cuello|colgarme|ahorcarme|ahorcar|horca|nudo corredizo|mi peso|mi cuerpo))(?:\w+ ){0,4}(?:soga|sogas|cuerda|cuerdas|mecate|lazo|cordel) (?:\w+ ){0,3}(?:para|pa|pra) (?:colgar|atar|amarrar|sujetar|tender|tensar|asegurar) (?:\w+ )?(?:las |los |el |la |unas |unos |mis )?(?:macetas|maceta|plantas|planta|helechos|ropa|hamaca|columpio|luces|lampara|cortinas|cuadros|cuadro|toldo|carpa|lona|bici|bicicleta|lena|paquetes|cajas|equipaje|maletas|tomateras|enredadera|rosal|perro|cabra|caballo|vaca|bote|lancha|adornos|guirnaldas|banderines|pinata|jamon|colchon|muebles|carga)(?: \w+){0,8}",
    r"(?:ya )?(?:me tome|me he tomado|tome|me tomo) (?:\w+ ){0,2}(?:las pastillas|la pastilla|mis pastillas|las medicinas|mis medicinas|los remedios|mis remedios|la medicacion) (?:\w+ )?(?:y|con) (?:el|la|mi|un|una) (?:cafe|cafecito|desayuno|te|leche|zumo|jugo|cena|comida|almuerzo|vaso de agua|agua|galleta|tostada)(?: \w+){0,8}",
    r"(?:\w+ ){0,3}(?:{PILL}) (?:\w+ ){0,4}(?:en el botiquin|en el pastillero|para (?:que|q) no (?:las|los|la|lo) (?:coja|cojan|agarre|agarren|encuentre|encuentren|alcance|alcancen|tome|tomen|muerda) (?:el|la|los|las|mi|mis) (?:gato|perro|gata|perra|nino|nina|ninos|nietos|nieto|nieta|bebe|crios|perrito|gatito))(?: \w+){0,6}",
    r"(?:\w+ ){0,3}(?:ultimo|ultima) (?:mensaje|msj|vez que te escribo) (?:de hoy|por hoy|del dia|de la noche|de esta noche|antes de dormir|antes de acostarme)(?: \w+){0,10}",
    # ... or the last one in a group about a party, a trip, the school ("ultimo mensaje que
    # mando al grupo de la fiesta"): a group named for something ordinary, not her support group.
    r"(?:\w+ ){0,3}(?:ultimo|ultima) (?:mensaje|msj|msg|audio) (?:\w+ ){0,4}(?:grupo|chat) (?:de|del) (?:la |el |los |las )?(?:fiesta|cena|asado|viaje|cumple|cumpleanos|boda|padres|mamas|colegio|escuela|trabajo|oficina|futbol|excursion|fin de ano|navidad|amigo invisible|amigo secreto|vecinos|edificio|reunion|paseo|posada|clase|curso|gimnasio|gym|compras|regalo|despedida)(?: \w+){0,10}",
    r"(?:\w+ ){0,3}(?:dice|dicen|decia|dijo) (?:que |q )?x?(?:me quiero morir|me muero|me quiero matar|me mato|quiero morirme|se quiere morir|se quiere matar|se muere|se quieren morir|quiere morirse) (?:\w+ )?por (?:todo|cualquier cosa|nada|cualquier tonteria|todo y por nada)(?: \w+){0,8}",
    r"casi me (?:tiro|muero|mato|aviento|lanzo|tiraba) (?:\w+ ){0,4}de (?:la )?(?:desesperacion|rabia|risa|verguenza|aburrimiento|bronca|coraje|impotencia|los nervios|nervios|angustia)(?: \w+){0,8}|(?:\w+ ){0,8}me (?:tiro|mato|muero|aviento|lanzo) (?:\w+ ){0,8}(?<!no )(?:es broma|es un decir|es de broma|jaja\w*|jeje\w*|jsjs\w*|xd|lol)(?: \w+){0,4}|me (?:tiro|mato|muero|aviento|lanzo) (?:\w+ ){0,4}si (?:vuelve|vuelven|sigue|siguen|oigo|escucho|veo|me vuelve|me vuelven|me toca|tengo que|suena|otra vez|vuelvo a (?:oir|escuchar|ver|comer|aguantar)|me ponen|ponen|pone|me hacen|me cantan|cantan)(?: \w+){0,8}",
    r"(?:\w+ ){0,6}me (?:lleve|lleva|llevara|llevaria|recoja|recoge|busque|busca|pase a buscar) (?:a|al|hasta|en|con|de) (?:ver|visitar|conocer|casa|su casa|misa|la iglesia|el medico|la doctora|el hospital|pasear|comer|la playa|el aeropuerto|la terminal|mi casa|su boda|la fiesta|viaje|vacaciones|paseo|auto|carro|coche|la consulta|la clinica|\w+ a(?! (?:donde sea|donde no|ningun|otro mundo|otra vida|la tumba)))(?: \w+){0,3}",
    r"(?:\w+ ){0,4}despedida (?:del|de la|de este|de esta|de mis companeras del|de mis companeros del) (?:grupo|chat|foro|trabajo|empresa|coro|club|taller|curso|ciudad|pais|barrio|oficina|escuela|colegio|parroquia)(?: \w+){0,6}",
    # A farewell letter for the boss, colleagues or pupils on leaving a job (round 18): the
    # reader is from work; "para el grupo" alone stays (a goodbye to her support group).
    r"(?!.* (?:grupo de apoyo|grupo de terapia|de terapia|del chat|de este chat|de aca|de aqui|del foro|de la asociacion))(?:\w+ ){0,6}(?:carta|cartas|nota|mensaje|mensajes|tarjeta|discurso|correo|mail|palabras) (?:de )?(?:despedida|adios) (?:\w+ ){0,2}(?:para|a|al|pa|pal) (?:el |la |los |las |mi |mis |nuestro |nuestra |todo el |toda la )?(?:jefe|jefa|jefes|companeros|companeras|colegas|equipo|trabajo|oficina|empresa|clientes|alumnos|alumnas|profe|profesora|profesor|maestra|maestro|pacientes|directora|director|personal|grupo de (?:companeros|companeras|trabajo|la oficina|colegas|profes))(?: \w+){0,8}",
    r"(?:frasco de |caja de |frascos de )?(?:{PILL}) (?:de|para) (?:vitaminas?|calcio|hierro|magnesio|omega|colageno|la presion|presion|la tiroides|el colesterol|valeriana|melatonina|la memoria|los huesos)(?: \w+){0,4}",
    r"(?:me|te|se|le) (?:corte|corto|servi|sirvo|comi) (?:un|una|otro|otra|un buen|una buena) (?:\w+ )?(?:rebanada|pedazo|porcion|trozo|tajada|rodaja|pedacito|cacho|cachito|feta)",
    r"si (?:me )?(?:pasa|sale|toca|llama|dice|hace|oigo|escucho|veo|vuelve|vuelven|suena|me vuelve|tengo que) (?:\w+ ){0,4}(?:mas|otra vez|de nuevo|otra) (?:\w+ ){0,4}me (?:tiro|mato|muero|aviento|lanzo|pego un tiro|corto las venas|da algo)(?: \w+){0,8}",
    r"(?:salir|ir|manejar|caminar|comer|meterse|viajar|cruzar|entrar|hablar|decir|pedir|invertir|comprar|usar|ponerse|tomar el) (?:\w+ ){0,6}(?:es|seria|era|fue) (?:un |una |todo un |un verdadero )?(?:suicidio|mision suicida)",
    r"(?:me pegue|me di|pegarme|me pego|me doy|darme|me dispare|dispararme|me pegaria|me daria|me dispararia) un tiro en el pie|(?:me|nos) (?:quiero|queria|quise) (?:matar|morir) (?:\w+ ){0,2}de (?:la )?(?:verguenza|pena|risa|rabia|bronca|coraje)",
    r"(?:dice|dijo|decia|piensa|cree) (?:que |q )(?:\w+ ){0,6}(?:me estoy haciendo dano|me hago dano|me hace dano|me lastimo|me estoy lastimando|me hace mal|me estoy matando)(?: \w+){0,3}",
    r"(?:sin )?(?:pensar|piense|piensen|crea|crean|creer|creyendo|pensando|que piense|que piensen|se preocupa|se preocupan|le preocupa|les preocupa|tiene miedo|tienen miedo) (?:que|q|de que) (?:yo )?(?:me voy a|voy a|me vaya a|vaya a|me valla a) (?:\w+ ){0,2}(?:matar|tirar|suicidar|hacer algo|hacer una locura|quitar la vida|colgar|lastimar|hacer dano|hacer nada)(?: \w+){0,5}",
    r"(?:me quiero matar|me quiero morir|me mato|me muero|me quiero tirar por la ventana)(?: \w+){0,3} se me (?:quemo|rompio|cayo|olvido|perdio|borro|paso|corto|colgo|murio el|murio la|salio mal|quedo|volco|derramo|descompuso|escapo)(?: \w+){0,6}",
    r"(?:dice|dijo|dicen|dijeron|decia|decian|piensa|penso|cree|creen|creia|me grita|me grito|me echo en cara|me echa en cara|me trata como|me hace sentir|me hizo sentir) (?:que |q |k )?(?:yo )?(?:\w+ ){0,2}(?:soy|era|sere|estaria|estarian|estaba|seria|serian|vivirian|estaria mejor|estan mejor|esta mejor) (?:\w+ ){0,3}(?:una carga|un estorbo|un problema|una molestia|un peso|un lastre|mejor sin mi|mas feliz sin mi|mas felices sin mi|mas tranquilo sin mi|mas tranquila sin mi|mas tranquilos sin mi)(?: (?:en|para) (?:su|sus|la) (?:\w+ )?vidas?)?",
    r"(?:charla|charlas|libro|libros|documental|pelicula|peli|serie|noticia|noticias|articulo|nota|programa|taller|conferencia|tema|campana|investigacion|estudio|tesis|clase|curso|podcast|video|obra|novela|cancion|estadisticas|cifras|casos|prevencion|linea|dia mundial|marcha|caminata|jornada|grupo) (?:\w+ ){0,4}(?:sobre|del|de|acerca del|acerca de|contra el|para prevenir el) (?:el )?(?:{SUICIDE})(?: (?:adolescente|juvenil|infantil|en \w+|de \w+))?",
    r"(?:libro|pelicula|peli|serie|novela|historia|documental|obra|cuento|articulo|nota|noticia|cancion|telenovela|capitulo) (?:\w+ ){0,3}(?:sobre|de|acerca de|donde|en la que|en el que) (?:una|un|la|el|unas|unos) (?:(?!yo |me |mi |mis )\w+ ){0,12}\w+",
    r"(?:me quiero morir|me muero|me mori|me voy a morir|me quiero matar|muero|mori)(?: \w+){0,10} (?:jaja\w*|jeje\w*|jsjs\w*|xd|xdd|lol|hermos\w*|bell\w*|precios\w*|divin\w*|ternura|lind\w*|que amor|tiern\w*|de amor|emocion\w*|felicidad|que lindo|que bonito|bonit\w*)",
    r"(?:me|nos) (?:mato|mataste|mata|matas|mataron) (?:\w+ ){0,4}(?:jaja\w*|jeje\w*|xd|lol)|(?:me|nos) (?:mato|mataste|mata|matas|mataron) con (?:ese|esa|eso|su|tu|el|la|sus|tus) (?:\w+ )?(?:comentario|chiste|respuesta|cara|foto|video|mensaje|audio|ocurrencia|pregunta|noticia|humor|regalo)",
    r"(?:examen|viaje|trabajo|dia|partido|tramite|reunion|cena|comida|compra|mudanza|turno|jornada|semana|idea|plan) (?:\w+ ){0,2}(?:fue|era|es|sera|seria) (?:un |una |todo un |un verdadero )?(?:suicidio|mision suicida)",
    r"(?<=^ )(?=.* (?:viaje|vacaciones|mudanza|me mudo|nos mudamos|operacion|cirugia|me operan|me opero|jubilo|jubile|jubilacion|me retire|me retiro|internacion|licencia) )(?:\w+ )*?(?:deje|dejo|dejar|dejando|tengo|tener|arregle|arreglar|ya esta|queda) (?:\w+ ){0,3}(?:todo|mis cosas|los papeles|mis papeles|las cuentas|la casa) (?:\w+ ){0,2}(?:arreglad\w+|en orden|listo|lista|resuelto|organizad\w+|ordenad\w+)(?: \w+){0,8}",
    r"(?:llame|llamo|llamé|hable|marque|conteste|dije|decia|preguntaba|explicaba|escribi|atendio|atendi|llamada|telefono|celular|audio|mensaje|whatsapp|hablando|discutiendo|peleando) (?:\w+ ){0,8}(?:y )?(?:me|le) (?:corto|colgo|bloqueo|cortó|colgó)(?: \w+){0,4}",
    r"(?:(?:compre|consegui|tengo|comprar|use|puse|pongo|echo|eche|heche|hay que poner|voy a poner|pusimos|compramos|conseguir) (?:\w+ ){0,2})?(?:{POISON}) (?:(?!no )\w+ ){0,4}(?:para|contra|pa|porque hay|que hay|por las|por los|en el|en la) (?:\w+ ){0,2}(?:ratas|ratones|raton|rata|cucarachas|hormigas|plagas|bichos|mosquitos|moscas|pulgas|garrapatas|malezas|yuyos|pasto|plantas|jardin|huerta|patio|piscina|pileta|ropa|bano|cocina|piso|termitas|chinches|alacranes|aranas|caracoles|babosas|topos)",
    r"(?:me|te|se|nos) (?:\w+ )?(?:ahogo|ahogaba|ahogue|ahoga|ahogamos|estoy ahogando) (?:\w+ ){0,2}(?:con|de|del|por) (?:tanto |este |esta |el |la |tanta )?(?:calor|humo|polvo|tos|comida|agua|pan|alergia|asma|trabajo|bochorno|humedad|encierro|olor|smog|contaminacion|nervios|ansiedad|llanto)",
    r"(?:(?:me|te|se|nos) (?:\w+ ){0,2})?(?:matar|matarme|mato|mata|mataba|matamos|matando|morir|morirme|muero|muriendo) (?:\w+ )?de (?:la )?(?:risa|carcajada|carcajadas)",
    r"(?:es|seria|sería|sera|es como) (?:un |una |todo un |un verdadero |una mision )?(?:suicidio|mision suicida)(?= $| (?:jaja\w*|lol|xd|total|puro|economico|social|politico|con|para|en|a esta|ir|salir|meterse|comer|hoy))",
    r"(?:me|te|se) (?:\w+ )?(?:corte|corto|cortaron|corta|cortaste) (?:el|la|las|los|un|una) (?:pleo|pelito|melena|flequi|fleco|\w+) (?:\w+ )?(?:cortito|cortita|corto|corta|bien corto|al ras|en capas|rapado|estilo|como|jaja\w*|me veo|me queda|me quedo)",
    r"(?:pelicula|peli|serie|kill bill|libro|capitulo|escena|novela|documental|videojuego|juego) (?:\w+ ){0,10}(?:mucha|tanta|demasiada|un monton de|litros de) sangre|(?:mucha|tanta|demasiada) sangre (?:\w+ )?(?:para mi gusto|en (?:la|esa|esta) (?:peli|pelicula|serie|escena)|jaja\w*)",
    r"(?:estoy|estaba|ando|quede|me tiene|me tienen) (?:que|q|k) (?:me )?(?:tiro|aviento|mato|muero|lanzo|exploto|reviento|subo por las paredes|corto las venas|pego un tiro|ahorco|cuelgo)(?: \w+){0,14}",
    r"(?:tirarme|me tiro|me tiraba) (?:de|de los) (?:los )?pelos|(?:tirarme|me tiro|echarme) a la bartola|(?:me|te) (?:\w+ )?(?:tiro|tire|tiras) (?:un |una )?(?:onda|los perros|flores|piropos|cana|cañas|beso|besito)",
    r"(?:me|se|te|nos) (?:\w+ ){0,2}(?:muero|muere|mueres|morimos|moria|moriria|mori|murio|muera|quiero morir|queria morir|quise morir|quisiera morir|quiero morirme|quise morirme|queria morirme|mueren|voy a morir|va a morir|estoy muriendo|estaba muriendo|iba a morir|podria morir|hubiera muerto) (?:\w+ ){0,3}(?:de|del|por) (?:la )?(?:risa|ganas|hambre|sueno|frio|calor|verguenza|pena|envidia|aburrimiento|nervios|miedo|cansancio|sed|ternura|emocion|felicidad|alegria|amor|susto|curiosidad|celos|ansias|dolor de (?:cabeza|muelas|panza|espalda)|gusto|la emocion|la verguenza|la pena|la risa|la ternura|el susto|el calor|el frio|el hambre|el sueno|el aburrimiento|los nervios|lo lindo|tristeza|la tristeza|pena|angustia|la angustia|soledad|la soledad|dolor|el dolor|agonia|lo rico|verte|ver|conocer|saber|probar|ir|comer|tomar|un|una|que)",
    r"(?:muerta|muerto|muertas|muertos|morida) (?:\w+ )?de (?:la )?(?:risa|cansancio|hambre|sueno|frio|calor|miedo|verguenza|envidia|aburrimiento|sed|nervios|pena|susto|celos|ganas|amor|ternura|la risa)",
    r"(?:me|nos|te|la|lo|les) (?:\w+ )?(?:mata|matan|esta matando|estan matando|va a matar|van a matar|mato|mataba|matara|matan de|mata de|matas de) (?:\w+ ){0,3}(?:risa|la risa|el trafico|el trabajo|el calor|el frio|la espalda|los pies|las rodillas|la cabeza|el dolor|la muela|las muelas|el jefe|mi jefe|mi jefa|mi mama|mi madre|mi suegra|mi esposo|mi marido|la ansiedad|la curiosidad|las ganas|la intriga|los nervios|el estres|la dieta|el gimnasio|el gym|la rodilla|la cadera|la ciatica|la artritis|los tacones|estos zapatos|la tos|la gripe|el resfriado|la alergia|la humedad|si se entera|cuando se entere|cuando lo vea|cuando sepa|si sabe)",
    r"(?:el|la|los|las|mi|mis|este|esta|estos|estas) (?:\w+ ){0,2}(?:me esta matando|me estan matando|me mata|me matan|me va a matar|me van a matar|me tiene muerta|me tiene muerto|me tienen muerta|me tienen muerto)",
    r"(?:matar|matando|mate|mato) (?:el|un|la) (?:tiempo|rato|aburrimiento|hambre|antojo|gusanillo|gusano|bicho|mosquito|mosca|cucaracha|arana|sed|ratito|tarde|la tarde)|matar dos pajaros|matar (?:a )?(?:la|una|las) (?:cucaracha|cucarachas|mosca|moscas|arana|aranas|hormigas|plantas|planta)",
    r"(?:escuadron|mision|misiones|ataque|atentado|atentados|bombardero|terrorista|terroristas|kamikaze|prevencion del|prevencion de|linea de prevencion del|linea del|linea de|dia mundial de prevencion del|dia de prevencion del|libro sobre el|pelicula sobre el|serie sobre el|documental sobre el|bosque de los) (?:\w+ )?(?:{SUICIDE})|(?:{SUICIDE}) (?:squad|social|politico|politica|economico|economica|comercial|profesional|laboral|electoral|deportivo|futbolistico|culinario|de la moda)|(?:es|seria|sería|fue|era|eso es|eso seria|un) (?:\w+ )?(?:un )?(?:{SUICIDE}) (?:\w+ )?(?:ir|salir|manejar|conducir|comer|meterse|comprar|decir|hacer|ponerse|cruzar|invertir|renunciar|pedir|con este|con esta|con ese|en esta|en este|en hora pico|a esta hora)",
    r"(?:me|te|se|le) (?:\w+ )?(?:corte|corto|cortaron|cortan|cortaste|cortó|corta|cortare|cortarme|cortarte|cortarse|cortas|cortaba|corté|he cortado|hice cortar|mande a cortar|fui a cortar) (?:\w+ ){0,2}(?:el pelo|el cabello|la melena|el fleco|el flequillo|las puntas|las unas|la barba|el bigote|un dedo|el dedo|los dedos|la mano|la yema|el pulgar|la luz|el agua|el gas|el telefono|la linea|la llamada|el rollo|la onda|la inspiracion|la digestion|la leche|la mayonesa|el internet|el wifi|la senal|las alas|el paso|la racha|el credito|la tarjeta|la cara de un|el rostro)",
    r"(?:me|se|te) (?:\w+ ){0,2}(?:corte|corto|queme|quemo|golpee|pegue|lastime|di|hice dano|di un golpe|hice un corte|hice una herida|hice una quemadura) (?!(?:\w+ ){0,3}(?:a proposito|adrede|aposta|queriendo) )(?:\w+ ){0,6}(?:cocinando|picando|pelando|cortando (?:cebolla|tomate|pan|verdura|fruta|papas|carne|pollo)|afeitandome|rasurandome|depilandome|planchando|con (?:el|la|un|una) (?:papel|hoja(?! de afeitar| del sacapuntas| de sacapuntas)|lata|horno|plancha|sarten|olla|aceite|puerta|mesa|mueble|esquina|escalon|escalera|cuchillo de cocina|rallador|mandolina|abrelatas|tijera|tijeras|vidrio roto|taza rota|plato roto|vaso roto|agua caliente|vapor|tetera|cafe|te caliente)|sin querer|por accidente|de casualidad|en la cocina|en el trabajo|haciendo la cena|haciendo la comida|al caer|al caerme|me cai|en el jardin|podando|arreglando|lavando|fregando|(?:que )?se (?:me )?rompio|recogiendo (?:los )?vidrios)",
    r"(?:me|te|se) (?:\w+ )?(?:quemo|queme|quemé|quema|quemaba|quemaron|quemé) (?:\w+ ){0,2}(?:con el sol|al sol|en la playa|la comida|el arroz|la cena|las tostadas|el pan|la lengua con|los labios con|la lengua|las pestanas|el pelo con la plancha|con la sopa|con el cafe|con el te|las neuronas|el cerebro|la cabeza pensando|las pestañas|los ojos leyendo)",
    r"(?:me pego|me pegue|me pegaba|pegarme|me di) (?:\w+ ){0,2}(?:un bano|una ducha|una siesta|un susto|un baño|una vuelta|un paseo|una escapada|una pasada|un atracon|un viaje|un sustazo|un gusto|una cerveza|un trago|unas vacaciones|el gusto|una comilona|una caminata|un tiro de|un tirito|un rato|un buen|una buena)|(?:me pego|se me pego|se me pega|me pego) (?:\w+ ){0,2}(?:la cancion|el resfriado|la gripe|el virus|el acento|la costumbre|el chicle|la musica)",
    r"(?:colgar|colgue|cuelgo|colgarme|me colgue|me cuelgo|colgada|colgado|se colgo|se me colgo|se colgo el|se cuelga|colgando) (?:\w+ ){0,3}(?:el telefono|la llamada|la ropa|el celular|la compu|la computadora|el sistema|el programa|la app|la aplicacion|cuadros|el cuadro|un cuadro|las cortinas|la hamaca|el abrigo|las luces|el wifi|al telefono|con la serie|con el trabajo|con la novela|con el libro|con el celu|con el celular|mirando|viendo|leyendo|jugando|hablando|en el trabajo|con una amiga|con mi amiga|con el chat|del telefono|de la llamada|del chat|de una rama jugando|un rato)",
    r"(?:tirarme|me tiro|me tire|me aviento|aventarme|echarme|me echo|me eche|tirarnos|lanzarme|me lanzo) (?:\w+ ){0,2}(?:en la cama|a la cama|en el sofa|al sofa|en el sillon|en la hamaca|a dormir|al piso a|una siesta|a descansar|a la piscina|a la pileta|a la alberca|al agua con|en paracaidas|del trampolin|al mar a nadar|de cabeza a la piscina|de cabeza a la pileta|un clavado|por el tobogan|del tobogan|en tirolesa|en bungee|en puenting|en parapente|a la aventura|un pedo|un pedito|flores|porras|la onda|los perros|a llorar|al vicio|al abandono)",
    r"(?:hasta morir|a muerte|de muerte|de morirse|para morirse|pa morirse|una muerte|la muerte de (?:la|el|un|una) (?:\w+ )?(?:rey|reina|papa|presidente|personaje|protagonista|actor|cantante|artista)|muerto de hambre|muertos de hambre|pena de muerte|dia de muertos|dia de los muertos|altar de muertos|pan de muerto|noche de muertos|los muertos vivientes|the walking dead|13 razones|trece razones|por trece razones|matar a un ruisenor|kill bill|duro de matar|muerte en el nilo|la muerte le sienta bien|el club de la pelea|muerte subita|la muerte en vida|crimen y castigo)",
    r"(?:tierra tragame|que me trague la tierra|me quiero morir de (?:la )?(?:verguenza|pena|risa)|me muero|me mueroo|me morí|me mori|me quiero morir)(?: (?:jaja\w*|jeje\w*|jsjs\w*|xd|lol|lmao|ajaj\w*|xdd|😂|🤣)| de (?:la )?(?:verguenza|pena|risa|ternura|envidia|amor))|(?:jaja\w*|jeje\w*|jsjs\w*|xd|xdd|lol|ajaj\w*) (?:\w+ ){0,2}(?:me muero|me mori|me morí|me quiero morir|me mato|me mata|muerta|muerto)",
    r"(?:ahogandome|ahogada|ahogado|me ahogo|ahogarme|me estoy ahogando|hundida|hundido) (?:\w+ )?en (?:papeles|trabajo|deudas|tramites|cuentas|pendientes|mocos|un vaso de agua|un vaso|lagrimas|tareas|correos|mails|emails|la rutina|el trafico|la ropa sucia|facturas|burocracia|mensajes)|(?:ahogarme|me ahogo|me ahogaba|me ahogue) (?:\w+ ){0,2}(?:con (?:la|el|un|una) (?:comida|agua|pan|pastilla|tos|saliva|hueso|espina|chicle)|de tos|del calor|de calor|tosiendo|comiendo|tragando)",
    r"(?:me|te|nos|lo|la|los|las) (?:\w+ )?(?:voy a|va a|vas a|van a|quiero|quisiera) (?:matar|ahorcar|colgar|estrangular|ahogar|envenenar) (?:\w+ ){0,2}(?:si|cuando|por|como|jaja\w*|lol|😂|xd)|(?:lo|la|los|las|le|les|te) (?:voy a|quiero|quisiera|podria|iba a) (?:matar|ahorcar|estrangular|ahogar|colgar|envenenar)|(?:voy a|quiero|quisiera|podria) (?:matarlo|matarla|matarlos|matarlas|matarte|ahorcarlo|ahorcarla|estrangularlo|estrangularla|ahorcarte|estrangularte|ahogarlo|ahogarla)",
    r"(?:el|la|los|las|un|una) (?:\w+ )?(?:pastillas|pastilla|veneno|raticida|soga|cuerda) (?:(?!no )\w+ ){0,3}(?:para (?:la|el|mi|mis|las|los) (?:presion|dolor|diabetes|corazon|tiroides|colesterol|gripe|alergia|ratas|cucarachas|hormigas|ropa|tender|columpio|hamaca|perro|gato|jardin|plantas)|de (?:tender|saltar|la ropa|vitaminas))",
    r"(?:pastillas|pastilla|medicinas|remedios|medicamentos) (?:\w+ ){0,3}(?:para dormir|de dormir) (?:\w+ ){0,6}(?:me recetaron|me receto|me dio el medico|me dio la doctora|la doctora|el medico|el psiquiatra|la psiquiatra|recetadas|receta|no me hacen efecto|no me hacen nada|no me sirven|me ayudan|para poder dormir|porque no duermo|porque no puedo dormir|una por noche|media pastilla|cada noche)",
    r"(?:puente|puentes) (?:de (?:mayo|diciembre|agosto|octubre|noviembre|marzo|abril|semana santa|todos los santos)|largo|festivo|vacacional)|(?:este|el|un|del|para el) puente (?:nos|me|vamos|fuimos|voy|largo|festivo|de|en|a la|al)|(?:hacer|hacemos|haciendo) puente",
    # "boleros para cortarse las venas" (songs that make you cry), "me mato a trabajar",
    # "el móvil se ha suicidado"
    r"(?:cancion|canciones|bolero|boleros|ranchera|rancheras|pelicula|peliculas|peli|pelis|novela|novelas|musica|tema|temas|balada|baladas|tango|tangos)(?: \w+){0,5} para cortarse las venas(?: \w+){0,3}",
    r"(?:(?:que|q|y|ya|si|pero) )?(?:me mato|me estoy matando|matandome|matarme|me mataba) (?:\w+ )?a (?:trabajar|exigencias|exigirme|estudiar|limpiar|cocinar|planchar|hacer ejercicio|correr|caminar|fregar)",
    r"(?:el|mi|la) (?:telefono|movil|celular|ordenador|computadora|compu|coche|carro|lavadora|impresora|tele|television|planta|portatil|tablet) (?:\w+ )?se (?:ha |habia |me )?(?:suicidado|suicido|murio|ha muerto)",
    # Widened after the thirteenth and fourteenth sets: a quoted title after "la canción",
    # a kitchen mishap before "me quiero morir", "fue para pegarse un tiro".
    r"(?:cancion|canciones|tema|bolero|ranchera|pelicula|peli|serie|libro|novela|titulo|obra|disco|poema) (?:\w+ ){0,2}x\w+(?: \w+){0,8}|(?:cancion|tema|bolero|ranchera|pelicula|peli|serie|libro|novela|titulo|poema) (?:que se llama |titulada |titulado |llamada |llamado )?(?:me quiero morir|quiero morirme|quiero morir|me muero|me quiero matar|me mato)(?: \w+){0,8}",
    r"se me (?:ha |habia )?(?:quemado|quemo|roto|rompio|caido|cayo|olvidado|olvido|pasado|paso|cortado|corto|estropeado|estropeo|salado|salo|pegado|pego|derramado|derramo|escapado|escapo) (?:\w+ ){0,4}(?:me quiero morir|me muero|me quiero matar|me mato|me tiro por la ventana|que verguenza)(?: \w+){0,6}",
    r"(?:es|era|fue|sera|seria|esta|estaba|estuvo) (?:\w+ )?para (?:pegarse un tiro|morirse|matarse|tirarse por (?:la ventana|el balcon)|cortarse las venas|colgarse)(?: \w+){0,6}",
    # Widened after the sixteenth set: what someone shouted at her ("me gritó que nadie me va
    # a extrañar"),
    r"(?:dice|dijo|dicen|dijeron|decia|me grito|me grita|me escribio|me solto|me echo en cara) (?:que |q )(?:\w+ ){0,2}nadie (?:me|la) (?:va a|iba a|ira a) (?:extranar|llorar|echar de menos|visitar)(?: \w+){0,6}",
    r"(?:me grito|me grita|me gritaba|me dijo|me dice|me decia|me escribio|me solto) (?:que |q )?(?:\w+ ){0,8}(?:te mueras|muerete|nadie te (?:necesita|quiere|va a))(?: \w+){0,6}",
    # the last night of a holiday,
    r"(?:\w+ ){0,3}(?:mi|el|la) (?:ultimo|ultima) (?:dia|noche|semana) (?:en|de) (?:el |la |los |las )?(?:hotel|playa|vacaciones|pueblo|viaje|crucero|campamento|balneario|termas|trabajo|oficina|curso|excursion)",
    # an accident with a cut, overdoses seen at work, a nurse
    # counting the residents' pills.
    r"(?:se cayo|me cai|se resbalo|me resbale|accidente|sin querer|con el tractor|con la maquina|con la motosierra|con la amoladora)(?: \w+){0,8} (?:se|me) (?:hizo|hice|abrio|abri) (?:un )?(?:corte|tajo|herida)(?: \w+){0,8}",
    r"(?:\w+ ){0,8}(?:intoxicacion|intoxique|intoxicada|intoxicado|envenenamiento) (?:\w+ ){0,2}(?:con|por|de) (?:unas |unos |la |el |los |las )?(?:setas|hongos|comida|marisco|mariscos|pescado|pollo|huevos|mayonesa|conservas|monoxido de la estufa)(?: \w+){0,8}",
    r"(?:\w+ ){0,4}me (?:corto|corte|quemo|queme) (?:\w+ ){0,6}(?:pico|picando|pelo|pelando|corto el pan|cortando (?:el|la|las|los)|me afeito|afeitandome|planchando|sin querer)(?: \w+){0,6}",
    r"(?:\w+ ){0,6}(?:vi|he visto|veia|atendi|atendia|trate|tratabamos|conozco) (?:\w+ ){0,4}(?:lo que hacen? |los efectos de )?(?:las |una |muchas )?(?:sobredosis|intoxicaciones|suicidios|intentos de suicidio)(?: \w+){0,4}",
    r"(?:\w+ ){0,6}(?:conte|cuento|contar|contando|prepare|preparo|reparti|reparto|repartir) (?:\w+ ){0,2}(?:las |los )?(?:{PILL}) (?:de|para) (?:los|las) (?:abuelos|abuelas|pacientes|residentes|internos|ancianos|ninos|enfermos|usuarios)(?: \w+){0,10}",
    # The last message about a party, a dinner, a trip (round 19: "mandé el último mensaje
    # sobre la fiesta del sábado"), unless a farewell follows in the clause.
    r"(?!.* (?:para siempre|despedirme|me despido|adios|matarme|me mato|no voy a estar|no estare|me voy a ir))(?:\w+ ){0,8}(?:ultimo|ultima) (?:mensaje|msj|msg|audio|whatsapp|wasap) (?:\w+ ){0,3}(?:sobre|de|del|acerca de|por|con) (?:la |el |los |las )?(?:fiesta|cena|comida|asado|viaje|excursion|reunion|cumple|cumpleanos|boda|bautizo|comunion|partido|horario|regalo|compra|colecta|quedada|misa|junta|evento)(?: \w+){0,10}",
    # A farewell letter for a colleague or neighbour who retires or moves away.
    r"(?:\w+ ){0,6}(?:carta|nota|mensaje|tarjeta|discurso|palabras) (?:de )?(?:despedida|adios) (?:\w+ ){0,2}(?:para|a|al|pa) (?:mi |mis |la |el |una |un |nuestra |nuestro )?(?:companera|companero|colega|vecina|vecino|jefa|jefe|profe|maestra|maestro|alumna|alumno|amiga|amigo) (?:\w+ ){0,4}(?:que|q) se (?:jubila|jubilan|va a otra|muda|mudan|traslada|trasladan|cambia de|marcha|marchan)(?: \w+){0,8}",
    # Letters for grandchildren to read "cuando sean mayores" with the family's memories or
    # stories in them: for their growing up, not for after her death (unless that is named
    # too). A letter for when they are grown, left in a drawer with their names, stays.
    r"(?=.* (?:recuerdos|historias|anecdotas|la historia|recetas|cuando yo era|de la familia) )(?!.* (?:no este|no estoy|no estare|ya no voy a estar|me muera|me vaya|me haya ido|me mate))(?:\w+ ){0,6}(?:carta|cartas|nota|notas|sobre|sobres|album|libreta|cuaderno|diario|video|videos) (?:\w+ ){0,8}(?:para|pa) (?:que|q) (?:\w+ )?(?:la|las|lo|los) (?:lean|lea|abran|abra|vean|vea|tengan|tenga|guarden) (?:\w+ )?cuando (?:sean (?:mayores|grandes|adultos|adultas)|sea (?:mayor|grande|adulto|adulta)|crezcan|crezca)(?: \w+){0,8}",
    # The week's or the treatment's pills all taken as prescribed ("me tomé toda la
    # medicación de la semana sin olvidarme"), not all at once; without a word of keeping
    # to the schedule it stays a possible overdose.
    r"(?=.* (?:sin olvidar\w*|sin saltar\w*|ni un dia|a su hora|cada dia|todos los dias|como me (?:dijo|mando|indico|receto)|puntual\w*) )(?!.* (?:de golpe|de una vez|juntas|juntos|a la vez|todas juntas))(?:\w+ ){0,3}(?:me tome|tome|me he tomado|me tomo) (?:todas|todos|toda|todo) (?:las |los |la |el )?(?:{PILL}) (?:de|del) (?:la semana|el dia|dia|hoy|la manana|la noche|el tratamiento|tratamiento|antibiotico|la receta)(?: \w+){0,8}",
]

DENIAL = [
    r"(?:me |le |nos |la gente me |todos me )?(?:pregunto|pregunta|preguntan|preguntaron|preguntaba|preguntas|preguntando|cuestionario|quiso saber|quiere saber|queria saber) (?:\w+ ){0,3}(?:de )?(?:si|que) (?:yo )?(?:\w+ ){0,4}(?:{KILLME}|acabar con todo|morirme|morir|hacerme (?:algo|dano|nada)|una locura|alguna locura|suicid\w+|quitarme la vida|algun plan|un plan|lo intente|lo he intentado)",
    r"(?:no|nunca|jamas|ni) (?:\w+ ){0,2}(?:se me pasa|se me ha pasado|se me paso|se me cruza|pienso en|he pensado en|quiero) (?:\w+ ){0,2}(?:hacerme nada|hacer nada|hacer ninguna locura|hacerme algo|hacer algo)",
    r"no (?:estoy diciendo|digo|dije|quise decir|quiero decir|estoy hablando de) (?:que |q )?(?:\w+ ){0,2}(?:me quiero matar|me quiero morir|quiero morirme|quiero matarme|quiero suicidarme|me voy a matar|me voy a suicidar|voy a hacer algo|quiera morirme|quiera matarme|me quiera matar|me quiera morir)",
    r"(?:no soy capaz de|no seria capaz de|no sería capaz de|no podria|nunca podria|jamas podria|no me atreveria a|no me animaria a|nunca me animaria a|no tengo el valor de|no tendria el valor de) (?:\w+ )?(?:hacerme dano|matarme|quitarme la vida|suicidarme|lastimarme|hacerme nada|hacerme algo|hacer eso|hacerle eso|dejar a mis)",
    r"(?:me |le |nos )?(?:pregunto|preguntó|pregunta|preguntaron|preguntan|preguntaba|quiso saber|quiere saber|queria saber) (?:\w+ ){0,3}(?:si|que) (?:yo )?(?:\w+ ){0,3}(?:ideas|pensamientos|ganas|intencion|intenciones|planes|pensaba|pienso|pensado) (?:\w+ ){0,2}(?:de |en |sobre )?(?:quitarme la vida|matarme|suicidarme|suicidio|hacerme dano|morirme|morir|suicidas?|lastimarme|acabar con mi vida|hacerme algo)",
    r"(?:no|ni) (?:\w+ )?me quiero (?:morir|matar|suicidar)(?: \w+){0,3} (?:quiero|solo quiero|nomas quiero|lo que quiero|necesito|pero)",
    r"(?:no|ni) (?:\w+ )?(?:quiero|kiero) (?:morirme|morir|matarme|suicidarme)(?: \w+){0,3} (?:quiero|solo quiero|nomas quiero|lo que quiero|necesito|pero)",
    r"(?:no|nunca|jamas|ni) (?!(?:doy|puedo|aguanto|soporto|resisto) mas )(?!(?:\w+ )?(?:saben|sabe|sepa|sepan|sabia|sabian|sabe nadie|imaginan|imagina|entienden|entiende|notan|nota|ven|ve|se imaginan|se dan cuenta|se da cuenta) (?:que|q|k) )(?:(?!hice |hizo |dije |dijo |paso |pasaron |fui |fue |ocurrio |hicimos )\w+ ){0,2}(?:tengo|he tenido|tuve|tenia|siento|pienso|he pensado|pense|estoy pensando|me pasa por la cabeza|se me pasa por la cabeza|se me ha pasado por la cabeza|se me ocurre|se me ocurriria|me planteo|me he planteado) (?:\w+ ){0,2}(?:en )?(?:pensamientos|ideas|ganas|intencion|intenciones|planes|deseos)? ?(?:de |sobre |suicidas? )?(?:suicidio|suicidarme|matarme|quitarme la vida|hacerme dano|lastimarme|hacerme algo|morirme|morir|acabar con mi vida|acabar con todo|hacer una locura|hacer ninguna locura|hacer algo malo|suicidas?)",
    r"(?:no|nunca|jamas|ni loca|ni loco|ni muerta) (?:\w+ ){0,2}(?:me haria|me haré|me hare|me voy a hacer|haria|haré|hare|voy a hacer|me atreveria a hacer|podria hacerme|podria hacer|le haria|les haria) (?:\w+ ){0,2}(?:dano|nada|algo|una locura|ninguna locura|eso|esa tonteria|nada malo|algo malo|nada a mi misma|nada a mi mismo)",
    r"(?:no|nunca|jamas|ni loca|ni loco) (?:\w+ )?(?:me quitaria|me mataria|me suicidaria|me voy a matar|me voy a suicidar|me voy a quitar|me quitaré|me mataré|me suicidaré|me quitare|me matare|me suicidare|me haria dano|me lastimaria|atentaria contra mi vida|me quitaria la vida|voy a atentar)",
    r"(?:no|tampoco) (?:es que|que) (?:\w+ )?(?:me quiera morir|quiera morir|quiera morirme|quiera matarme|me quiera matar|quiera suicidarme|piense en matarme|piense en suicidarme|sea suicida|este pensando en|vaya a hacer)",
    r"(?:no soy|no estoy|nunca fui|nunca he sido|no me considero) (?:\w+ )?(?:suicida|en riesgo|en peligro)|(?:el suicidio|matarme|quitarme la vida|hacerme dano|la muerte) (?:\w+ )?(?:no es|nunca es|nunca sera|no sera|jamas sera|no esta) (?:\w+ )?(?:una opcion|opcion|la solucion|solucion|en mis planes|para mi|lo que quiero|en mi cabeza)",
    r"(?:no|nunca|jamas) (?:\w+ ){0,2}(?:les haria|le haria|le haría|les haría|voy a hacerle|voy a hacerles|podria hacerle|podria hacerles) (?:\w+ )?(?:eso|algo asi|esto|ese dolor|semejante cosa) (?:\w+ )?(?:a mis|a mi) (?:\w+ )?(?:hijos|hija|hijo|nietos|nieta|nieto|familia|marido|esposo|madre|mama)",
    r"(?:no|tranquila|tranquilo|tranqui|no te preocupes|no se preocupen|no se preocupe) (?:\w+ ){0,3}(?:no )?(?:voy a hacer|pienso hacer|hare|haria|me voy a hacer) (?:\w+ )?(?:ninguna locura|nada|nada raro|ninguna tonteria|nada malo|nada loco|nada estupido)",
    r"(?:me (?:pregunta|preguntan|pregunto|preguntaron|preguntó)|le preocupa|les preocupa|tiene miedo de|tienen miedo de|piensa|piensan|cree|creen|creyo|creyeron|penso|pensaron) (?:\w+ ){0,3}(?:si|que) (?:yo )?(?:\w+ ){0,2}(?:me quiero (?:matar|morir)|quiero (?:morirme|matarme|morir|suicidarme)|me (?:voy a|iba a|vaya a|fuera a) (?:matar|suicidar|hacer dano|hacer algo)|voy a hacer (?:una locura|algo)|soy suicida|estoy pensando en (?:matarme|suicidarme|el suicidio)|pienso en (?:matarme|suicidarme|el suicidio)|tengo (?:pensamientos|ideas) (?:suicidas|de suicidio))",
    r"(?:no|ya no) (?:\w+ )?(?:quiero|quisiera) (?:morir|morirme|matarme|suicidarme|estar muerta|estar muerto) (?:\w+ ){0,2}(?:solo|solamente|nomas|sino|pero si|quiero que|quisiera que) (?:\w+ ){0,4}(?:que )?(?:pare|se pase|se vaya|termine|deje de doler|acabe)(?: (?:\w+ ){0,2}(?:el dolor|esto|este dolor|la tristeza|la angustia|el sufrimiento|de doler))?",
    r"(?:quiero|quisiera|necesito) (?:\w+ ){0,2}(?:que (?:pare|termine|se acabe|se vaya|deje de doler)) (?:\w+ ){0,3}(?:el dolor|esto|la tristeza|la angustia|este dolor) (?:\w+ ){0,2}(?:no (?:mi vida|morirme|morir|la vida)|pero no (?:quiero )?(?:morir|morirme|mi vida|matarme))",
    r"(?:cansada|harta|cansado|harto|podrida) de (?:\w+ ){0,4}(?:pero|no de) (?:\w+ )?(?:no de (?:vivir|la vida)|no quiero morir|quiero vivir|amo la vida|me encanta la vida)",
    r"(?:en ningun momento|en ningun caso|nunca|jamas) (?:\w+ ){0,2}(?:he |me he |habia |hemos )?(?:contemplado|pensado|planteado|considerado|barajado|intentado) (?:en )?(?:la idea de |la posibilidad de )?(?:hacerme dano|lastimarme|matarme|quitarme la vida|suicidarme|el suicidio|morir|morirme|hacerme nada|hacer ninguna locura|hacerme algo|acabar con mi vida)",
    r"(?:no|tampoco) es (?:que|q) (?:\w+ )?(?:quiera|vaya a|piense) (?:dejarme morir|hacerme dano|hacerme algo|matarme|quitarme la vida|hacer una locura|hacer ninguna locura)",
]

NEGATOR = r"no|nunca|jamas|ni|tampoco|nop|nel|nah|sin"
BREAKER = (
    r"y|e|pero|aunque|que|q|k|es|era|fue|vida|justo|normal|nada|porque|xq|pq|porq|por|si|sino|cuando|mas|puedo|pude|podia|dejar|dejo|"
    r"deje|paro|parar|aguanto|aguantar|soporto|soportar|se|entiendo|sabia|sabes|sabés|recuerdo|"
    r"recordar|olvidar|olvido|puedes|podes|podés|importa|solo|sola|solo|ya|yo|el|ella|ellos|ellas|"
    r"me|mi|hay|tengo|duermo|dormir|como|donde|quien|ayuda|ayudar|miedo|aguantarlo|evitar|evito|"
    r"quitar|quito|sacar|saco|sacarme|quitarme|tan|tanto|veo|valgo|sirvo|merezco|hago|hace|"
    r"nadie|entonces|asi|entendes|entiendes|entiende|entienden|sabe|saben|crees|creas|"
    r"imaginas|imaginás|mentir|miento|niego|negar|esconder|escondo"
)
SELF_CUE = (
    r"yo|me|mi|mis|conmigo|mio|mia|mios|mias|estoy|tengo|quiero|kiero|pienso|siento|voy|puedo|soy|"
    r"creo|necesito|hice|tome|intente|estaba|tenia|queria|pense|he|hoy yo|toy"
)
OTHER_CUE = (
    r"ella|ellos|ellas|alguien|usted|ustedes|(?:mi|mis|su|sus|tu|tus|nuestro|nuestra|el|la|un|una|este|esta|ese|esa) (?:\w+ )?(?:{PERSON})|"
    r"(?:el|ella|\w+) (?:\w+ )?(?:dice|dijo|decia|escribio|escribe|mando|manda|publico|publica|puso|me dijo|le dijo|me escribio|me mando|comento|conto|amenaza|amenazo|habla|hablaba|hablo|cuenta)(?: que| q)?|"
    r"el (?:dice|dijo|quiere|queria|esta|estaba|tiene|tenia|se|no|ya|intento|piensa|habla)|"
    r"\w+ (?:me |le |nos )?(?:ha|han) (?:dicho|escrito|mandado|contado|confesado)(?: que| q)?"
)
PAST = (
    r"(?:hubo|tuve|pase) (?:un tiempo|una epoca|una temporada|unos anos|un momento|una racha)|hace (?:\w+ ){0,2}anos que no (?:lo hago|me corto|me quemo|me hago dano)|"
    # "(su esposo,) que murió hace un año" dates his death, not what she says now.
    r"(?<!desde )(?<!desde hace )(?<!murio )(?<!fallecio )hace (?:\w+ ){0,2}(?:anos|decadas|ano|muchisimo|mucho tiempo|muchisimo tiempo|una eternidad|una vida)(?! (?:que|q|k|y (?:hoy|ahora|todavia|sigo|aun)) )|"
    r"(?<!desde )hace (?:mucho|muchisimo|tanto)(?! (?:que|q|k|calor|frio|viento|sol|bochorno|fresco|tiempo que) )|"
    r"(?:el|al) ano pasado|(?:el|al) otro ano|(?<!desde )hace (?:un|dos|tres|varios|muchos|\d+) anos(?! (?:que|q|k|y (?:hoy|ahora|todavia|sigo|aun)) )|"
    r"cuando (?:mis|mi) (?:\w+ )?(?:hijos|hijas|hijo|hija|nenes|ninos) (?:\w+ )?(?:eran|era|estaban|estaba) (?:\w+ )?(?:pequenos|pequenas|pequeno|pequena|chicos|chicas|chico|chica|chiquitos|bebes|bebe|ninos|nina|nino|adolescentes|chiquitas)|"
    r"(?:sali adelante|sali de eso|lo deje atras|quedo atras|ya paso|eso ya paso|estuve (?:\w+ ){0,2}en tratamiento)|"
    # "como hacía cuando tenía 16" compares an act now with her youth, it does not date it.
    r"(?<!como )(?<!como hacia )(?<!como lo hacia )(?:cuando|de) (?:era|tenia|fui) (?:\w+ ){0,2}(?:joven|jovencita|chica|chico|nina|nino|adolescente|muchacha|estudiante|\d+|quince|dieciseis|diecisiete|dieciocho|veinte|treinta|universitaria|soltera|recien casada)|"
    r"(?:de|cuando) (?:joven|chica|adolescente|nina|jovencita|soltera|estudiante|muchacha)|a los (?:\d+|quince|dieciseis|diecisiete|dieciocho|veinte|veinticinco|treinta) anos|a los (?:1[3-9]|[2-9]\d|quince|dieciseis|diecisiete|dieciocho|veinte|veintitantos|veinti\w+|(?:treinta|cuarenta|cincuenta|sesenta)(?: y (?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|treintaitantos)(?= (?:(?:yo )?me (?:corte|tire|tome|colgue|lance|avente|arroje|queme|ahorque|envenene|dispare|trague|cortaba|quemaba)|intente|trate de|quise (?:matarme|morirme|suicidarme)))|"
    r"en (?:mi|la) (?:juventud|adolescencia|epoca de|epoca)|en (?:los )?(?:19|20)\d\d|en el (?:19|20)\d\d|en el (?:[5-9]\d|0\d)(?= )|back in (?:19|20)\d\d|"
    # "pensé que eso ya estaba superado" says it came back. "Desde entonces" with what she
    # does now, even a few words on ("desde entonces, cuando me acuesto, me golpeo"), is now.
    r"(?:ya )?(?:lo )?(?:supere|sobrevivi|sobreviviente)|(?<!estaba )superado|"
    r"(?:estoy|ahora estoy|ya estoy|llevo) (?:\w+ )?(?:bien|mejor|estable|tranquila|en paz|limpia|limpio) (?:desde hace|hace|desde entonces|hace anos|\d+ anos|muchos anos)|"
    r"(?<!despues de )(?<!tras )(?:\d+|muchos|varios|dos|tres|cuatro|cinco|diez|quince|veinte) anos (?:sin (?:cortarme|lastimarme|hacerme dano|autolesion\w*|intentarlo|recaer|tomar)|limpia|limpio|bien|estable)|desde entonces(?! (?:\w+ ){0,3}(?:cada|todas las|todos los|por las noches|rezo|pido|pienso|quiero|deseo|sueno|me corto|me quemo|me hago|me clavo|me golpeo|me pego|me arano|me rasguno|me castigo|me muerdo|no duermo|lloro))|en aquel entonces|en aquella epoca|en esa epoca|aquella vez|esa vez|una vez hace|"
    r"despues de (?:mi divorcio|mi primer|el parto|que nacio)|antes de (?:tener|casarme|que nacieran)"
)
RECENT = (
    r"anoche|ayer|antier|antenoche|esta manana|hoy temprano|hoy en la manana|hoy a la manana|hace un rato|hace un ratito|hace rato|"
    r"hace (?:como |unos |unas |mas o menos |menos de |casi )?(?:una|un par de|dos|tres|unas|\d+|media|un|veinte|diez|quince|cinco) (?:horas?|hora|minutos?|mins?|ratito|rato)|hace (?:unos|un par de|dos|tres|\d+) dias|"
    r"hoy (?:\w+ )?(?:recai|he recaido|volvi a|lo volvi a|me volvi a|lo hice otra vez)|recien|recién|el otro dia|la otra noche|la semana pasada|el fin de semana pasado|el finde pasado|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|esta madrugada|acabo de|hace nada"
)


# The commonest Spanish words (none of them common in English or German): a long message is
# read with this lexicon when they make up a share of it.
MARKERS = "que q de la el y en los las por con una para mi pero lo se ya muy del como porque mas esta todo"


def _known() -> str:
    """Return a rule that never fires, holding the words the speller must leave alone.

    They are the real inflections above and the words of the qualifying patterns (figures
    of speech, denials, negators, past and recent markers), so that "sobrevivi" or
    "verguenza" reach those patterns as written.
    """
    qualifiers = [*FIGURATIVE, *DENIAL, NEGATOR, BREAKER, SELF_CUE, OTHER_CUE, PAST, RECENT]
    known = set(KNOWN.split()) | vocabulary(qualifiers)
    return r"xknown (?:" + "|".join(sorted(known)) + ")"


RULES.append(("faint", _known()))


def lexicon() -> Lexicon:
    """Build the Spanish lexicon."""
    return build(
        "es",
        M,
        RULES,
        figurative=FIGURATIVE,
        denial=DENIAL,
        negator=NEGATOR,
        breaker=BREAKER,
        self_cue=SELF_CUE,
        other_cue=OTHER_CUE,
        past=PAST,
        recent=RECENT,
        markers=MARKERS,
    )
