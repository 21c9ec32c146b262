# ruff: noqa: E501  (a table of patterns reads better one entry to a line)
"""Word lists the guard reads a sentence with: diagnoses in lay words, relatives, drugs,
sides of the body, colours, opposite descriptions, and words for private matters."""

from __future__ import annotations

import re
from functools import lru_cache

# Diagnostic concepts in lay words. Each entry: a pattern that finds the concept in an
# answer-key term, and patterns that find the same concept in what a patient says.
LAY_DIAGNOSES: list[tuple[str, list[str]]] = [
    (r"myocardial infarction|nstemi|coronary|\bmi\b|heart attack", [
        r"heart attack", r"heart('s| is)? not getting (enough )?blood", r"blocked (artery|arteries)",
        r"coronary", r"cardiac arrest", r"my heart('s| is) (packing|giving) (up|out)",
        r"(pipes?|vessels?|arter(y|ies)) (round|to|in|of|into|feeding|supplying) (my|the) heart"
        r".{0,25}\b(block|furr|clog|narrow|bung|shut)",
        r"\b(block|furr|clog|narrow|bung)\w*.{0,25}(pipes?|vessels?|arter(y|ies)) "
        r"(round|to|in|of|into|feeding|supplying) (my|the) heart",
        # the muscle itself starved: "a bit of my heart muscle is being starved and dying off"
        r"heart muscle\b.{0,40}\b(starv|dying|die|dead|damag|short of (blood|oxygen))",
        r"\b(starv|dying|dead|damag)\w*.{0,30}\bheart muscle"]),
    (r"angina", [r"\bangina\b", r"heart('s| is)? not getting (enough )?blood"]),
    (r"pulmonary embol|thromboembol|clot (on|in) the lung|\bpe\b|\bvte\b", [
        r"clots? (that's |that has |has )?(gone |moved |travelled )?(to|in|on|into) (my|the|her|his) lungs?",
        r"blood clots? (in|on) (my|the) lungs?", r"embolism", r"embolus", r"lung clot",
        # "Mum had a clot in her leg, and I'm scared one's gone up into my lung"
        r"\bclots?\b.{0,60}\b(gone|travelled|moved|shot|flown|come)( up| off)? (in)?to (my|the|her|his) lungs?",
        # a clot's journey told without the word: "something's broken off in my leg and travelled up"
        r"\b(broken|broke|come|came|breaking) (off|loose)\b.{0,40}\b(travell?(ed|ing)?|moved|gone|went)"
        r" (up|to|into)\b"]),
    (r"dissection", [r"dissect", r"tear(ed)? in (my|the|an?) (main )?(artery|aorta|blood vessel)",
                     r"torn (an? )?(artery|aorta|blood vessel)", r"\baorta\b",
                     r"(artery|arteries|blood vessels?)\b.{0,30}\b(torn|tear|tearing|split|ripped)",
                     r"\b(torn|tore|tear|split|ripped)\b.{0,30}\b(artery|arteries|blood vessels?)\b"]),
    (r"pericarditis|myocarditis", [r"pericarditis", r"myocarditis",
                                   r"inflam\w* (around|of|in) (my|the) heart", r"lining of (my|the) heart",
                                   # "the sac my heart sits in has gone inflamed"
                                   r"(sac|bag|lining|membrane|covering)\b.{0,25}\bheart\b.{0,40}\b(inflam\w*|swollen|swelling|infected)"]),
    (r"reflux", [r"\breflux\b", r"\bgord\b", r"\bgerd\b", r"acid coming up"]),
    (r"melanoma|skin cancer|cancerous mole", [r"melanoma", r"skin cancer", r"cancerous",
                                              r"\bcancer\b", r"malignant"]),
    # the kind that spreads flat before it goes deep: "one of those moles that spread out flat
    # across the skin for a while before they go deeper"
    (r"superficial spreading", [r"spread\w* (out )?(flat )?(across|along|over|through) (the|your|my) skin\b.{0,50}\b(deep|deeper|down)\b"]),
    # the kind that grows down, not out: "the fast kind that grows down deep"
    (r"nodular", [r"nodular", r"\b(grows?|growing|goes|going|spreads?|spreading) (straight )?(down )?"
                  r"(deep|deeper|downwards?|inwards?)\b"]),
    (r"metasta|spread", [r"metasta", r"secondar(y|ies)", r"seeded (itself|somewhere)", r"spread (somewhere|elsewhere) (else )?inside", r"spread (to|into) (my|the) (glands|lymph|liver|lungs|bones|brain)",
                         # "it's already got into my liver or my lungs"
                         r"(got|gone|spreads?|spreading|travelled|moved|reached) (in)?to (my|the|his|her) (liver|lungs?|bones?|brain)",
                         # "bits of it have broken off round my body and settled in my bones"
                         r"(bits|pieces|cells)\b.{0,25}\b(broken|break|breaking|broke) off\b.{0,60}\b(settled|lodged|landed|taken root|spread)",
                         r"(got|gone|spread|travelled) (in)?to (the|my) (glands|lymph)", r"glands under (my|the) arm",
                         r"lymph nodes?", r"\bglands?\b.*\b(swollen|up|up in)"]),
    (r"naevus|nevus", [r"atypical mole", r"dysplastic", r"naevus", r"nevus", r"funny mole"]),
    (r"seborrh", [r"seborrh", r"barnacle", r"age wart", r"\bwarts?\b"]),
    (r"basal cell", [r"basal cell", r"rodent ulcer", r"\bbcc\b"]),
    (r"haemangioma", [r"haemangioma", r"blood blister", r"blood spot"]),
    (r"dermatofibroma", [r"(firm|hard) (little )?(buttons?|lumps?|bumps?|knots?) in the skin\b.{0,50}\bdimple", r"dimple\w* (in|down) when (you|i) (pinch|squeeze)", r"(firm|hard) (little )?(lumps?|bumps?)\b.{0,40}\b(insect |bug )?bites?", r"dermatofibroma"]),
    (r"lentigo", [r"lentig", r"age spot", r"liver spot", r"sun spot"]),
    (r"type 1 diabetes|t1dm|insulin-dependent", [
        r"juvenile diabetes", r"(type|kind|sort|one) you get (young|as a (kid|child|youngster)|when you'?re young)",
        r"pancreas\b.{0,20}\b(gives?|given|giving|packs?|packed|stops?|stopped|packing) (up|in|working)",
        r"immune system\b.{0,40}\b(attack\w*|gone for|turned on|destroy\w*)\b.{0,20}\bpancreas",
        r"type (one|1)\b", r"stops? making insulin", r"not making (any |enough )?insulin",
        r"insulin.dependent", r"need(s|ing)? insulin", r"on insulin", r"insulin pumps?",
        # "where your body's stopped making its own"
        r"(body|pancreas)('s| has| is)? (stopped|stops|stop|given up|quit|quits) making (its|it'?s|any of its) own",
        # the children's kind, or the one with jabs for life
        r"(sugar|diabetes|diabetic)\b.{0,40}\b(kids|children|youngsters|young people) (get|have)",
        r"(jabs|injections|insulin) for (the rest of (my|his|her) )?life",
        # the schoolfriend's finger-pricks and pen: "prick his finger before dinner and inject
        # himself with a pen"
        r"(prick|pricks|pricked|pricking|jab|jabs|jabbed|jabbing) (his|her|my|their|your) fingers?\b.{0,60}\binject",
        r"inject\w* (himself|herself|myself|themselves|yourself) with (a|an|the|his|her|my) pen"]),
    # the grown-ups' slow kind: "a kind of diabetes that creeps up on adults, halfway between the two"
    (r"latent autoimmune|diabetes in adults", [r"grown.?up (version|kind|type) of (the )?(kids'?|children'?s|childhood) (diabetes|kind|type)", r"in.between (diabetes|kind|type|sort)", r"(diabetes|types?|kinds?|sorts?)\b.{0,20}\b(that )?grown.?ups get",
        r"latent autoimmune", r"\blada\b", r"type (1\.5|one and a half)",
        r"(creeps?|comes?|came) (up )?on (in )?(adults|grown.?ups|later in life)",
        r"halfway between (the )?two (types|kinds|sorts)", r"(between|mix of) type (one|1) and (type )?(two|2)"]),
    (r"diabetes mellitus|^diabetes$|sugar diabetes", [r"diabet", r"sugar diabetes", r"high sugars?"]),
    # the grown-ups' common kind, told by its cause or by a grandparent's tablets: "the diabetes
    # you get from too much sugar, the sort Grandad takes tablets for"
    (r"type 2 diabetes", [r"type (two|2)\b", r"diabet\w*\b.{0,15}\b(you|people|folk) get from (too (much|many)|all the|eating|drinking) (sugar|sweets|junk|fizzy)",
                          r"diabet\w*\b.{0,80}\b(kind|sort|type) (older|middle.aged|overweight|fat) (blokes|men|people|folk|women)",
                          r"diabet\w*\b.{0,80}\b(sort|kind|type) (my |our )?(grandad|granddad|grandpa|gran|nan|grandma|granny|dad|mum|uncle|auntie|aunt)\w* (takes?|is on|has) (tablets|pills)"]),
    # the body, said for the kidneys: "my body just can't hold on to water"
    (r"insipidus", [r"(gland|hormone)\b.{0,60}\b(hold|holding|keep|keeping|hang) (on ?to |onto )?(the |your |my )?water", r"insipidus",
                    # the kidneys deaf to the hormone: "my kidneys ignoring the signal that tells them to hold on to water"
                    r"kidneys?\b.{0,20}\b(ignor\w*|(not|n't) (listening|responding) to|deaf to) (the )?(signal|message|hormone)", r"kidneys? (can't|cannot|don't|aren't able to) (hold|keep|hang)",
                    r"body (just |simply )?(can't|cannot|doesn't|isn't able to) (hold|keep|hang)"
                    r"( hold)? (on ?to |onto |of )?(the |any )?(water|fluids?)",
                    r"water diabetes"]),
    # the gland named as the cause: "could it be my thyroid?", "some thyroid problem"
    (r"hyperthyroid|hypothyroid", [
        r"\b(could|might|would|maybe|perhaps|is) (it|this|that)('s| be| is)? (just )?(my|the|his|her|a|"
        r"some) thyroid\b", r"\bthyroid (problem|issue|trouble|thing|condition)"]),
    (r"hyperthyroid", [r"overactive thyroid", r"\bgraves'? disease", r"toxic goitre", r"thyroid('s| is)? (playing|acting) up", r"thyroid('s| is| has)? (gone |going |in |into )?(into )?overdrive",
                       r"hyperthyroid", r"thyroid.*(too much|racing|overactive)",
                       # the gland by what it does: "some gland's got my metabolism stuck in
                       # top gear"
                       r"(gland|hormone)s?\b.{0,40}\bmetabolism\b.{0,30}\b(top gear|overdrive|racing|"
                       r"revved|speeded|sped|too fast|high gear|flat out)",
                       r"metabolism('s| is| has)? (been )?(stuck |running |gone |going )?(in |into )?"
                       r"(top gear|overdrive|high gear|flat out)"]),
    (r"hypothyroid", [r"underactive thyroid", r"thyroid('s| is)? (playing|acting) up", r"hypothyroid", r"thyroid('s| is)? (slow|low|sluggish)",
                      r"thyroid('s| is| has)? (packed|packing|given|giving|conked|gone) (in|up|out|slow)"]),
    (r"hypercalc", [r"calcium", r"hypercalc"]),
    (r"pre-?renal", [r"pre.?renal"]),
    (r"ketoacidosis", [r"diabetic coma", r"body('s| is| has)? (started |starting )?(burning|eating|breaking down) (itself|its own)",
                       r"\bgoing toxic\b", r"blood\b.{0,25}\b(acid|acidic)\b", r"ketoacidosis", r"\bdka\b", r"ketones?", r"\bketo(sis|tic)\b", r"acid in (my|the) blood",
                       r"blood('s| is| has)? (gone |goes |going |turned )?(all )?acid"]),
    (r"polydipsia", [r"polydipsia", r"drinking out of habit", r"just drinking too much",
                     r"habit\w*.{0,30}\bdrink", r"drink\w*.{0,25}\b(out of|from|by) habit"]),
    (r"autoimmune diabetes|lada|maturity-onset|mody", [r"\blada\b", r"\bmody\b", r"runs in families diabetes"]),
    (r"appendicitis|inflamed appendix|acute appendix", [
        # the organ by where it hangs: "that little tube off the bowel that goes bad"
        r"(tube|worm|pouch|dangly bit|finger)\b.{0,25}\b(off|on the end of|hanging off|of) (the|my|"
        r"your|her|his) (bowel|gut|intestines?|large intestine)", r"appendicitis", r"inflamed appendix",
                                                         r"my appendix", r"grumbling appendix"]),
    (r"perforated appendix|peritonitis", [r"lining of (my|the|his|her) (whole )?(tummy|belly|abdomen|stomach|gut)", r"(appendix|it)('s| has| is)? (burst|ruptured|perforated|popped)",
                                           r"\b(going to|gonna|might|could|will) (burst|rupture|pop)\b",
                                           r"burst appendix", r"peritonitis"]),
    (r"appendix mass|abscess", [r"abscess", r"lump (of|by) (my|the) appendix",
                                r"(pocket|collection|bag|build.?up) of pus", r"\bpus\b.{0,30}\bappendix"]),
    (r"testicular torsion", [r"twisted (down below|down there)", r"twist\w* (testicle|testis|ball|nut)", r"(testicle|ball)s?('s| has| is)? twist",
                             r"twisted down there",
                             r"torsion"]),
    (r"ovarian torsion", [r"ovary\b.{0,25}\b(tangled|knotted|kinked|twisted)", r"ovary\b.{0,50}\blost (its|the|her|my) blood supply", r"twist\w* ovary", r"ovary('s| has| is)? twist", r"torsion"]),
    (r"mesenteric adenitis", [r"mesenteric", r"swollen glands in (my|the) (tummy|abdomen|stomach|belly)"]),
    (r"gastroenteritis", [r"gastroenteritis", r"stomach bug", r"tummy bug", r"food poisoning",
                          r"\bgastro\b", r"something i ate", r"a bug\b"]),
    (r"crohn|ileitis|inflammatory bowel|colitis", [r"crohn", r"colitis", r"\bibd\b", r"inflammatory bowel", r"ileitis",
        # the end of the small bowel inflamed: "could the last bit of my small intestine have got inflamed?"
        r"(small (intestine|bowel)|(last|end) (bit|part|stretch) of (my|the) (gut|bowel|intestines?))\b.{0,40}\binflam",
        r"inflam\w*.{0,30}\b(small (intestine|bowel)|(last|end) (bit|part) of (my|the) (gut|bowel|intestines?))"]),
    (r"ureteric colic|kidney stone|renal colic", [r"kidney stones?", r"\bstones?\b", r"renal colic"]),
    (r"urinary tract infection|pyelonephritis|urosepsis|water infection", [
        r"water infection", r"urine infection", r"urinary (tract )?infection", r"\buti\b",
        r"kidney infection", r"bladder infection", r"cystitis", r"pyelo", r"urosepsis"]),
    # a pouch off the bowel: "one of those extra little pouches off the bowel"
    (r"diverticul", [r"diverticul", r"meckel", r"(leftover|left.over|spare|extra) (little )?pouch(es)? of (gut|bowel)", r"born with (a |an )?(little |small |tiny )?(extra |spare )+(bit|piece|pouch|loop|length) of (gut|bowel|intestines?)",
                     r"(pouch|pouches|pockets?|sacs?)\b.{0,25}\b(off|on|in|of) (the|my|your) "
                     r"(bowel|gut|intestines?)"]),
    (r"pneumonia", [r"pneumonia", r"chest infection", r"infection (in|on) (my|his|her|the) (chest|lungs?)"]),
    (r"delirium|confusional", [r"delirium", r"delirious", r"acute confusion"]),
    (r"anticholinergic|drug toxicity", [r"(it'?s|it is|they'?re|tablets? (are|is)) poisoning (him|her|me)", r"block\w* (a |the )?(brain )?chemical", r"(tablet|pill|medication|medicine|oxybutynin)s?\b.{0,40}\b(behind|causing) (all )?(this|it)",
        r"(tablet|tablets|pill|pills|medication|medicine|drug|oxybutynin)s?\b.{0,40}\b(muddl|confus|side.?effect|to blame|disagree|poison)",
        r"(muddl|confus)\w*.{0,30}\b(tablet|pill|medication|medicine|oxybutynin)",
        r"(clash|interact|react)\w* with (his|her|my|the) [a-z ]{0,15}(tablets?|pills?|medicines?|medication)",
        # one tablet against another: "it works against his memory tablet", "the two together have scrambled his head"
        r"works? against (his|her|my|the) [a-z ]{0,15}(tablets?|pills?|medicines?|medication)",
        r"(two|both|pills|tablets|medicines) (of them )?together\b.{0,30}\b(scrambl|muddl|confus|fogg|addl)",
        r"anticholinergic", r"side.?effects?"]),
    (r"urinary retention|retention", [r"retention", r"can't (pee|wee|pass water|pass urine)",
                                      r"(can'?t|cannot|couldn'?t|could not|unable to) (pass|do) "
                                      r"((his|her|my|any) )?(water|wee|urine)\b",
                                      # "he can't get his water out", "it's backing up"
                                      r"(can't|cannot|couldn't) (get|push) (his|her|my|the) "
                                      r"(water|wee|pee|urine) out",
                                      r"(water|wee|urine|it)('s| is)? (all )?backing up",
                                      r"bladder('s| is)? (not emptying|full|blocked)", r"blocked bladder"]),
    (r"subdural|intracerebral|haemorrhage|bleed on the brain|brain haemorrhage|subarachnoid", [
        r"bleed(ing)? (behind|under) the (bone|skull)", r"(shook|knocked|shaken) something loose in (his|her|my) head",
        r"(something|a vessel|a blood vessel)('s| has| had)? (gone and )?burst\b.{0,30}\b(brain|head)",
        r"bleed(ing)? (on|in|into) (his|her|my|the) brain", r"brain bleed", r"subdural", r"subarachnoid",
        r"haemorrhage", r"hemorrhage", r"blood (clot )?on (his|her|my|the) brain"]),
    (r"aneurysm", [r"aneurysm", r"burst (a )?blood vessel in (my|the) (head|brain)", r"blood vessel.{0,20}burst",
                   r"\bberry (things?|ones?|sorts?|bulges?|swellings?)\b",
                   r"(artery|blood vessel)\b.{0,60}\b(popped|gone pop|gone bang|ruptured|burst)"]),
    (r"rhabdomyolysis", [r"damaged my muscles\b.{0,60}\bkidneys?", r"muscles?\b.{0,60}\b(clog|block|bung)\w*.{0,20}kidneys?", r"rhabdo", r"crush\w* muscles?", r"muscles?\b.{0,20}\b(damag|harm|hurt)\w* "
                         r"(the |his |her |my |your )?kidneys", r"muscles? (might have |may have |have |has |had )?(broken|breaking|break) down",
                         r"muscle breakdown", r"\bbr(eak|eaks|eaking|oke|oken) (the |his |her |my |your )?muscles? down"]),
    (r"hyponatraemia|hypercalcaemia", [r"\bsalt (levels?|balance)", r"sodium", r"calcium"]),
    # the warning before the attack: "heart pain that isn't a full attack yet but is heading
    # that way"
    (r"unstable angina", [r"unstable angina", r"(heart pain|angina)\b.{0,40}\b(isn'?t|not) (a |yet )?(full|proper|real)"
                          r"( heart)? attack", r"heading (that way|towards a heart attack)"]),
    (r"^stroke$|stroke", [r"clot\b.{0,15}\b(gone|went|travelled) (up )?to (his|her|my|the) brain",
                          r"(blood vessel|artery|vein)s? in (his|her|my|the) (head|brain)\b.{0,20}\b(blocked|clogged|bunged|furred)", r"\bstrokes?\b", r"\bmini.?strokes?", r"\btia\b"]),
    (r"alzheimer", [r"(alzheimer|dementia|memory)\S*( has| is|'s)? (got|getting|gone) (worse|downhill)",
                    r"(alzheimer|dementia)\S* (progress|advanc)"]),
    (r"constipation", [r"constipat", r"bunged up", r"blocked up"]),
    (r"sepsis|septic|septicaemia|blood poisoning", [r"(bug|germ|infection)\b.{0,40}\b(got|get|gets|getting|gone) (in)?to (the|her|his|my|your) blood(stream)?", r"\bsepsis\b", r"septic", r"septicaemia", r"blood poisoning",
                                                    r"(bug|infection|germs?|it)('s| has| have| is)? (got|gone|spread|getting|going) (in)?to (the|her|his|my|your) blood(stream)?",
                                                    r"infection (in|of) (the|her|his|my) blood(stream)?",
                                                    r"(infection|bug|germ)s?\b.{0,30}\bspread\w* (right )?(through|round|all over|throughout) (his|her|my|your|the) (whole )?(system|body)",
                                                    r"(his|her|my|their) (body|system)('s| is| was)? (shutting|closing) down"]),
    (r"malaria", [r"malaria"]),
    # the species named: what the blood film found, not the patient's idea of malaria
    (r"falciparum", [r"falciparum"]),
    (r"cerebral malaria|severe.*malaria", [r"(kind|sort|type|one)\b.{0,20}\b(goes|gets|went|spreads?) (in)?to (your|the|my|his|her) brain", r"malaria.{0,30}(brain|severe)", r"(brain|severe).{0,20}malaria"]),
    (r"typhoid|enteric fever", [r"typhoid", r"enteric"]),
    (r"dengue", [r"dengue", r"breakbone"]),
    (r"influenza", [r"\bflu\b", r"influenza"]),
    (r"hepatitis", [r"hepatitis", r"\bhep [abc]\b", r"jaundice"]),
    (r"\bhiv\b|seroconversion", [r"\bhiv\b", r"\baids\b", r"seroconver"]),
    (r"rickettsial", [r"rickettsia", r"tick.?bite", r"typhus"]),
    (r"lassa|haemorrhagic fever", [r"lassa", r"haemorrhagic fever", r"ebola"]),
    (r"meningitis|meningococc", [r"brain fever", r"\bmen ?b\b(?! (jab|vaccine|injection|immuni\w*))", r"meningitis", r"meningococc", r"\bmeningo",
        # "that brain infection that gives you a stiff neck, the one teenagers get the jab for"
        r"(brain|head) infection\b.{0,40}\bstiff neck", r"stiff neck\b.{0,60}\b(jab|vaccine|injection)s?\b"]),
    # the same germ in the blood: "a kind of meningitis that's in the blood"
    (r"meningococc|septic", [r"(losing|lose|lost|lost all) (their|her|his) (fingers|toes|limbs|hands|feet)", r"spots (turn|go|going|turning|went) black", r"(meningitis|infection|germ|bug)\b.{0,30}\bin (the|her|his|my) blood(stream)?\b"]),
    (r"osteoarthritis|osteoarthrosis|degenerative joint|wear and tear|\boa\b", [
        r"osteoarthrit", r"\barthritis\b", r"wear and tear", r"\b(my|his|her|the|it'?s) oa\b", r"worn (out|away|down)", r"cartilage('s| is| has)? (gone|worn)",
        r"degenerat", r"gonarthros"]),
    (r"meniscal|meniscus", [r"(pads?|cushions?|shock absorbers?|gristle)\b.{0,40}\b(torn|tear|split|ripped)", r"\b(torn|tore|tear|split|ripped)\b.{0,40}\b(pads?|cushion\w*|shock absorbers?|gristle)\b", r"menisc", r"torn (a |the |my )?cartilage", r"cartilage tear", r"tor(n|e) (a |the |my )?cartilage"]),
    (r"gout", [r"rich man's (disease|illness|complaint|affliction|ailment|condition)", r"calcium\b.{0,10}\b(build\w*|built|collect\w*|settl\w*|deposit\w*) (up )?(in|on)", r"disease of kings", r"king's disease", r"chondrocalcinosis", r"calcium (crystals?|deposits?)", r"\bgout\b", r"pseudogout", r"crystals?"]),
    (r"rheumatoid|inflammatory arthritis", [r"rheumatoid", r"inflammatory arthritis", r"\barthritis\b"]),
    (r"referred from (the )?hip|hip osteoarthritis", [r"(my|the) hip\b.{0,50}\b(feel|feeling|felt)\w*( it)? in (the|my) knee", r"actually (my|the) hip",
        r"(it'?s|coming from|from|referred from) (my|the) hip", r"my hip and the pain", r"(my|the) hip (sending|sends|sent)",
        r"hip.{0,40}(showing up|referred|coming through|travel)", r"hip arthritis"]),
    (r"bursitis", [r"where the tendons (join|attach|insert|meet)", r"fluid (sacs?|bags?|pockets?|cushions?)", r"bursitis", r"\bbursa"]),
    (r"septic arthritis", [r"infect\w* (in|of) (my|the|his|her) (knee|joint)", r"infected (knee|joint)",
                           r"septic (knee|joint|arthritis)"]),
    (r"bone tumour|metastasis", [r"bone cancer", r"sarcoma", r"tumour", r"cancer in (my|the) bone", r"growth in (my|the) bone",
                                 r"cancer\w*\b.{0,40}\bspread\w* (in)?to (the|my|his|her) bones?"]),
    (r"subarachnoid|berry aneurysm|intracranial aneurysm", [r"aneurysm"]),
    (r"migraine", [r"migraine"]),
    (r"thunderclap|vasoconstriction", [r"thunderclap", r"vasoconstriction", r"rcvs",
                                       r"blood vessels? (in my head )?(tightening|spasm|clamping)"]),
    (r"hypertensive emergency", [r"(blood )?pressure crisis", r"pressure('s| has| is)? (gone |shot )?dangerously high",
        r"blood pressure('s| has| is)? (gone |shot |going )?(sky.high|through the roof|really high|dangerously high|very high|way up|shot up)",
        r"hypertensive", r"blood pressure.{0,30}(caused|causing) (it|this)"]),
    (r"venous sinus|cvst", [r"clots? in (the|my) (veins|vessels|blood vessels) (of|in) (the|my) (brain|head)",
                            r"venous sinus", r"clot (on|in) (my|the) brain"]),
    (r"cervical artery dissection", [r"torn (an )?artery in (my|the) neck", r"tear in (an? |the |my )?(artery|blood vessel) in (my|the) neck",
                                     r"neck artery"]),
    (r"pituitary", [r"gland at the (base|bottom) of (my|the|your) (brain|skull)", r"pituitary",
                    r"master gland"]),
    (r"ectopic|tubal", [r"\b(growing|stuck|lodged|implanted|settled|ended up) (in the wrong place|somewhere it shouldn'?t)", r"ectopic", r"(pregnancy|baby|pregnant) in (my|the) tubes?", r"outside (my|the) womb",
                        r"(pregnanc\w*|baby|egg)\b.{0,25}\b(caught|stuck|lodged|trapped|growing) in (my|the|a) (fallopian )?tubes?",
                        r"(baby|pregnancy)('s| is| has)?[.…\s]*(growing |stuck |lodged |got stuck |implanted )?"
                        r"(in the wrong place|somewhere it shouldn't)",
                        r"tubal pregnancy", r"tube('s| has)? (burst|ruptured)",
                        # "a pregnancy had burst her tube"
                        r"(pregnancy|baby)\b.{0,30}\b(burst|ruptured|split) (her|my|the|a) tube"]),
    (r"miscarriage", [r"miscarr", r"los(e|ing) (the|a|my) baby", r"lost (the|a|my) baby",
                      # the threatened kind: "a pregnancy's under threat but might still hang on"
                      r"(pregnancy|baby)('s| is| was)? (under threat|at risk|in danger|threatened)",
                      r"\b(i'?m|i am|i might be|i could be) losing (it|the pregnancy)\b",
                      # "a pregnancy that's gone wrong and is coming away"
                      r"(pregnancy|baby)\b.{0,30}\b(coming|come|came) away",
                      r"(pregnancy|baby)('s| that's| that has| has)? (gone wrong|failing|failed|ending)",
                      # "a pregnancy I didn't know about ending on its own"
                      r"pregnancy\b.{0,40}\bending (on its own|by itself|itself|naturally)"]),
    (r"corpus luteum|cyst", [r"\bcysts?\b", r"ovarian cyst"]),
    (r"pelvic inflammatory", [r"(spread|gone|travelled|moved) (up )?(in)?to (my|the|her) tubes", r"pelvic inflammatory", r"\bpid\b", r"pelvic infection", r"spread up inside",
                              r"infection (up )?(in|of|inside) (my|the) (tubes|womb|pelvis)"]),
    (r"haemorrhagic shock", [r"(going|gone|go|went) into shock", r"bleeding (on the )?inside", r"bleeding internally", r"bleeding inside", r"internal bleed", r"lost (a lot of|too much) blood inside"]),
    (r"thrombocytopeni|itp", [r"(blood|it)('s| has| is)? (stopped|not|isn'?t) clotting", r"bleeding (under|into|beneath) (her|his|my|the) skin", r"platelets?", r"\bitp\b", r"thrombocyto",
        # "her immune system's been wiping out the bits of her blood that stop bleeding"
        r"(bits|parts|cells|things) (of|in) (her|his|my|the) blood that (stop|help|make)( \w+)? (bleeding|clotting|it clot)"]),
    (r"vasculitis|henoch|purpura", [r"\bpurpura\b", r"purple.spott\w*.{0,20}kidney", r"kidney (thing|trouble|problem)\b.{0,20}\b(kids|children) get", r"(blood )?vessels?\b.{0,25}\binflam\w*", r"inflam\w*.{0,25}\b(blood )?vessels?", r"vasculitis", r"henoch", r"\bhsp\b"]),
    (r"streptococ", [r"\bstrep\b( a)?", r"streptococ"]),
    (r"nsaid", [r"(ibuprofen|nurofen|naproxen|anti-?inflammator\w*)\b.{0,60}\bkidneys?"]),
    (r"leukaemia", [r"leuka?emia", r"children'?s cancer", r"leukemia", r"blood cancer", r"cancer of the blood",
                    r"(wrong|problem|trouble) (with|in) (her|his|my|the) bone marrow",
                    r"bone marrow\b.{0,30}\b(wrong|problem|trouble|failing|cancer)"]),
    # the muscles broken down by a long lie: "lying on the floor that long has damaged his muscles"
    (r"rhabdo", [r"rhabdo", r"(damag|break\w* down|broken down|crush)\w*.{0,20}\bmuscles?\b",
                 r"\bmuscles?\b.{0,30}\b(damaged|breaking down|broken down|crushed)"]),
    (r"non-accidental", [r"non.accidental", r"someone('s| has)? (hurt|hit|hurting)", r"\babuse", r"been hit",
                         r"(nobody|no one|no-one)('s| has)? (hurt|hit|harmed|touched) her", r"grab marks",
                         # the denial that answers a suspicion nobody voiced
                         r"\b(we|i|they|someone|somebody|anyone|anybody|nobody|no one)('ve| have)? "
                         r"(did|done|caused) "
                         r"(this|that|these|them|it) to (her|him)\b"]),
    (r"viral infection with a petechial", [r"just a virus", r"viral rash"]),
    (r"depress", [r"depressi", r"clinically depressed"]),
    (r"adjustment disorder", [r"adjustment disorder", r"adjustment reaction"]),
    (r"bipolar", [r"bipolar", r"manic", r"mania", r"manic depress"]),
    (r"anxiety disorder|anxiety with", [r"anxiety disorder", r"panic attacks?", r"hyperventilat", r"\banxiety\b"]),
    (r"alcohol use disorder|alcohol dependence", [r"alcoholic", r"dependent on (the )?(drink|alcohol)",
                                                  r"addicted to (the )?(drink|alcohol)", r"drink problem",
                                                  r"problem with (the )?(drink|alcohol|drinking)",
                                                  r"\b(hooked|addicted) (on|to) (it|the drink|drink|booze|the booze|"
                                                  r"alcohol|the cans|lager)\b",
                                                  r"can't (get through|go|manage|last) (a|one|the) (night|day|"
                                                  r"evening) without\b"]),
    (r"suicide", [r"high risk", r"suicide risk"]),
    (r"organic cause", [r"something physical", r"physical cause"]),
    (r"kidney injury|\baki\b|renal failure|kidney failure|kidneys packing up", [
        r"kidney\w*\b.{0,60}\b(wreck|destroy|ruin|damage|finish)\w*\b.{0,30}\b(in|within) (a few|a couple of|a matter of) (days|weeks)",
        r"kidney injury", r"\baki\b", r"acute on chronic", r"kidneys?('s| are| is| have| has)? (packing|giving) (up|in|out)",
        r"kidney failure", r"renal failure", r"kidneys?('s| are| is| have| has)? (failed|failing|stopped|shut(ting)? down|pack(ed)? up)",
        r"kidneys?.{0,20}(damaged|poisoned)", r"done (my|her|his|the) kidneys in"]),
    (r"tubular necrosis", [r"tubular", r"necrosis",
                           # "the little tubes inside my kidneys have been starved of blood and died off"
                           r"(tubes?|tubules?|cells?)\b.{0,30}\bkidneys?\b.{0,60}\b(starved|died|dying|dead|killed)"]),
    (r"interstitial nephritis|glomerulonephritis", [r"filters? in (my|the|her|his) kidneys?", r"kidney filters?", r"inflamed (my|the|her|his) kidneys?", r"nephritis", r"inflam\w* (in|of) (my|the) kidneys?"]),
    (r"obstructi", [r"blockage", r"\bkink(ed)?\b.{0,40}\bpipes?\b", r"bent hose(pipe)?", r"blocked (up|kidney|tube|waterworks)", r"obstruct",
                    r"\bblock(ing|s)?\b.{0,30}\b(water|wee|urine|flow)\b",
                    r"\bstones?\b.{0,30}\b(stuck|lodged|blocking|wedged)\b"]),
    (r"haemolytic uraemic", [r"haemolytic", r"uraemic", r"\bhus\b", r"e\.? ?coli",
                             r"(bug|infection|germ)s?.{0,30}(poison|damag)\w* (my|the) kidneys?"]),
    (r"hyperkalaemia", [r"(salts?|minerals?)\b.{0,60}\bstop (my|his|her|the) heart", r"potassium", r"hyperkal"]),
    (r"pneumothorax", [r"pneumothorax", r"collapsed lung", r"lung('s| has)? collapsed", r"punctured lung"]),
    (r"pleurisy", [r"pleurisy", r"pleuritic"]),
    (r"musculoskeletal chest wall", [r"pulled (a )?muscle", r"strained (a )?muscle", r"muscle strain",
                                     r"chest wall"]),
    # crystals by their chemistry or as scale: "calcium pyrophosphate deposition", "a build-up
    # of uric acid", "like limescale in a kettle, chalky bits furring up the joint"
    (r"gout|pyrophosphate", [r"pyrophosphate", r"\bcppd\b", r"uric acid",
                             r"(chalk|chalky|limescale)\b.{0,60}\bjoints?\b",
                             r"\bjoints?\b.{0,40}\b(chalk|chalky|limescale)"]),
    # the gland under the brain that holds the water back
    (r"insipidus|pituitary", [r"gland (under|beneath|below|at the base of) (my|the|your) brain"]),
    (r"rickettsi", [r"tick.?bite fever", r"\btick fever", r"rickettsi"]),
    (r"enterovirus", [r"hand,? foot,? and mouth", r"enterovir",
                      r"(virus|viruses|bug|bugs)\b.{0,40}\b(brings?|bringing|come|comes) "
                      r"(little ones |kids |children |them |her |him )?out in (spots|a rash)"]),
    (r"falciparum|tertian", [r"malignant tertian", r"falciparum"]),
    (r"corpus luteum", [r"release (an|the|my) egg\b", r"when (you|i) ovulate"]),
    (r"obstructi", [r"press(ing|es|ed)? on the tubes?\b", r"(growth|lump)\b.{0,40}\btubes? from (my|the) kidneys?"]),
    (r"anticholinergic|oxybutynin", [r"(leaflet|tablets?|pills?|medicines?)\b.{0,60}\bmake (older people|old people|"
                                     r"him|people|you) (see things|confused|muddled|hallucinate)"]),
    (r"primary polydipsia", [r"drinking compulsively|compulsive(ly)? drink\w*",
                             r"nerves\b.{0,30}\b(drinking|drink) "]),
    # the deep kind: "the aggressive sort that burrows down deep fast"
    (r"nodular", [r"aggressive (sort|kind|type)\b", r"burrows? (down )?(deep|deeper)"]),
    (r"perforat", [r"split(ting|s)? open inside"]),
    (r"torsion", [r"(knotted|twisted|twisting|knotting)\b.{0,50}\b(cut|cutting|cuts) (the |off the )?blood"]),
]

