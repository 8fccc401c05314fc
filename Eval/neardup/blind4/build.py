#!/usr/bin/env python3
"""Builds the blind4 near-duplicate corpus (Fernbank Vets, a made-up four-branch UK veterinary
practice) and pairs.json / singletons.json. Every answer is placed in a named file; each file is
then shuffled with a fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, P, G = "website-help.txt", "phone-scripts.txt", "client-guide.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (W, "Our Adult Care Plan costs £16.50 a month and includes two health checks a year. It also covers annual booster vaccinations and flea and worm treatment."),
  (P, "For £16.50 per month, the Adult Care Plan gives your pet two health checks every year. Yearly booster jabs plus flea and worm treatment are included too.")),
 ("reworded",
  (P, "Routine appointments last 15 minutes. If you have more than one pet to be seen, please book a separate slot for each animal."),
  (G, "Each routine consultation is booked as a 15-minute slot. If you are bringing several pets, book one slot per animal so the vet has enough time.")),
 ("reworded",
  (W, "Repeat prescriptions can be ordered online and are ready to collect after 48 hours. The vet must have examined your pet within the last 12 months."),
  (G, "Order repeat medicines through the website and pick them up 48 hours later. We can only prescribe if a vet has seen your pet in the past 12 months.")),
 ("reworded",
  (G, "Neutering operations are done on weekday mornings. Drop your pet off between 8am and 8.30am, and they will usually be ready to go home after 4pm."),
  (G, "We carry out neutering on weekday mornings. Admission is from 8am to 8.30am, and most patients can be collected any time after 4pm.")),
 ("reordered",
  (W, "Our out-of-hours service is run by Nightpaw Emergency Vets. Call our usual number and you will be put through automatically. Night and weekend consultations start at £180."),
  (P, "Night and weekend consultations start at £180. Our out-of-hours service is run by Nightpaw Emergency Vets. Call our usual number and you will be put through automatically.")),
 ("reordered",
  (P, "Microchipping costs £20 and takes only a few seconds. We register the chip on a national database for you. By law, puppies must be chipped by 8 weeks old."),
  (G, "By law, puppies must be chipped by 8 weeks old. Microchipping costs £20 and takes only a few seconds. We register the chip on a national database for you.")),
 ("reordered",
  (G, "A dental scale and polish needs a general anaesthetic. Your pet should have no food after 10pm the night before. Water can be left down until the morning."),
  (W, "Your pet should have no food after 10pm the night before. Water can be left down until the morning. A dental scale and polish needs a general anaesthetic.")),
 ("reordered",
  (W, "We accept card, cash and contactless payments at every branch. Bills over £500 can be spread over 3 months with our payment partner. Payment is due at the end of each visit."),
  (P, "Payment is due at the end of each visit, and we accept card, cash and contactless payments at every branch. Bills over £500 can be spread over 3 months with our payment partner.")),
 ("boilerplate",
  (W, "Nurse clinics for weight checks and nail clipping are free for pets on any of our health plans. Other clients pay £12 per nurse appointment."),
  (P, wrap("Hello, thanks for calling Fernbank Vets.", "Nurse clinics for weight checks and nail clipping are free for pets on any of our health plans. Other clients pay £12 per nurse appointment.", "Is there anything else I can help with today?"))),
 ("boilerplate",
  (G, "Please give us at least 24 hours of notice if you need to cancel. Missed appointments without notice are charged at £25."),
  (W, wrap("Help › Appointments › Cancelling —", "Please give us at least 24 hours of notice if you need to cancel. Missed appointments without notice are charged at £25.", "Was this answer helpful? Yes / No"))),
 ("boilerplate",
  (P, "Rabbits need a combined myxomatosis and RHD vaccine every 12 months. We send a reminder by text two weeks before it is due."),
  (G, wrap("Good to know:", "Rabbits need a combined myxomatosis and RHD vaccine every 12 months. We send a reminder by text two weeks before it is due.", "Thanks for choosing Fernbank."))),
 ("boilerplate",
  (W, "Our Castlegate branch has a cat-only waiting room on the 1st floor. Dogs wait in the main area downstairs, so cats never have to meet them."),
  (P, wrap("Hi there!", "Our Castlegate branch has a cat-only waiting room on the 1st floor. Dogs wait in the main area downstairs, so cats never have to meet them.", "Kind regards, the Fernbank reception team"))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Insurance claims: we can claim directly from most insurers, so you only pay the excess. There is a £15 admin fee for each direct claim."),
  (G, "insurance claims -  we can claim directly from most insurers, so you only pay the excess.  there is a £15 admin fee for each direct claim")),
 ("mixed",  # sentence split (2 vs 3) plus rewording
  (P, "Pets on the Senior Care Plan get a blood test every 6 months and a free urine test at each check. Together these help us spot kidney problems early."),
  (G, "The Senior Care Plan includes a blood test every 6 months. Each of those checks also comes with a free urine test. Between them, the two tests catch kidney problems at an early stage.")),
 ("mixed",  # rewording plus boilerplate
  (G, "If your pet is stung by a wasp or bee, remove any sting and bathe the area in cold water. Call us straight away if the face swells or your pet struggles to breathe, as allergic reactions can become serious within 30 minutes."),
  (P, "Quick tip from our nurses: pull out any sting and cool the area with cold water if your pet is stung by a bee or wasp. Phone us at once if there is facial swelling or breathing trouble, because an allergic reaction can turn serious within 30 minutes. Stay safe out there!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",
  (W, "Puppy vaccination courses start at 8 weeks old, with a second injection 4 weeks later. Your puppy can go out for walks one week after the second injection."),
  (P, "Puppy vaccination courses start at 10 weeks old, with a second injection 4 weeks later. Your puppy can go out for walks one week after the second injection.")),
 ("number",
  (P, "Our Riverside branch is open until 7pm on weekdays for appointments after work. Evening slots can be booked online up to two weeks ahead."),
  (G, "Our Riverside branch is open until 8pm on weekdays for appointments after work. Evening slots can be booked online up to two weeks ahead.")),
 ("number",
  (G, "Pet food ordered through our website is delivered free on orders over £40. Orders placed before noon usually arrive the next working day."),
  (W, "Pet food ordered through our website is delivered free on orders over £60. Orders placed before noon usually arrive the next working day.")),
 ("item",  # place
  (W, "Hydrotherapy sessions for dogs recovering from surgery run at our Oakfield branch. Each session lasts 30 minutes, and a referral from your vet is needed."),
  (P, "Hydrotherapy sessions for dogs recovering from surgery run at our Hatton Green branch. Each session lasts 30 minutes, and a referral from your vet is needed.")),
 ("item",  # plan
  (P, "Members of the Senior Care Plan get 10% off all prescription food bought in the practice. The discount is applied automatically at the till."),
  (G, "Members of the Adult Care Plan get 10% off all prescription food bought in the practice. The discount is applied automatically at the till.")),
 ("item",  # product
  (G, "Our nurses recommend PawShield spot-on for cats that hate tablets. One pipette protects against fleas for 4 weeks and can be bought without an appointment."),
  (W, "Our nurses recommend FleaNix spot-on for cats that hate tablets. One pipette protects against fleas for 4 weeks and can be bought without an appointment.")),
 ("word",  # weekday / weekend
  (W, "Vaccination clinics run on weekday evenings at every branch. Book online or ask at reception, and bring your vaccination card with you."),
  (P, "Vaccination clinics run on weekend evenings at every branch. Book online or ask at reception, and bring your vaccination card with you.")),
 ("word",  # refundable / non-refundable
  (P, "The £30 booking deposit for operations is refundable if you cancel. We take it when the operation is booked and deduct it from your final bill."),
  (G, "The £30 booking deposit for operations is non-refundable if you cancel. We take it when the operation is booked and deduct it from your final bill.")),
 ("word",  # after / before
  (G, "Give worming tablets after a meal. If your pet is sick within 2 hours, give another dose and call us for advice."),
  (W, "Give worming tablets before a meal. If your pet is sick within 2 hours, give another dose and call us for advice.")),
 ("sentence",
  (W, "Our Hatton Green branch has free parking behind the building. Wheelchair access is through the side entrance. The branch also has an X-ray room and a dental suite."),
  (G, "Our Hatton Green branch has free parking behind the building. Wheelchair access is through the side entrance. The branch also has an ultrasound scanner and an isolation ward.")),
 ("sentence",
  (P, "Home visits are available for pets that cannot travel. A vet and a nurse will come to your house anywhere in the practice area. Home visits can only be booked by phone."),
  (W, "Home visits are available for pets that cannot travel. A vet and a nurse will come to your house anywhere in the practice area. Home visits can be booked online or by phone.")),
 ("sentence",
  (G, "When your pet is admitted, we will call you after the procedure to let you know how it went. Visiting is possible for longer stays. Please bring a favourite blanket so your pet feels at home."),
  (P, "When your pet is admitted, we will call you after the procedure to let you know how it went. Visiting is possible for longer stays. Please leave toys and bedding at home, as we provide everything they need.")),
]

exact = [  # (file, file, text) with identical text
 (P, P, "We scan found pets for a microchip free of charge at any branch. If the owner cannot be traced, we pass the animal to the council dog warden or a local rescue."),
 (W, G, "All our branches are accredited under the national Practice Standards Scheme. Inspectors visit every 4 years to check our hygiene, equipment and training."),
 (G, W, "Euthanasia appointments are booked at a quiet time of day so you are not rushed. You can stay with your pet throughout, and we can arrange cremation through Willowmere Pet Crematorium."),
]

singles = [
 (W, "You can register your pet online in about 5 minutes. Have your pet's date of birth and any previous vaccination records to hand."),
 (W, "Our Oakfield branch is the main hospital and has a vet on site day and night for inpatients. Owners cannot visit after 8pm."),
 (W, "We stock prescription diets for kidney, urinary and skin problems. A vet needs to approve the diet before we can sell it to you."),
 (W, "Rabbits, guinea pigs and tortoises are seen by our exotics vet on Thursdays. Reptiles must be brought in a warmed carrier."),
 (W, "Pet passports issued in Great Britain can no longer be used for travel to the EU. Instead you need an animal health certificate, which costs £150 and must be issued within 10 days of travel."),
 (W, "Our practice newsletter goes out by email every 3 months. It includes seasonal health tips and news from each branch."),
 (W, "If your pet has eaten chocolate, grapes or a human medicine, call us immediately. Bring the packaging with you so the vet can work out the dose."),
 (W, "Student vets from the university sometimes sit in on appointments. Just tell the vet if you would rather they did not."),
 (P, "Reception lines are open from 8am to 7pm on weekdays and 9am to 1pm on Saturdays. Outside these hours your call goes straight to the emergency team."),
 (P, "We can email a copy of your pet's records to a new practice within 3 working days. The new practice usually requests them for you."),
 (P, "Test results are normally phoned through by the vet who saw your pet. Most blood results are back within 24 hours."),
 (P, "Never leave a pet in a parked car on a warm day, even for a few minutes. If your dog is panting heavily when you arrive, tell reception straight away."),
 (P, "Puppy parties run on the first Saturday of the month at Riverside. They help puppies get used to the practice before they need any treatment."),
 (P, "Our behaviour nurse offers 45-minute sessions for dogs with separation anxiety or a fear of fireworks. The first session is free for health plan members."),
 (P, "Ashes can be returned in a wooden casket or a scatter tube. They are usually ready to collect within 2 weeks, and we will phone you when they arrive."),
 (G, "After an operation, keep your pet quiet and on lead-only walks for 10 days. The cone collar should stay on until the stitches have been checked."),
 (G, "Cats should travel in a secure carrier, never loose in the car. Covering the carrier with a towel helps them stay calm in the waiting room."),
 (G, "Every health plan is paid by monthly direct debit over 12 months. You can cancel after the first year without any fee."),
 (G, "Dogs over 7 years old are classed as seniors and should have a check-up every 6 months. Giant breeds may need this from the age of 5."),
 (G, "Each waiting room has a set of pet scales that you are welcome to use at any time. Regular weigh-ins help you keep your pet at a healthy weight."),
 (G, "Fernbank Vets is owned by its four partners and is not part of a corporate group. We have been caring for pets in the area since 1987."),
]

files = {W: [], P: [], G: []}
def place(f, text, role):
    files[f].append((text, role))

for i, (kind, (fa, ta), (fb, tb)) in enumerate(near, 1):
    place(fa, ta, ("near", i, "a")); place(fb, tb, ("near", i, "b"))
for i, (kind, (fa, ta), (fb, tb)) in enumerate(look, 1):
    place(fa, ta, ("look", i, "a")); place(fb, tb, ("look", i, "b"))
for i, (fa, fb, t) in enumerate(exact, 1):
    place(fa, t, ("exact", i, "a")); place(fb, t, ("exact", i, "b"))
for i, (f, t) in enumerate(singles, 1):
    place(f, t, ("single", i, ""))

rng = random.Random(20241206)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, P, G):
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
print({f: len(v) for f, v in files.items()}, "singletons:", len(singles))
