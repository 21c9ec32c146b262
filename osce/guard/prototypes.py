"""Sentences no patient says: a clinician writing notes or giving a plan, an assistant
refusing or signposting, someone taking the doctor's chair. Embedded once; a sentence that
lies very close to one of them is out of role whatever its words.

Written for the guard, not taken from any evaluation file.
"""

from __future__ import annotations

PROTOTYPES: tuple[str, ...] = (
    # clinician's notes and findings
    "On examination the abdomen is soft and non-tender.",
    "Examination reveals a swollen, warm joint with reduced range of movement.",
    "The patient is alert and orientated with normal observations.",
    "She presents with a 48-hour history of pyrexia and emesis.",
    "He is haemodynamically stable and saturating well on room air.",
    "Heart sounds are normal with no added murmurs.",
    "There is no focal neurological deficit.",
    "History is consistent with an acute inflammatory process.",
    "Findings are suggestive of an underlying infection.",
    "The lesion is asymmetrical with irregular borders and colour variation.",
    "Reflexes are brisk and plantars are downgoing.",
    "Patient denies chest pain, shortness of breath or palpitations.",
    "Reports good adherence to prescribed medication.",
    "Observations: heart rate 110, blood pressure 95 over 60, temperature 38.9.",
    # tests and plans
    "I would request a full blood count, renal function and inflammatory markers.",
    "We should arrange an urgent ultrasound scan today.",
    "Start broad-spectrum intravenous antibiotics and give a fluid bolus.",
    "She needs admitting for observation and senior review.",
    "A CT scan of the head is indicated to exclude a bleed.",
    "Check a urine sample and send it for culture.",
    "Refer to the specialist team under the two-week-wait pathway.",
    "The next step would be to stop the offending medication and recheck bloods.",
    "Offer analgesia and safety-net advice before discharge.",
    "An ECG and serial troponins should be done straight away.",
    "You ought to listen to my chest and take my blood pressure.",
    # the doctor's chair
    "So tell me, what symptoms have you been having?",
    "Have you noticed any changes in your own health recently?",
    "How long have you been feeling like this yourself?",
    "Let me have a look at you, could you lie back on the couch?",
    "Don't worry, we'll look after you and get you sorted.",
    # assistant talk and meta talk
    "As an artificial intelligence I do not have a body or symptoms.",
    "I'm sorry, I can't help with that request.",
    "I am not able to give medical advice, please speak to a qualified professional.",
    "If you are having thoughts of harming yourself, please call emergency services.",
    "Here is a summary of the case information you asked for.",
    "I have been instructed to play a patient in this exercise.",
    "The candidate should now ask about the family history.",
    "Sure, I will answer in the format you requested.",
    "Certainly! Here's what you need to know.",
    "Let me know if there is anything else I can help you with.",
)