# "zero pain" is none: no figure, and a denial (numbers reads it so too)
ZERO_AS_NONE = re.compile(r"\bzero (pain|problems?|trouble|bother)\b")

# Idioms a patient uses whose words say something else: read as what they mean before the
# sentence is weighed ("going nineteen to the dozen" counts nothing and names no dozen)
# "my two penn'orth" is an opinion, read so for its words and for its figures alike
TWO_PENNORTH = r"two penn?(?:'orth|orth|'?worth|y'?s worth)"
# ... and so, for its words and its figures, are "a stitch times a hundred" (worse), an answer
# put off ("I'll come to the tablets in a minute"), and how near a reading came to a mark
# ("thirty-nine point six, a whisker off forty")
TIMES_OVER = r"\b(times|x) (a hundred|a thousand|ten|100|1000)\b"
PUT_OFF = (r"\b((come|get|coming|getting) (on )?to (that|this|it|them|those|the [a-z]+)) in a "
           r"(minute|second|moment|tick|sec|mo|bit)\b")
SHORT_OF_A_MARK = r"(?:a whisker|a touch|a shade) (?:off|short of|under)|just shy of"
# the complaints counted before they are said ("two things, really: ..."), weeks counted in
# weekdays ("three Mondays ago"), and a life in years ("never hurt this much in fifty-eight
# years"): figures of speech the words and the figures readers both take as said
COUNTED_AHEAD = (r"^(two|three|a couple of) (things|problems|bits|lots|kinds|sorts|types)"
                 r"(,? (really|mainly|mostly|doctor|doc|love))?\s*[:;]")
