#!/usr/bin/env python3
"""Builds the blind17 near-duplicate corpus (Quillfield Dental Group, a made-up group of three dental
practices: Tanner Street in Quillfield, Pennick Bridge and Sallowmere) and pairs.json / singletons.json.
Every answer is placed in a named file; each file is then shuffled with a fixed seed, so the build is
deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("forty-minute" / "40 minutes"), so the numbers of a pair are compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, H = "website-faq.txt", "reception-emails.txt", "patient-leaflet.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'forty-minute' -> '40-minute', 'twenty-four' -> '24'."""
    def rep(m):
        if m.group(1):
            return str(TENS[m.group(1).lower()] + (UNITS.index(m.group(2).lower()) if m.group(2) else 0))
        return str(UNITS.index(m.group(3).lower()))
    return NUMWORD.sub(rep, t)

def numbers(t):
    return sorted(re.findall(r"\d+", numify(t)))

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must contain no digits and no number words."""
    assert not re.search(r"\d", numify(prefix + " " + suffix)), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",  # digits vs words: 40 minutes / forty-minute, 2 / two, 10 / ten; clauses moved
  (W, "New patient examinations take 40 minutes and cost £65, including up to 2 X-rays and a written treatment plan. Appointments can be booked online or by phone, and new patients are asked to arrive 10 minutes early to fill in a medical history form."),
  (C, "Your first visit as a new patient is a forty-minute examination, and it's £65 with up to two X-rays and a written treatment plan included. You can book online or give us a ring, and please come ten minutes early so you can fill in the medical history form.")),
 ("reworded",  # two / 2, contractions, active/passive
  (C, "If you can't keep an appointment, please let us know at least 24 hours before so we can offer the slot to someone else. We charge £25 for appointments missed or cancelled with less notice than that, and after two missed appointments in a year we may ask you for a deposit when you book."),
  (H, "Give the practice at least 24 hours' notice if you need to cancel, so the time can go to another patient. A £25 fee applies to any appointment missed or cancelled at shorter notice. Patients who miss 2 appointments in a year may be asked for a deposit before booking again.")),
 ("reworded",  # heavy: synonyms throughout, clauses reordered, one sentence split differently
  (H, "Phone the practice at 8am for a same-day emergency appointment; a few slots are kept free each morning for patients in pain. Emergency visits cost £75 unless you are on a practice plan. Outside opening hours, call the main number and follow the recorded message to reach the on-call dentist."),
  (W, "Patients in pain can get an emergency appointment on the same day by ringing as soon as the lines open at 8am, since a few slots are held back every morning for them. Plan members pay nothing extra for the visit; everyone else is charged £75. When the practices are closed, the recorded message on the main number gives the details of the on-call dentist.")),
 ("reworded",  # five / 5, synonyms, sentences merged
  (W, "The group does not send claims to dental insurers on a patient's behalf. Patients pay for treatment on the day and then claim the cost back from their insurer. Reception will complete and stamp the dentist's section of a claim form within 5 working days."),
  (C, "We're not able to claim from your insurance company for you, so you'll need to pay us on the day and then get the money back from your insurer yourself. Just drop your claim form in at reception and we'll fill in and stamp the dentist's part within five working days.")),
 ("reordered",
  (C, "Hygienist appointments last 30 minutes and cost £62. Patients can book a hygienist visit directly, without a referral from a dentist. The hygienist will also show you how to clean between your teeth with floss or small brushes."),
  (H, "Patients can book a hygienist visit directly, without a referral from a dentist. The hygienist will also show you how to clean between your teeth with floss or small brushes. Hygienist appointments last 30 minutes and cost £62.")),
 ("reordered",
  (H, "Children under 18 are seen free of charge when a parent or guardian is registered on a practice plan. Their check-ups are booked every 6 months, and reminders go to the parent's phone. A parent or guardian must come to every appointment for children under 16."),
  (W, "A parent or guardian must come to every appointment for children under 16. Children under 18 are seen free of charge when a parent or guardian is registered on a practice plan. Their check-ups are booked every 6 months, and reminders go to the parent's phone.")),
 ("reordered",  # two sentences joined with ", and"
  (W, "All three practices are open from 8am to 6pm on weekdays. The Tanner Street practice also opens on Saturdays from 9am to 1pm. Late appointments until 7.30pm are offered on Thursdays at Pennick Bridge."),
  (C, "Late appointments until 7.30pm are offered on Thursdays at Pennick Bridge, and all three practices are open from 8am to 6pm on weekdays. The Tanner Street practice also opens on Saturdays from 9am to 1pm.")),
 ("boilerplate",
  (H, "Treatment costing more than £500 can be spread over 10 monthly payments with no interest. A credit check is needed, and the first payment is taken on the day treatment starts."),
  (C, wrap("Hello, and thank you for getting in touch with Quillfield Dental Group.", "Treatment costing more than £500 can be spread over 10 monthly payments with no interest. A credit check is needed, and the first payment is taken on the day treatment starts.", "Kind regards, Priya on reception"))),
 ("boilerplate",
  (C, "Plan members can switch between the Essential and Complete plans once a year, on the anniversary of joining. The new monthly fee starts with the next direct debit after the change."),
  (W, wrap("Fees › Practice plans › Changing your plan —", "Plan members can switch between the Essential and Complete plans once a year, on the anniversary of joining. The new monthly fee starts with the next direct debit after the change.", "Was this answer helpful? Yes / No"))),
 ("boilerplate",
  (W, "X-rays are taken only when the dentist needs them to check for decay or infection, usually every 2 years for adults. Tell the dentist or nurse before any X-ray if you are or might be pregnant."),
  (H, wrap("Patient notice:", "X-rays are taken only when the dentist needs them to check for decay or infection, usually every 2 years for adults. Tell the dentist or nurse before any X-ray if you are or might be pregnant.", "Keep smiling!"))),
 ("boilerplate",
  (H, "Whitening trays are made from impressions taken at a 20-minute appointment and are ready after 2 weeks. The full course costs £295, including the trays, the gel and a follow-up check."),
  (C, wrap("Good afternoon!", "Whitening trays are made from impressions taken at a 20-minute appointment and are ready after 2 weeks. The full course costs £295, including the trays, the gel and a follow-up check.", "Best wishes from the whole team at Quillfield."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Before sedation: do not eat for 6 hours beforehand, and bring an adult who can take you home and stay with you overnight. You must not drive, cycle or sign legal documents for 24 hours afterwards – the sedative can affect your judgement. Wear loose clothing with sleeves that roll up easily."),
  (H, "BEFORE SEDATION – Do not eat for 6 hours beforehand, and bring an adult who can take you home and stay with you overnight!  You must not drive, cycle or sign legal documents for 24 hours afterwards; the sedative can affect your judgement.  wear loose clothing with sleeves that roll up easily")),
 ("mixed",  # heavy: sentence order changed plus synonyms, twenty-four / 24, three / 3
  (C, "After an extraction, don't rinse your mouth for the first twenty-four hours, because the clot needs time to settle. Stick to soft food and skip smoking for at least three days. If the bleeding hasn't stopped after an hour of biting on a clean gauze pad, give us a call."),
  (H, "Keep off cigarettes and eat only soft food for 3 days or more after a tooth is taken out. Do not rinse for 24 hours so that the blood clot can form. Call the practice if bleeding continues after biting on clean gauze for an hour.")),
 ("mixed",  # a sentence added on one side (a reason, no new number) plus rewording
  (H, "Bring a list of any medicines you take to every appointment. Tell the dentist about any change in your health since your last visit, including pregnancy, new allergies or heart problems."),
  (W, "Patients should bring a list of all the medicines they take to each appointment. Any change in health since the last visit, including pregnancy, new allergies or heart problems, should be mentioned to the dentist. Some medicines, such as blood thinners, can affect how the dentist plans treatment.")),
 ("mixed",  # rewording plus boilerplate, 3 months / three months
  (H, "Dentures should be taken out and cleaned every night with a soft brush and plain soap, not toothpaste. Keep them in water overnight so they do not dry out and change shape. Adjustments are free for 3 months after new dentures are fitted."),
  (C, "Quick tip from our denture team: take your dentures out at night and clean them with a soft brush and ordinary soap – toothpaste is too harsh. Leave them in a glass of water while you sleep so they don't dry out and warp. Any adjustments in the first three months after fitting are free of charge. Hope that helps!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # £14 vs £17 a month
  (W, "The Essential plan costs £14 a month and covers 2 check-ups and 2 hygienist visits a year. Plan members also get 10% off all other treatment at any of the group's practices."),
  (C, "The Essential plan costs £17 a month and covers 2 check-ups and 2 hygienist visits a year. Plan members also get 10% off all other treatment at any of the group's practices.")),
 ("number",  # 3 vs 5 hours
  (C, "The numbness from a local anaesthetic usually wears off within 3 hours. Avoid hot drinks and chewing until the feeling comes back, so you do not burn or bite your cheek."),
  (H, "The numbness from a local anaesthetic usually wears off within 5 hours. Avoid hot drinks and chewing until the feeling comes back, so you do not burn or bite your cheek.")),
 ("number",  # 2 vs 3 days
  (H, "Appointment reminders are sent by text message 2 days before each visit. Reply C to cancel, or call the practice if you need to change the time."),
  (W, "Appointment reminders are sent by text message 3 days before each visit. Reply C to cancel, or call the practice if you need to change the time.")),
 ("item",  # Pennick Bridge vs Sallowmere
  (W, "The Pennick Bridge practice has step-free access and a ground-floor surgery with a wide door. Patients who use a wheelchair are asked to mention it when booking so the ground-floor room can be reserved."),
  (C, "The Sallowmere practice has step-free access and a ground-floor surgery with a wide door. Patients who use a wheelchair are asked to mention it when booking so the ground-floor room can be reserved.")),
 ("item",  # Complete plan vs Essential plan
  (C, "The Complete plan includes one white filling a year at no extra charge. Further fillings are charged at the usual price, less the plan discount."),
  (H, "The Essential plan includes one white filling a year at no extra charge. Further fillings are charged at the usual price, less the plan discount.")),
 ("item",  # warfarin vs aspirin
  (H, "Patients who take warfarin must tell the dentist before any extraction is booked. The dentist may ask for a recent blood test result and will plan the appointment around it."),
  (W, "Patients who take aspirin must tell the dentist before any extraction is booked. The dentist may ask for a recent blood test result and will plan the appointment around it.")),
 ("word",  # negation: can / cannot
  (W, "The plan discount can be used on whitening and other cosmetic treatment. It is taken off automatically at reception when you pay."),
  (C, "The plan discount cannot be used on whitening and other cosmetic treatment. It is taken off automatically at reception when you pay.")),
 ("word",  # unit: years / months
  (C, "Crowns and bridges are guaranteed for 2 years, provided you keep up your regular check-ups. If one fails in that time, we'll repair or replace it free of charge."),
  (H, "Crowns and bridges are guaranteed for 2 months, provided you keep up your regular check-ups. If one fails in that time, we'll repair or replace it free of charge.")),
 ("word",  # flips the meaning: mandatory / optional
  (H, "Completing a medical history form is mandatory before each new course of care, using a tablet in the waiting area or the online form. The dentist reviews the answers during the first visit."),
  (W, "Completing a medical history form is optional before each new course of care, using a tablet in the waiting area or the online form. The dentist reviews the answers during the first visit.")),
 ("sentence",
  (W, "The Sallowmere practice is on Heron Road, a 5-minute walk from the bus station. There are 8 parking spaces behind the building. Patients may park there free of charge for the length of their appointment."),
  (C, "The Sallowmere practice is on Heron Road, a 5-minute walk from the bus station. There are 8 parking spaces behind the building. The spaces are kept for staff, so patients should use the pay-and-display car park on Heron Road.")),
 ("sentence",
  (C, "Your dental records are kept for 11 years after your last visit. You can ask for a copy at any time by writing to the practice manager. Copies are sent by secure email within one month."),
  (H, "Your dental records are kept for 11 years after your last visit. You can ask for a copy at any time by writing to the practice manager. Copies are posted to your home address within one month.")),
 ("sentence",
  (H, "Implant consultations are held at the Tanner Street practice, where the group's scanner is based. Each consultation lasts 45 minutes and costs £95. The fee is taken off the cost of treatment if you decide to go ahead."),
  (W, "Implant consultations are held at the Tanner Street practice, where the group's scanner is based. Each consultation lasts 45 minutes and costs £95. The fee is not refundable and is charged whether or not you go ahead.")),
]

exact = [  # (file, file, text) with identical text
 (C, C, "We're a group of three dental practices owned and run by the dentists who work in them. Every patient has a named dentist, and you can see them at whichever practice is closest to you."),
 (W, H, "All surgeries are cleaned between patients, and instruments are sterilised in a separate decontamination room. Staff put on fresh gloves and masks for each appointment."),
 (H, C, "Tell reception about a latex allergy when you book. Latex-free gloves and rubber dams will then be used for your whole appointment."),
]

singles = [
 (W, "The group's practices accept payment by card, by phone wallet and in cash. Cheques are no longer accepted."),
 (W, "Orthodontic treatment for adults is offered with clear aligners at the Pennick Bridge practice. A free 15-minute chat with the orthodontic therapist comes first, followed by a full assessment for patients who want to go ahead."),
 (W, "Patients who have dental treatment while travelling abroad should keep all receipts and notes from the visit. The dentist will check the work at the next routine appointment."),
 (W, "Sports mouthguards are made to measure from a scan of the teeth and come in a choice of 12 colours. They are ready to collect about 10 days after the scan."),
 (W, "Student dentists from the regional dental school sometimes sit in on appointments as observers. Patients are always asked first and may say no without giving a reason."),
 (W, "Practice plan fees are collected by direct debit on the 1st of each month. A missed payment is tried again after 7 days, and the plan is paused if it fails a second time."),
 (W, "Hearing loops are fitted at the reception desks of all three practices. Appointment letters can be sent in large print, or read out over the phone on request."),
 (W, "An itemised receipt is given after every paid appointment, listing each treatment code and the date it was carried out. Insurers usually ask for this receipt with a claim."),
 (W, "Facial swelling or difficulty swallowing should be reported straight away, as these can be signs of a serious infection. Patients with these symptoms are seen as a priority."),
 (C, "Sorry to hear your new filling feels high now the numbness has gone! That's quite common, and the dentist can smooth it down in a quick visit that you won't be charged for."),
 (C, "We're afraid we can't prescribe antibiotics over the phone. The dentist needs to see you first, but we'll find you the next free emergency slot."),
 (C, "Yes, you can move between our practices whenever you like. Your records are shared across the group, so any of our dentists can see your notes."),
 (C, "It's absolutely fine to bring your baby along to your own check-up. There's room for a pushchair in every surgery, and the nurse is happy to help."),
 (C, "Our nervous patient appointments are longer, so there's time to talk things through before anything starts. You can also agree a hand signal with the dentist so they stop at any point."),
 (C, "You can update your address, phone number or email in the patient portal. Changes show up straight away, and we'll send a code to confirm a new email address."),
 (H, "Switch off or silence mobile phones in the surgeries. Calls can be taken in the waiting room."),
 (H, "Brush twice a day for 2 minutes with a fluoride toothpaste. Clean between your teeth once a day with floss or interdental brushes."),
 (H, "Arrive 5 minutes before your appointment time. If you are more than 15 minutes late, you may be asked to rebook."),
 (H, "Show your plan card at reception on each visit. A lost card can be replaced at any practice free of charge."),
 (H, "Do not smoke or vape anywhere on practice premises, including the car parks. Staff may ask you to leave if you do."),
 (H, "Hand back the tinted glasses you are given for treatment before leaving the surgery. They are cleaned after every use."),
]

files = {W: [], C: [], H: []}
def place(f, text, role):
    files[f].append((text, role))

for i, (kind, (fa, ta), (fb, tb)) in enumerate(near, 1):
    assert fa != fb, i
    place(fa, ta, ("near", i, "a")); place(fb, tb, ("near", i, "b"))
for i, (kind, (fa, ta), (fb, tb)) in enumerate(look, 1):
    assert fa != fb, i
    place(fa, ta, ("look", i, "a")); place(fb, tb, ("look", i, "b"))
for i, (fa, fb, t) in enumerate(exact, 1):
    place(fa, t, ("exact", i, "a")); place(fb, t, ("exact", i, "b"))
for i, (f, t) in enumerate(singles, 1):
    place(f, t, ("single", i, ""))

assert all(len(v) == 27 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers (number words read as digits)
    assert numbers(ta) == numbers(tb), (ta, tb)

rng = random.Random(20251217)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, C, H):
    items = files[f]
    rng.shuffle(items)
    with open(os.path.join(HERE, "corpus", f), "w", encoding="utf-8", newline="\n") as fh:
        for n, (text, role) in enumerate(items, 1):
            assert "\n" not in text and text == text.strip() and text
            fh.write(text + "\n")
            pos[role] = {"file": f, "line": n}

pairs = {
 "near_duplicates": [{"id": f"n{i}", "kind": k, "a": pos[("near", i, "a")], "b": pos[("near", i, "b")]}
                     for i, (k, _, _) in enumerate(near, 1)],
 "lookalikes": [{"id": f"l{i}", "differs_in": k, "a": pos[("look", i, "a")], "b": pos[("look", i, "b")]}
                for i, (k, _, _) in enumerate(look, 1)],
 "exact_duplicates": [{"id": f"e{i}", "a": pos[("exact", i, "a")], "b": pos[("exact", i, "b")]}
                      for i in range(1, len(exact) + 1)],
}
singletons = sorted((pos[("single", i, "")] for i in range(1, len(singles) + 1)),
                    key=lambda r: (r["file"], r["line"]))
with open(os.path.join(HERE, "pairs.json"), "w", encoding="utf-8") as fh:
    json.dump(pairs, fh, ensure_ascii=False, indent=1); fh.write("\n")
with open(os.path.join(HERE, "singletons.json"), "w", encoding="utf-8") as fh:
    json.dump(singletons, fh, ensure_ascii=False, indent=1); fh.write("\n")
print({f: len(v) for f, v in files.items()}, "near:", len(near), "lookalikes:", len(look),
      "exact:", len(exact), "singletons:", len(singles))