WEEKDAYS_AGO = (r"\b(two|three|four|five|six|2|3|4|5|6) (mondays|tuesdays|wednesdays|thursdays|"
                r"fridays|saturdays|sundays) ago\b")
IN_A_LIFETIME = r"\b(never|not once)\b([^.;]{0,60}?)\bin (all )?(my )?([a-z]+(-[a-z]+)?|\d+) years\b"

IDIOMS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\b(going |gone )?nineteen to the dozen\b", "racing"),
    # sayings for a course, a persistence or an opinion: "a slow burn rather than a bang",
    # "this thirst I can't shake", "steadily heavier going", "part of the whole package",
    # "my two penn'orth", "the knee's handing in its notice"
    (r"\ba slow burn( rather than a (bang|sudden thing))?\b", "gradual"),
    (r"\b(i )?can'?t (seem to )?shake( it| off)?\b", "won't go"),
    (r"\b(steadily |getting )?heavier going\b", "getting worse"),
    (r",? ?\b(very much |all )?part of the (whole )?package\b", ""),
    (rf"\bmy {TWO_PENNORTH}\b", "my opinion"),
    (r"\bhanding in (its|his|her) notice\b", "giving up"),
    (r"\bin the space of\b", "within"),
    (r"\b(been )?smoke.free\b", "stopped smoking"),
    # sickness feared is nausea, not vomiting: "churning like I might throw up"
    (r"\b(like|as if|as though) i (might|could|was going to|'?m going to|am going to|would) "
     r"(throw up|be sick|vomit|puke|heave)\b", "nauseous"),
    (r"\b(my )?(stomach|tummy)('s| is| has|'s been| has been| was| keeps)? (churning|turning over)\b",
     "felt sick"),
    # no span and no vomiting: "can't get a night's sleep", "no sick pay"
    (r"\ba (good |decent |proper )?night'?s (sleep|rest|kip)\b", "sleep"),
    (r"\b(burnt|burned) out\b", "exhausted"),
    # emphasis that says nothing of the case: "wear and tear, plain and simple", "that's about
    # as far as my medical knowledge goes"
    (r",? ?\b(plain and simple|simple as that|pure and simple)\b", ""),
    (r"\b(and )?that'?s (about )?as far as my (medical )?knowledge goes\b", ""),
    (r"\bred.faced\b", "embarrassed"),
    # breath fought for is breathlessness, not its denial: "I can't quite get a full breath"
    (r"\b(can'?t|cannot|can not) (quite |really )?(get|catch|take) (a |my )?(full |proper |deep |"
     r"decent |good )?breath\b", "am short of breath"),
    (r"\bblood transfusions?\b", "transfusions"),
    # blood taken for a test is no bleeding: "the nurse took some blood", "a blood test"
    (r"\b(took|taken|take|taking|drew|drawn) (some |a bit of |a little )?blood\b", r"\1 a sample"),
    (r"\bblood (tests?|samples?)\b", r"\1"),
    (r"\bsick (pay|leave|note|notes|day|days)\b", r"\1"),
    # sayings that make no claim of their own
    (r"\b(feel|feeling|look|looking) like death warmed up\b", r"\1 awful"),
    (r"\bmy money'?s on\b|\bi'?d put (money|my money) on it\b", "i think"),
    (r"\bout of the blue\b", "suddenly"),
    (r"\bcan'?t get it out of my head\b", "keep worrying"),
    (r"\ball at once\b", "suddenly"),
    # a pain that stays: "it's been sat there since this morning without budging"
    (r"\b(without|not|never) (budging|shifting|moving|easing)( an inch)?\b", "not shifting"),
    (r"\b(won't|doesn't|didn't|hasn't|hasn't really|won't really) (budge|shift)\b",
     "not shifting"),
    (r"\b(refus(es|ing) to|won't) (settle|budge|shift|go away)\b", "not shifting"),
    (r"\b(short|out) of (puff|wind)\b", "short of breath"),
    (r"\blike (someone|somebody) (had )?(flicked|flicking|flipped|flipping) a switch\b",
     "suddenly"),
    (r",? pure and simple\b", ""),
    (r"\b(puffed|puffing|blown) (right |all )?up\b", "swollen"),
    (r"\b(stubbed out|put out|smoked) (my|his|her) (very )?last (one|cigarette|fag|cig)\b",
     "gave up smoking"),
    (r"\b(drenched|soaked|dripping|pouring) (in|with) (sweat)\b", "sweating"),
    (r"\bmy (worst|biggest|greatest) (fear|worry)\b", "my worry"),
    # a blood test is no bleeding
    (r"\bblood (tests?|samples?|results?)\b", r"lab \1"),
    (r"\b(been |just |still )?(sat|sitting|sat right) there\b", r"\1there"),
    # a shift worked is no pain's shifting: "knackered by the end of every shift"
    (r"\b(every|each|my|his|her|the|a|night|day|long|early|late|twelve-hour) shifts?\b",
     r"\1 work"),
    # "a fifteen-a-day man", "a twice-a-week thing": a rate said as one word
    (r"\b([a-z]+|\d+)-(a|per)-(day|night|week|month)\b", r"\1 \2 \3"),
    (r"\bat sixes and sevens\b", "muddled"),
    (r"\brunning on empty\b", "exhausted"),
    # "trips to the loo" are visits, not travel
    (r"\btrips? (up )?to the (loo|toilet|bathroom|lav|lavatory)\b", r"times to the \2"),
    (r"\b(good|nice|great) to see a friendly face\b", "nice to meet you"),
    # "four or five trips a night" are times, not travel
    (r"\btrips\b(?= (a|per|every|each|in the) (night|day|week)\b)", "times"),
    # the body in a set phrase names no part: "thirty years on foot", "on my feet all day"
    (r"\bon foot\b", "walking"),
    (r"\bon (my|his|her|your) feet\b", "standing"),
    # "warm to the touch" is the heat a joint or a rash is asked about
    (r"\bwarm to (the )?touch\b", "hot"),
    # a smell said the blunt way: "it honestly reeks"
    (r"\b(reeks|stinks|pongs|whiffs)\b", "smells strong"),
    # tobacco by its slang: "the odd rollie" is a cigarette
    (r"\b(rollies|roll-ups|rollups|ciggies|ciggys|fags)\b", "cigarettes"),
    (r"\b(rollie|roll-up|rollup|ciggie|ciggy|fag)\b", "cigarette"),
    (r"\b(doing|does|did) (my|his|her) head in\b", "getting me down"),
    # the same story told twice is repeating oneself
    (r"\b(tells?|telling|told|says?|saying|said|asks?|asking|asked) (you |me |us |her |him )?the "
     r"same (story|stories|thing|things|question|questions|joke|jokes) (twice|two or three times|"
     r"over and over)", "repeats himself"),
    # a packet of cigarettes is twenty, half of one ten
    (r"\bhalf (a|of a) (packet|pack) a day\b", "ten a day"),
    (r"\b(a )?(packet|pack) a day\b", "twenty a day"),
    # a span "back" is a span ago, not a back: "a few hours back", "an hour or so back"
    (r"\b(seconds?|minutes?|mins?|hours?|fortnights?|days?|weeks?|months?|years?|while|bit)"
     r"( or so| or two)? back\b", r"\1\2 ago"),
    # minutes said for the hour a fact gives: "over sixty minutes or so" is "over an hour"
    (r"\b(sixty|60) minutes\b", "an hour"),
    (r"\b(thirty|30) minutes\b", "half an hour"),
    (r"\b(ninety|90) minutes\b", "an hour and a half"),
    # a child "burning hot" is burning up
    (r"\b(burning|boiling|roasting) hot\b", "burning up"),
    # "since the day before yesterday" is two days ago
    (r"\b(the )?day before yesterday\b", "two days ago"),
    # "feeling blue" is low, not a colour
    (r"\b(feeling|felt|feel|feels|been|gone) (a (little )?bit |so |pretty |really |quite )?blue\b",
     r"\1 \2low"),
    # the body in a set phrase names no part
    (r"\boff the top of (my|his|her) head\b", "offhand"),
    (r"\bon the other hand\b", "then again"),
    (r"\b(at|in) the back of (my|his|her) mind\b", "in my thoughts"),
    (r"\b(a )?pain in the (neck|backside|bum|arse)\b", "a nuisance"),
    (r"\bkeep(ing|s)? an eye on\b", r"keep\1 watch on"),
    # "out of the blue" is sudden, not a colour
    (r"\b(came |come |comes |coming )?(on )?out of the blue\b", "suddenly"),
    # a weight in a simile is a pressure, not the body's weight: "like a weight on my chest"
    (r"\b(like )?(a|some) (heavy |big |great )?(weight|ton of bricks)( (pressing|sitting|pushing|"
     r"pressed|bearing|pressing down|sat))? (on|across|over|in) (me|my \w+)\b", "tight"),
    # cannabis by its slang: "share a joint" is no joint of the body
    (r"\b(smoke|smokes|smoked|smoking|share|shares|shared|sharing|have|has|had|having|roll|rolls|"
     r"rolled|rolling|puff on|pass round|passing round)( of)? (a|the odd|the occasional|an odd|"
     r"the) (joint|spliff|zoot)s?\b", r"\1 cannabis"),
    (r"\b(spliffs?|zoots?)\b", "cannabis"),
    (r"\b(the|an?) (odd|occasional) (joint|spliff|zoot)s?\b", r"\1 \2 cannabis"),
    # a muddled head, clothes hanging off and a red face are no finding of the head, the
    # skin or a colour
    (r"\b(my|his|her) head('s| is| has been| was)? (all over the place|all over the shop|"
     r"everywhere)\b", "i'm flustered"),
    (r"\b(my |his |her |all (my|his|her) )?(clothes|trousers|jeans|shirts?|skirts?|dress(es)?) "
     r"(are |is |have been |were )?(just |all )?(hanging|falling) off (me|him|her)\b",
     "i've lost weight"),
    # "my belt's looser", "dropped a few pounds": weight lost in other words
    (r"\b(my|his|her) (belt|trousers|jeans|clothes)('s| is| are|'re)( a bit| much)? (looser|loose)\b",
     "i've lost weight"),
    (r"\b(dropped|shed|lost) (a few|a couple of|some|a good few|a bit of) (pounds|kilos|lbs)\b",
     "lost weight"),
    (r"\b(i'?m |i am )?(going|gone|turning|turned) (a bit |bright |all )?(red|pink|scarlet)\b"
     r"(?= *(?:[,.!?;]|$|,? ?sorry|in the face|with embarrassment))", "i'm embarrassed"),
    (r"\bblushing\b", "embarrassed"),
    # a heart that hammers races: palpitations
    (r"\b(heart('s| is| has)?( been)?( going)?) (hammering|pounding|thumping|banging|going like "
     r"the clappers)\b", r"\1 racing with palpitations"),
    # an organ "taken out" is an operation: "I had my gallbladder taken out"
    (r"\b(i had|i've had|i have had|had) my ((?:\w+ )?(?:gallbladder|gall bladder|appendix|tonsils|"
     r"womb|uterus|ovary|ovaries|spleen|thyroid|adenoids|wisdom teeth|cataracts?))( taken)? "
     r"(out|removed)\b", r"\1 an operation to take my \2 out"),
    # a general anaesthetic is had for an operation: "never had a general anaesthetic"
    (r"\b(a )?general an(a)?esthetics?\b", "an operation"),
    # abstaining said in one word
    (r"\b(i'?m |i am |i've always been )?(strictly |completely |totally )?(teetotal|tee-total)\b",
     "i don't drink alcohol"),
    # abstaining now, said as a stop: "I've been off the drink completely since New Year",
    # "I gave up drinking last year"
    (r"\b(i'?ve )?(been |gone |went )?off the (drink|booze|beer|alcohol)( completely| altogether|"
     r" entirely)?\b|\b(i )?(gave|given|give) up (the )?(drink|drinking|booze|alcohol)\b|"
     r"\b(i )?stopped drinking( altogether| completely)?\b|"
     # "I've been completely dry since New Year" (not "bone dry" skin, nor a dry cough)
     r"\b(i'?ve|i have) (been|gone|stayed|kept) (completely |totally |stone |bone )?dry (since|for|all)\b",
     "i don't drink alcohol"),
    # "no, not for ten years" to "do you smoke?" is a habit given up that long ago
    (r"^(no,? |nope,? )?not for (\d+|a few|several|[a-z]+ty|ten|eleven|twelve|two|three|four|five|"
     r"six|seven|eight|nine) (years|months)( now)?\b", r"\1i gave up \2 \3 ago"),
    # a joint worn out is worn, not tired: "the knee's simply worn out", "it's just worn out"
    (r"\b(knees?|hips?|joints?|cartilage|it)('s| is| are| has| have)?( been| got)? (simply |just |"
     r"all |completely )?worn out\b", r"\1\2\3 \4worn away"),
    # "a decade back", "three weeks back" is ago, not the back
    (r"\b(decades?|years?|months?|weeks?|days?|hours?|while|bit|time) back\b(?! (then|home|to|in|at|"
     r"up|down|from|on))", r"\1 ago"),
    # a return or a time, not a back: "coming back from the paper shop", "back then"
    (r"\b(coming|come|came|comes|get|got|getting|went|going|go|walking|walked|drove|driving|way) "
     r"back (from|home|to|into|in from|round|over|up|down)\b", r"\1 again \2"),
    (r"\bback then\b", "at that time"),
    # "back on them" is started again, not a back: "I'd stopped, but I'm back on them"
    (r"\bback on (them|it|the (fags|cigarettes|booze|drink|tablets|pills))\b", r"started again on \1"),
    # set phrases with a part or a symptom word in them that name neither
    (r"\bback and forth\b|\bto and fro\b", "again and again"),
    (r"\b(frozen|freezing) stiff\b", "freezing"),
    (r"\bchilled (to the bone|right through|to the marrow)\b", "freezing cold"),
    # fed up, not ill: "my girlfriend's sick of me"; watching, not an eye: "keeping an eye"
    (r"\b(sick|sick and tired) of (me|him|her|them|us|the sight of me)\b", r"fed up with \2"),
    (r"\b(keep|keeps|keeping|kept) (an|a close|half an) eye( on| out)?\b", "watching"),
    # comfort and a pause asked for, not a hand or a time: "I just want Dave here holding my
    # hand", "can we just take a minute?"
    (r"\b(hold|holds|holding|held) (my|his|her) hand\b", "comforting me"),
    # ("give me a second" and "hang on a minute" are the social layer's own)
    (r"\b(take|have) (a|one|just a) (minute|moment|second|sec|mo|tick)\b", "pause"),
    # a heart attack in other words: "a full-blown attack on my heart"
    (r"\b(an )?attack on (my|his|her|the) heart\b", "heart attack"),
    # a week and more gone: "the weekend before last" ("the week before last" is as often
    # the first of a self-correction, "no, the week before that")
    (r"\bthe weekend before last\b(?!,? no\b)", "over a week ago"),
    # very high, not a roof: "the temperatures keep going through the roof"
    (r"\b(go|goes|going|gone|went|shot|shooting) (up )?through the roof\b", "very high"),
    # a fever by its feel: "I've been running really hot"
    (r"\brunning (really |very |a bit |quite |so )?hot\b", "feverish"),
    # begun, not held: "over the course of a day it took hold"
    (r"\b(took|taken|take|takes|taking) hold\b", "started"),
    # feeling wretched in general: the plainest word for it, which claims nothing beside the
    # complaint ("awful" alone stays a feeling for the social layer)
    (r"\b(feel|feels|felt|feeling) (absolutely |really |just |so |pretty )?(terrible|dreadful|"
     r"rotten|lousy|grim|ghastly|grotty)( in (my|him|her)self)?\b", r"\1 rough"),
    (r"\bin (my|him|her)self,? (i|he|she) (feel|feels|felt) (absolutely |really |just |so )?"
     r"(terrible|dreadful|awful|rotten|lousy|grim|ghastly|grotty)\b", r"\2 \3 rough"),
    # a carrier of a gene has its trait: "carrier status, not the disease"
    (r"\b(a )?carrier( status| state| version)?\b(?! bags?)", r"\1trait"),
    (r"\b(washed|wiped) out\b", "tired"),
    (r"\b(puffed|puffing|blown|swelled) up\b|\bpuffy\b", "swollen"),
    # a result, not a return: "the test came back negative"
    (r"\b(came|come|comes|coming) back (negative|positive|normal|clear|fine|ok|okay)\b", r"was \2"),
    # "zero pain" is none
    (ZERO_AS_NONE.pattern, r"no \1"),
    # how it came on, in the case's word: "slowly", "bit by bit" are "gradually"
    (r"\b(slowly|bit by bit|little by little|over time)\b", "gradually"),
    # not moved at all, of a pain: "it's not budged an inch"
    (r"\b(budged|shifted|moved|eased|let up) (an inch|one bit|a jot)\b", r"\1"),
    (r"\bbudg(ed|ing)\b", r"shift\1"),
    (r"\bbudge\b", "shift"),
    (r"\b(showing |with )?no sign of (easing|letting up|shifting|settling|going away)( off)?\b",
     "not shifting"),
    # wretched, not a cat: "I feel like something the cat dragged in"
    (r"\b(look|looks|looking|feel|feels|feeling|felt) like something the cat (dragged|brought|"
     r"sicked) (in|up)\b", r"\1 rough"),
    # all at once, not a switch: "like a switch had been flipped"
    (r"\b(just )?like (a|someone flicking a|someone flipping a) switch( had been| being| was| got)?"
     r"( flipped| flicked| thrown)?\b", "suddenly"),
    (r"\bwhat struck me was\b", "and"),
    # the fear, not a claim: "you hear such awful stories about it"
    (r",? ?(and )?you hear (such |so many |all these |all sorts of )?(awful|terrible|horrible|horror|"
     r"scary|dreadful) stories( about (it|that|them))?\b", ""),
    # counted, not a back: "if I work it back from now"
    (r"\b(work|worked|working) it (back|out) from\b", "going from"),
    # a double no is a yes: "I'm just never not thirsty"
    (r"\bnever not\b", "always"),
    # sweating, in the idiom: "I've not broken a sweat"; dry, not a bone: "bone dry"
    (r"\b(broken|break|breaks|broke|breaking) (a|into a|out in a) sweat\b", "sweated"),
    (r"\bbone dry\b", "completely dry"),
    # sayings with a part, a number, a colour or a symptom word in them that name none:
    # a pain "dug its heels in" stays; "arms full of boxes" carries them; "a flight of stairs"
    # is stairs; "feeling green" is sick; "a stitch times a hundred" is worse; "hale and
    # hearty" is well; "straight in my head" is in order; "less wind in my sails" is less
    # breath; "by my maths" and "if I count back" reckon; "what's worrying me most" only
    # points; "bring myself to say it" says it; "I'll come to that in a minute" defers
    (r"\b(dug|dig|digs|digging) (its|his|her|my) heels in\b", "not shifting"),
    (r"\b(my |his |her )?(arms|hands) (full|laden) (of|with)\b", "carrying"),
    (r"\bflights? of stairs\b", "stairs"),
    (r"\b(feeling|felt|feel|feels|looking|looked|gone|went|turned|turning) (a bit |a little |all |"
     r"really )?green( round the gills| around the gills)?\b", r"\1 sick"),
    (TIMES_OVER, "worse"),
    (r"\bhale and hearty\b", "well"),
    (r"\b(my |his |her )?(shirt|top|clothes|vest|blouse)('s| was| were| is)? (stuck|sticking|"
     r"plastered|clinging) to (my|his|her) back\b", "sweating"),
    (r"\b(had|left|leaving|has) (my|his|her) (shirt|top|clothes|vest|blouse) (stuck|sticking|"
     r"plastered|clinging) to (my|his|her) back\b", "sweating"),
    (r"\b(get|got|getting|put|putting) (it|things|everything) straight in (my|his|her) head\b",
     r"\1 \2 in order"),
    (r"\b(less |more |no )?wind in (my|his|her) sails\b", r"\1breath"),
    (r"\b(by|going by) my (maths|math|reckoning|sums)\b|\bif i count (it )?back\b|"
     r"\bcounting (it )?back\b", "going from"),
    (r"\bwhat'?s worrying me (the )?most( is)?\b", "and"),
    (r"\b(bring|brought|bringing) (myself|himself|herself) to\b", "manage to"),
    (PUT_OFF, r"\1 shortly"),
    (r"\b(a bit |a little |that bit )?(poorer|weaker|worse) than the (one|day) before\b",
     "less each day"),
    (r"\bknock(ed|ing)? (it|them|that|the (fags|cigarettes|drink|booze)) on the head\b",
     r"stopped \2"),
    # reckoning and always: "near enough three hours", "every hour God sends", "every waking
    # minute", "three Mondays ago" (weeks); "never hurt this much in fifty-eight years" is
    # a life, not a span
    (r"\bnear enough\b", "about"),
    (r"\bbear in mind( that)?\b", "note"),
    (r"\b(had|got|taken|kept) (a )?hold of (me|him|her)\b", "lasted"),
    # the complaints counted before they are said: "two things, really: ..."
    (COUNTED_AHEAD, ""),
    (r"\b(my )?bladder('s| is)? (keeps )?(dragging|dragged|drags|getting|gets|waking|wakes|pulling|"
     r"pulls) me (out of bed|up)\b", "getting up to wee"),
    (r"\bevery (hour|minute|day) god sends\b|\bevery waking (hour|minute|moment)\b", "all the time"),
    (WEEKDAYS_AGO, r"\1 weeks ago"),
    (IN_A_LIFETIME, r"\1\2in my life"),
    # a score put on the student's scale is the score out of ten: "I'd score it eight on your
    # scale"
    (r"\b(score|rate|put|give) it (an? )?(\w+) on (your|the|that|a) scale\b", r"say \3 out of ten"),
    # "one of the worst bits of all this" ranks the trouble, it is no symptom; a thought that
    # "goes round in my head" is on the mind, not in the head
    (r"\b(one of )?the worst (bits?|parts?|things?) (of|about) (it|this|all this|all of this|it all)\b",
     "the hard part"),
    (r"\b(goes|going|went|go) (round|around)( and (round|around))? in my head\b", "keeps coming back"),
    # the breath of a run for the bus, the cold of a fridge, a pain another's for all it is
    # felt, froth as bubbles, breathing slow and even
    (r"\blike i'?(ve|d)? (just )?(run|ran|been running) (for|after) a bus\b", "short of breath"),
    (r"\b(like|as if) (i'?d|i had|i'?ve) been (shut|locked|stuck|put) in a (fridge|freezer)\b",
     "freezing"),
    (r"\b(it )?could be (somebody|someone|anybody|anyone) else'?s \w+ for all i (feel|know)( of it)?\b",
     "it doesn't hurt"),
    (r"\bbubbly\b", "frothy"),
    (r"\b(slow and (even|steady|regular)|nice and (slow|even|steady|regular)|(even|steady) and "
     r"(slow|regular))\b", "normal"),
    (r"\bpuff(ing|ed)? my way through\b", "smoking"),
    (r"\bthese (\w+) years\b", r"for \1 years"),
    # shifting a load is moving it, not a pain that shifts: "shifting boxes up the stairs"
    (r"\bshift(ing|ed)? (the |some |a few |a load of |heavy )?(boxes|furniture|stock|crates|bags|"
     r"sacks|pallets|stuff|things|gear|tins)\b", r"moving \3"),
]]


# drinks with no alcohol in them: a habit of these is no habit of drink
SOFT_DRINKS = re.compile(r"\b(water|fluids?|tea|coffee|juice|squash|milk|pop|cola|"
                         r"fizzy drinks?)\b")
# supplements a patient takes beside (or instead of) medicines, by name
SUPPLEMENTS = (r"multi-?vitamins?|vitamin [a-z]\b|vitamins|cod liver oil|supplements?|iron tablets|"
               r"fish oils?|probiotics?|echinacea|glucosamine|turmeric")


@lru_cache(maxsize=8192)
def idioms(text: str) -> str:
    for pattern, meaning in IDIOMS:
        text = pattern.sub(meaning, text)
    return text


# Parts of the body: naming one affirms no symptom ("down my left leg" does not say what "my
# legs aren't weak" denies)
BODY_PARTS = ("head neck chest back arm arms shoulder shoulders elbow wrist hand hands finger "
              "fingers thumb leg legs hip hips knee knees ankle ankles foot feet toe toes calf "
              "calves thigh thighs groin buttock eye eyes ear ears nose throat mouth jaw face "
              "scalp skin tummy belly stomach abdomen side sides gum gums testicle testicles "
              "scrotum breast breasts")


# Organs and parts an illness or an operation is named by ("had his appendix out")
ORGANS = re.compile(r"\b(appendix|gall ?bladder|gallstones?|tonsils|adenoids|womb|uterus|ovar(?:y|ies)|"
                    r"kidneys?|spleen|bowels?|colon|prostate|thyroid|hips?|knees?|heart|lungs?|"
                    r"liver|breasts?|brain|stomach|pancreas|bladder|eyes?|ears?|back|spine)\b")


# one relative, by name: what "like my ___ had" and "___ had the same" take
KIN = (r"(?:mum|mam|mom|mother|dad|father|brother|sister|son|daughter|aunt|auntie|uncle|cousin|"
       r"nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather)")
RELATIVES = re.compile(
    rf"\b({KIN}|grandparents?|parents?|siblings?|niece|nephew|twin|family|folks)('s|s)?\b")

_PARTS = ("side|hand|handed|arm|leg|knee|foot|hip|shoulder|eye|ear|lower|upper|chest|abdomen|"
          "iliac|flank|kidney|breast|lung|ankle|wrist|elbow|thigh|calf|groin|testicle|ball|ovary|"
          "half|temple|cheek|jaw|ribs?|tube|back|buttock|nipple|armpit|finger|thumb|toe|shin|"
          "collarbone|clavicle|shoulder.?blade|neck|forearm|palm|heel|sole|eyelid|eyebrow|brow|"
          "nostrils?|lips?|hamstrings?|loin|tonsils?|pupils?|lobe|chest wall|ribcage|breastbone|"
          "corner|quarter")
SIDES = {
    # "the left one" answers "which knee?"; "right" alone opens too many sentences to count
    "left": re.compile(rf"\bleft(?=[- ](?:{_PARTS}))|\b(?:on|to|towards) the left\b|\bleft side|"
                       r"\b(?:the|my|his|her) left one\b|^(?:the )?left\b"),
    "right": re.compile(rf"\bright(?=[- ](?:{_PARTS}))|\b(?:on|to|towards) the right\b|\bright side|"
                        r"\b(?:the|my|his|her) right one\b|^right one\b|^the right\b"),
    "central": re.compile(r"\b(middle|central|centre|center|breastbone|sternum|behind my chest)\b"),
    "front": re.compile(r"\b(front|forehead|frontal|temples?|behind (my|the|his|her) (left |right )?eyes?|"
                       r"between (my|the|his|her) eyebrows|bridge of (my|the|his|her) nose)\b"),
    "back": re.compile(r"\b(back of (my|the|his|her) (head|neck)|occipital|base of (my|the) skull)\b"),
    # the top of the head is neither its front nor its back
    "crown": re.compile(r"\b(top of (my|the|his|her) head|crown of (my|the|his|her) head|vertex)\b"),
    # a pain everywhere is at no one place: "all over, the whole of my head"
    "diffuse": re.compile(r"\b(all over|the whole of (my|his|her|the) (head|tummy|belly|chest)|"
                          r"everywhere|all (round|around) (my|his|her|the) head|whole head)\b"),
    # ("right across the back of my head" spans both sides, so a left half is not it)
    "both": re.compile(r"\b(both sides|either side|on both|(right|all the way|straight) across)\b"),
    # the trunk's aspects: "under my breast", "under my shoulder blade", "at the side of the ribs"
    "anterior": re.compile(r"\b(at the front|front of (my|the|his|her) chest|under (my|the|his|her) "
                           r"(breast|nipple)|breastbone)\b"),
    "posterior": re.compile(r"\b((round|at|in|on) (the|my|his|her) back\b|shoulder.?blade|"
                            r"between (my|the|his|her) shoulders)"),
    "lateral": re.compile(r"\b((at|on|round|down) the side|side of (my|the|his|her) (ribs|chest)|"
                          r"lateral|under (my|the|his|her) arm|armpit|flank)\b"),
    "upper": re.compile(r"\b(upper|top|high up)\b"),
    "lower": re.compile(r"\b(lower|low down|down low|bottom)\b"),
    # which side of a joint or limb: "the inside of the knee" against "round the outside"
    "inner": re.compile(r"\b(inner|medial|(on|round|to) the inside|inside of (the|my|his|her))\b"),
    "outer": re.compile(r"\b(outer|lateral|(on|round|to) the outside|outside of (the|my|his|her))\b"),
}

COLOURS = re.compile(r"\b(red|dark|darker|black|brown|coffee.grounds?|pink|pinkish|reddish|brownish|purplish|"
                     r"green|greenish|white|blue|purple|grey|clear|orange|rusty|frothy)\b"
                     # a drink or a food by its colour is no colour of the body: "strictly orange
                     # juice these days", "a glass of red wine", "black coffee"
                     r"(?! (?:juice|squash|wine|coffee|tea|bread|pudding|cheese|bull|pepper|peppers|"
                     r"grapes|beans|olives|cabbage|onions?)\b)")

_ISH = {"darker": "dark", "reddish": "red", "pinkish": "pink", "brownish": "brown", "purplish": "purple",
        "yellowish": "yellow", "greenish": "green"}


def colours_in(text: str) -> set[str]:
    """The colours a text names, "-ish" and all ("brownish" is brown)."""
    return {_ISH.get(c, c) for c in COLOURS.findall(text)}


# Descriptions that cannot both be true of one thing, with the fact categories (besides
# the carried facts) a sentence is held against.
# what the speaker was doing when it began, at rest or on the go: "it came on while I was
# sat watching the telly" against "while I was carrying boxes up the stairs"
_BEGAN = r"(came on|come on|started|starts|began|begun|hit me|kicked off|struck|happened|woke me)"
_DOING = r"(while|when|whilst|as|just as) (i|he|she) (was|were)"


def _onset_doing(activity: str) -> str:
    return (rf"\b{_BEGAN}\b[^.]{{0,60}}?\b{_DOING}\b[^.]{{0,40}}?\b{activity}|"
            rf"\b(i|he|she) (was|were)\b[^.]{{0,40}}?\b{activity}\b[^.]{{0,40}}?\b(when|and) "
            rf"(it|the pain) {_BEGAN}")


_AT_REST = (r"(sat|sitting|watching|telly|tv|lying|resting|asleep|sleeping|in bed|dozing|reading|"
            r"having (my |his |her |a )?(breakfast|tea|dinner|lunch|cuppa|cup of tea)|at the table)\b")
_ON_THE_GO = (r"(carrying|lifting|climbing|running|walking|stairs|exercis\w*|digging|gardening|"
              r"jogging|cycling|hurrying|rushing|hoovering|mowing|shovelling|humping|lugging)\b")

# no fear at all: a claim where the case gives fears (ice.concerns), not just a feeling
NOTHING_WORRIES = (r"\b((not|n't)( really| too)? (worried|worrying|concerned|bothered) "
                   r"(about anything|at all)|nothing( in particular| really| much)? "
                   r"(worries|is worrying|'s worrying|bothers|scares) me)\b")

OPPOSITES: list[tuple[str, str, tuple[str, ...]]] = [
    (_onset_doing(_AT_REST), _onset_doing(_ON_THE_GO), ("hpc.onset",)),
    # ("not there all the time" is the other way round: it comes and goes)
    (r"\b((?<!not )(?<!n't )constant(ly)?|(?<!not )(?<!n't )(?<!not there )(?<!n't there )"
     r"(?<!not really there )all the time|the whole time|continuous(ly)?|non.?stop|"
     r"never (stops|goes|drops|eases|settles|lets up)|hasn't gone|doesn't go|"
     r"doesn't ease|no let.?up|without (a )?let.?up|morning,? noon and night|round the clock)\b",
     r"\b(comes? and goes?|in waves|on and off|off and on|intermittent|spikes?|"
     r"(not|n't)( really)?( there)? all the time|(not|n't) (always there|constant)|"
     r"(?<!never )(?<!n't )(?<!not )settles?|(?<!n't )(?<!not )(?<!never )eases? (right )?off|"
     r"(?<!n't )(?<!never )goes? away|(?<!n't )(?<!never )goes? (back )?down|"
     r"(?<!n't )(?<!never )drops? (back|down|off)|comes? in bouts|"
     # spells of relief: "it comes in bursts", "it keeps easing right off for ten minutes",
     # "half an hour where it went completely", "it switches off altogether", "it's faded
     # almost to nothing", "ten minutes' peace", "proper breaks in between"
     r"comes? in (bursts|spasms|fits)|(keeps|kept) easing (right )?off|"
     r"(went|goes|gone|switches|switched|turns|turned) (off )?(completely|altogether)|"
     r"faded (almost |nearly )?to nothing|minutes'? peace|breaks in between)\b",
     ("hpc.timing",)),
    # which part of the day is worst: "mornings are the worst" against "worse in the evenings"
    (r"\b(mornings? (are|is) (the )?worst|(worse|worst) (first thing|in the mornings?|of a morning)|"
     r"worst (thing )?when (i|he|she) (wake|wakes|get up|gets up)|"
     r"(better|brighter|lifts?|clearer) (a bit |a little |a tiny bit )?(by|in) (the )?(evening|teatime|afternoon))\b",
     r"\b((evenings?|nights?|teatime) (are|is) (the )?worst|(worse|worst) (in the evenings?|at night|"
     r"of an evening|by (the )?evening|by teatime|at the end of the day|as the day goes on)|"
     r"mornings? (he's|she's|i'm|he is|she is|i am) (nearly|almost|more like) (himself|herself|myself|normal)|"
     r"(better|brighter|clearer|nearly (himself|herself|myself)) (first thing|in the mornings?))\b",
     ("hpc.timing", "hpc.exacerbating")),
    (r"\b(sudden(ly)?|all of a sudden|out of (the blue|nowhere)|instant(ly)?|within seconds|"
     r"like a (thunderclap|bang|blow)|in a flash|straight away)\b",
     # (what did not creep up came suddenly: "it didn't creep up on me at all")
     r"\b(gradual(ly)?|(?<!n't )(?<!not )(?<!never )(built up|build(s|ing)? up|crept up|"
     r"creeping up|creep(s)? up)|slowly|"
     r"over (a|about|the last|the past|several)|came on slowly|(came|comes|come) on gently|"
     r"over (two|three|four|five|a few|several|\d+)( or (two|three|four|five|\d+))? "
     r"(minutes|hours)|"
     # a decline day by day: "started tailing off ..., got less each day since"
     r"(less|more|worse|bigger) (each|every) day|tail(s|ed|ing)? off)\b", ("hpc.onset",)),
    # whether it has changed since it began: "it's not changed at all" against "it's eased a
    # little", "it's spreading", "got less each day"
    (r"\b((hasn't|has not|haven't|have not|not|isn't|hadn't|never)( really| much| at all)? "
     r"(changed|changing)|no (real )?change|(still|stayed|staying|much) the same|"
     r"same as (ever|always|it was|before|when it started))\b",
     r"\b((it's|it has|it's been|he's|she's|has) changed|(getting|got|gotten|gone|grown|growing|grew)"
     r"( much| a lot| a bit| a little| even)? (worse|bigger|better|larger|darker|less|smaller)|"
     r"worse and worse|spreading|eased|(less|more|bigger|worse) (each|every) day|more of it)\b",
     ("presenting_complaint", "hpc.onset", "hpc.timing", "hpc.other")),
    # whether it spreads: "it's not really spreading anywhere" against "it goes up into my jaw"
    (r"\b((doesn't|does not|don't|not|never|isn't|n't)( really)? (spread\w*|go|goes|going|move|"
     r"moves|travel\w*|radiat\w*)( \w+)? (anywhere|elsewhere)|(stays?|staying|stayed) (put|there|"
     r"in (one|the same|that one) (place|spot)|in (the|my|his|her) \w+|at the front)|"
     r"nowhere else|not anywhere else)\b",
     r"\b((?<!not )(?<!n't )(?<!never )(?<!really )(?<!nothing )(?<!no )(spreads?|spreading|goes|"
     r"going|moves|travels|shoots|radiates?|radiating) (up |down |round |across |out )?"
     r"(into|to|through|across|round|down|up) (my|his|her|the|both)|"
     r"(?<!nothing )(?<!not )(?<!n't )(spreads?|spreading|goes|going) (everywhere|all over))\b",
     ("hpc.radiation",)),
    # nothing worrying at all, against the fears the case gives
    (NOTHING_WORRIES,
     r"\b(?<!not )(?<!n't )(?<!not really )(?<!not too )(worried|scared|frightened|terrified|"
     r"afraid|dread)\b", ("ice.concerns",)),
    # how much one drinks: "I drink a lot" against "two pints on a Friday, that's about it"
    (r"\b((drink|drinking) (quite |rather |far too |way too )?(a lot|loads|heavily|too much|"
     r"like a fish)|heavy drinker|drink a fair bit)\b",
     r"\b((that's|that is) (all|it|about it)|(not|n't) (much of |a )?(big |heavy )?drinker|"
     r"(don't|do not|doesn't|does not) drink (much|a lot))\b",
     ()),  # the carried facts only: "that's all" closes many a fact
    (r"\b((?<!nothing makes it )(?<!nothing made it )(?<!n't make it )(?<!n't make it any )"
     r"(?<!not make it )better|eases|helps|brought (it )?(right )?down|takes the edge off|relieves?|"
     # a fever brought down: "got her temperature back to normal"
     r"(?<!n't )(?<!not )back to normal|(?<!n't )(?<!not )(got|gets|getting) (it|her|his|the|my) "
     r"(temperature |temp |fever )?(right )?(back )?down|worked (a treat|wonders)|"
     r"(?<!n't )did the (trick|job)|(her|his|my|the) (temperature|temp|fever) (was|is|came|went|"
     r"got) (back )?(down|normal|to normal)|"
     # "her temperature's been normal since the second dose"
     r"(her|his|my|the) (temperature|temp|fever)('s| has) been (back )?(down|normal|fine))\b",
     r"\b(no (difference|help)|did nothing|does nothing|nothing('s| has)? (really )?helped|"
     r"(didn't|doesn't|hasn't)( really)? do (anything|much)|"
     r"(doesn't|didn't|hasn't|haven't|not)( really| even)? (help|helped|touch|touched|bring|brought|shift)|"
     r"made no difference|"
     # "no, nothing makes it better", "it doesn't make it any better"
     r"(nothing|n't|not|never) (really )?(makes?|made) (it|things|them) (any )?better)\b",
     ("hpc.relieving",)),
    (r"\b((?<!as )sharp(?! as)|stabb\w*|knife-like|shooting)\b",  # not "as sharp as ever"
     r"\b(dull|ach(e|es|ing|y)|heavy|heaviness|crushing|pressure|squeez\w*|gnaw\w*)\b",
     ()),  # the carried facts only: a calf may ache where the chest pain is sharp
    # "on my own in the car" is where, not whom one lives with
    (r"\b((live|lives|living|at home|in the house) (on (my|his|her) own|by (my|him|her)self)|"
     r"(live|lives|living) alone)\b",
     r"\b(live|lives|living) with\b", ("social",)),
    # taken throughout, against a course the fact says was cut short
    (r"\b((right|all) the way through|the (whole|entire) (time i was (there|away|out there)|trip|"
     r"holiday)|throughout the (trip|holiday|stay))\b",
     r"\b(only (took|taken|take|taking) (it|them)|then stopped|stopped (taking )?(it|them)|"
     r"didn't take any (more|after))\b", ("drugs",)),
    (r"\b(religiously|never miss|always take|every single day|without fail)\b",
     r"\b(miss (it|them|a few|some)|forget|forgot|forgetting|don't always|not always|"
     r"skip)\b", ("drugs",)),
]

NEVER_SYNONYMS: dict[str, str] = {
    "intimate": "sex", "making love": "sex", "intercourse": "sex", "in bed together": "sex",
    "sexual": "sex", "love-making": "sex",
    "scotch": "whisky", "whiskey": "whisky", "vodka": "whisky", "spirits": "whisky",
    "gin": "whisky", "rum": "whisky", "brandy": "whisky",
    "nursing home": "care home", "residential home": "care home", "old people's home": "care home",
    "home for him": "care home", "residential places": "care home", "residential place": "care home",
    "residential care": "care home", "residential homes": "care home", "sheltered housing": "care home",
    "assisted living": "care home", "homes that take": "care home", "home that takes": "care home",
    "dementia home": "care home",
}

COMMON_DRUGS = re.compile(
    r"\b(aspirin|clopidogrel|ticagrelor|warfarin|apixaban|rivaroxaban|heparin|statins?|"
    r"simvastatin|atorvastatin|ramipril|lisinopril|bisoprolol|propranolol|atenolol|"
    r"allopurinol|colchicine|methotrexate|venlafaxine|lithium|losartan|candesartan|digoxin|"
    r"diltiazem|clarithromycin|mini.?pill|progesterone.only pill|"
    r"amlodipine|furosemide|frusemide|bendroflumethiazide|spironolactone|metformin|"
    r"gliclazide|insulin|levothyroxine|thyroxine|carbimazole|omeprazole|lansoprazole|"
    r"gaviscon|rennies?|antacids?|paracetamol|calpol|ibuprofen|nurofen|naproxen|diclofenac|"
    r"codeine|co-codamol|tramadol|morphine|oramorph|gabapentin|pregabalin|amitriptyline|"
    r"sertraline|citalopram|fluoxetine|mirtazapine|diazepam|zopiclone|lorazepam|"
    r"salbutamol|ventolin|inhalers?|steroids?|prednisolone|beclometasone|antibiotics?|"
    r"amoxicillin|penicillin|flucloxacillin|trimethoprim|nitrofurantoin|doxycycline|"
    r"coartem|artemether|malarone|quinine|antihistamines?|cetirizine|loratadine|piriton|"
    r"sumatriptan|triptans?|contraceptive pill|the pill|microgynon|hrt|"
    r"donepezil|memantine|tamsulosin|finasteride|oxybutynin|glucosamine|cod liver oil|"
    r"vitamin (?:[a-ek]|b ?\d+)|b ?12|vitamins?|supplements?|iron tablets|folic acid|laxatives?|"
    r"senna|lactulose|"
    r"creams?|gel|ointment|eye drops|injections?|jabs?|patches?|drops|tablets?|pills?|"
    r"medicines?|medications?|water tablets?|"
    # classes a patient names instead of the drug
    r"beta[- ]?blockers?|ace inhibitors?|calcium channel blockers?|proton pump inhibitors?|"
    r"ppis?|blood thinners?|anticoagulants?|antidepressants?|anti-?inflammator(?:y|ies)|"
    r"diuretics?|sleeping (?:tablets|pills)|chemotherapy|chemo|immunosuppressants?|"
    r"antipsychotics?|mood stabili[sz]ers?|anti-?sickness (?:tablets|pills|medicine)|"
    r"blood pressure (?:tablets|pills|medications?|medicines?)|painkillers?|"
    # remedies bought at the chemist, and vaccines named
    r"buscopan|hyoscine|imodium|loperamide|dioralyte|rehydration sachets?|voltarol|ibuleve|"
    r"deep heat|sudafed|lemsip|beechams|night nurse|benylin|strepsils|mebeverine|"
    r"peppermint (?:oil|capsules)|movicol|fybogel|dihydrocodeine|co-amoxiclav|"
    r"clarithromycin|erythromycin|azithromycin|metronidazole|ciprofloxacin|fluconazole|"
    r"canesten|clotrimazole|hydrocortisone|sudocrem|germolene|melatonin|nytol|"
    r"st john's wort|mmr|kalms|valerian|rescue remedy|"
    r"fucidin|fusidic acid|calamine|bonjela|"
    # less common, each met in a written line: a dentist's local anaesthetic, a cephalosporin
    r"local anaesthetics?|lidocaine|lignocaine|novocaine|trazodone|capsaicin|beconase|"
    r"latanoprost|cef[a-z]{3,}|ceph[a-z]{3,}|rigevidon|combined pill|"
    # a drug by its ending: -prazole, -olol, -pril, -sartan, -statin, -mycin, -cillin ...
    r"[a-z]{2,}(?:azole|olol|pril|sartan|statin|mycin|cillin|floxacin|dronate|tidine|"
    r"triptan|azepam|oxetine|dipine|xaban|gliptin|gliflozin|semide|thiazide|azosin|ramate|"
    r"trigine|setron|profen|fenac|pramine|triptyline|parin|afil|conazole|"
    # ... and the endings of cytotoxics, antivirals and antibodies: hydroxyurea, -mab, -nib
    r"xyurea|carbamide|vudine|navir|ciclovir|mab|tinib|platin|rubicin|trexate|lukast))\b")

# A drug class and the drugs (by name, as a case writes them) that belong to it: a patient
# who says "my beta blocker" of bisoprolol names a drug the case lists.
DRUG_CLASSES: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (re.compile(p), re.compile(m)) for p, m in [
        (r"beta[- ]?blocker", r"olol\b"),
        (r"ace inhibitor", r"pril\b"),
        (r"calcium channel blocker", r"dipine\b"),
        (r"proton pump|ppi", r"prazole\b"),
        (r"blood thinner|anticoagulant", r"warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|"
                                         r"heparin|aspirin|clopidogrel"),
        (r"antidepressant|mental health|depression|anxiety|nerves|low mood", r"sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|"
                            r"venlafaxine|duloxetine"),
        (r"anti-?inflammator", r"ibuprofen|naproxen|diclofenac|nurofen"),
        (r"painkiller", r"paracetamol|calpol|ibuprofen|nurofen|naproxen|codeine|co-codamol|"
                        r"tramadol|morphine"),
        (r"diuretic|water tablet", r"furosemide|frusemide|bendroflumethiazide|spironolactone"),
        (r"blood pressure", r"olol\b|pril\b|sartan\b|dipine\b|bendroflumethiazide"),
        (r"sleeping", r"zopiclone|temazepam|diazepam"),
        (r"statin", r"statin\b"),
        (r"steroid", r"prednisolone|beclometasone|hydrocortisone|dexamethasone"),
        (r"antibiotic", r"cillin\b|trimethoprim|nitrofurantoin|doxycycline|clarithromycin"),
        (r"antihistamine", r"cetirizine|loratadine|piriton|chlorphenamine"),
    ]]


def drug_in_class(said: str, names: str) -> bool:
    """Does a drug class the patient names take in one of these drug names?"""
    return any(cls.search(said) and members.search(names) for cls, members in DRUG_CLASSES)

ALLERGY = re.compile(r"\b(allerg\w*|(brings?|brought|bringing) (me|him|her) out (in|red|all)|come out in|"
                     r"came out in|(gives?|gave) (me|him|her) (a rash|hives|welts|blotches)|"
                     r"(come|comes|coming|came) up in (lumps|hives|welts|blotches|blisters|a rash)|"
                     r"(come|comes|coming|came) up in (a |an )?((big|huge|massive|itchy|red|angry|nasty|"
                     r"raised|great) ){1,3}(lumps?|hives|welts?|blotch(es)?|rash|bumps?)|"
                     r"react(ion|s|ed)? (to|badly)|can't (take|have) (penicillin|\w+cillin|aspirin|"
                     r"ibuprofen|codeine)|intoleran\w*|"
                     # the reaction by what it did: "my lips blew up like balloons"
                     r"(lips?|face|tongue|throat|eyes?|gums?|mouth)( and (my |his |her )?(lips?|gums?|"
                     r"face|tongue|throat|mouth))? (blew|swelled|puffed|ballooned) up|"
                     # "kiwi makes her mouth go all red and swollen"
                     r"makes? (my|his|her) (lips?|face|tongue|throat|mouth|skin|eyes) (go |come up |"
                     r"swell |turn )?(all )?(red|swollen|puffy|itchy|blotchy|tingly|up)\b|"
                     # "latex gloves bring my hands up in welts"
                     r"(brings?|brought|bringing) (my|his|her) (hands?|skin|face|arms?|lips?) "
                     r"(up|out) in|"
                     # "both leave me red and itchy", "it made my skin come up blotchy"
                     r"(leaves?|left|leaving) (me|him|her|my skin|his skin|her skin) (all )?(red|itchy|blotchy|swollen|raw)|"
                     r"(makes?|made|turns?|turned) (me|him|her|my skin|his skin|her skin) (all )?(red and itchy|itchy and red|blotchy|swell up|break out))\b")


@lru_cache(maxsize=64)
def lay_patterns_for(term: str) -> tuple[re.Pattern[str], ...]:
    """Patterns that find a diagnostic term, or the same concept in lay words."""
    t = term.lower()
    found: list[str] = [rf"\b{re.escape(t)}s?\b"]
    for trigger, patterns in LAY_DIAGNOSES:
        if re.search(trigger, t):
            found.extend(patterns)
    return tuple(re.compile(p) for p in found)
