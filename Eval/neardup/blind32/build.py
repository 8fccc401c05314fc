#!/usr/bin/env python3
"""Builds the blind32 near-duplicate corpus (neardup32: the Kilbrack Tyre & Service Centre, a made-up independent
tyre and car servicing garage in Ireland, prices in euro, which does full services, tyre fitting, puncture repairs,
wheel alignment, brake checks, air-con regassing, diagnostic scans and NCT pre-checks, stores seasonal tyres,
lends courtesy cars to customers whose cars are in for work, and guarantees its repairs) and pairs.json /
singletons.json. Every answer is placed in a named file; each file is then shuffled with a fixed seed, so the
build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("a forty-point check" / "a 40-point inspection"), so the numbers of a pair are
compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
T, R, W = "terms-of-business.txt", "reception-replies.txt", "workshop-notices.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'twelve-month' -> '12-month', 'twenty-five' -> '25'."""
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
 ("reworded",  # 40 / forty; formal terms turned into a casual reply, "shall comprise" / "for that we change"
  (T, "A full service shall comprise the replacement of the engine oil, oil filter, air filter and cabin filter, together with a 40-point inspection of the vehicle. The charge for a full service shall be €189 for a car and €219 for a van."),
  (R, "A full service is €189 for a car or €219 for a van. For that we change the engine oil along with the oil, air and cabin filters, and the lads go through a forty-point check on the whole car.")),
 ("reworded",  # 15 / 15, two / 2; casual sentences cut into notice fragments
  (R, "Fitting is €15 a tyre, and that includes a new valve and balancing. If you're getting two or more tyres from us, we'll check the tracking for free."),
  (W, "TYRE FITTING: €15 per tyre. New valve and balancing included. Buy 2+ tyres = free tracking check.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; "€25" / "twenty-five euro"
  (W, "PUNCTURES: €25 repair. Centre of the tread only. Sidewall damage = new tyre. No run-flats."),
  (T, "A punctured tyre may be repaired for a charge of twenty-five euro, provided that the damage lies within the central section of the tread. Where the damage is to the wall of the tyre, a replacement shall be required. Repairs shall not be carried out on run-flat tyres in any circumstances.")),
 ("reworded",  # 25 / twenty-five, 2 / two; passive turned active
  (T, "A courtesy car shall be provided, subject to availability, where the Customer's vehicle is booked in for a full service or for repairs expected to take longer than a day. The driver shall be aged 25 years or over and shall have held a full driving licence for a minimum of 2 years. The courtesy car shall be returned with the same level of fuel, and any shortfall shall be charged at €2 per litre."),
  (R, "If your car's in with us for a full service or a repair that'll take more than a day, we can give you a courtesy car as long as we've a car free. You'll need to be twenty-five or older and to have had your full licence for at least two years. Just bring it back with the same amount of fuel in it, or we'll charge €2 a litre to fill it back up.")),
 ("reordered",
  (R, "Our NCT pre-check costs €45 and takes about 40 minutes. We test the lights, brakes, tyres, wipers, emissions and suspension the same way the NCT centre does. If the car then fails its NCT on something we passed, we'll fix that item free of charge."),
  (W, "If the car then fails its NCT on something we passed, we'll fix that item free of charge. Our NCT pre-check costs €45 and takes about 40 minutes. We test the lights, brakes, tyres, wipers, emissions and suspension the same way the NCT centre does.")),
 ("reordered",
  (W, "Tyre and service bookings can be made online or by phone up to 8 weeks ahead. A deposit of €20 is taken on any tyres that have to be ordered in. The deposit is kept if the booking is missed without 24 hours' notice."),
  (T, "A deposit of €20 is taken on any tyres that have to be ordered in. The deposit is kept if the booking is missed without 24 hours' notice. Tyre and service bookings can be made online or by phone up to 8 weeks ahead.")),
 ("reordered",  # two sentences joined with ", and"
  (T, "The garage is open from 8am to 6pm, Monday to Friday. On Saturdays the garage opens from 9am to 1pm for tyres and NCT pre-checks only. Keys can be left in the secure drop box beside the front door outside opening hours."),
  (R, "On Saturdays the garage opens from 9am to 1pm for tyres and NCT pre-checks only, and keys can be left in the secure drop box beside the front door outside opening hours. The garage is open from 8am to 6pm, Monday to Friday.")),
 ("boilerplate",
  (W, "After new tyres or alloy wheels are fitted, the wheel nuts should be checked again after about 80 km. Call in any time during opening hours and we'll re-torque them free of charge, no appointment needed."),
  (R, wrap("Hi, it's Siobhán here at reception.", "After new tyres or alloy wheels are fitted, the wheel nuts should be checked again after about 80 km. Call in any time during opening hours and we'll re-torque them free of charge, no appointment needed.", "Thanks, Siobhán"))),
 ("boilerplate",
  (R, "Seasonal tyre storage costs €40 a season for a set of four tyres, or €50 if they're on rims. We clean, bag and label them with your reg, and we need 48 hours' notice to have them ready for fitting."),
  (T, wrap("Schedule of Charges (EUR) › Part B › Tyre storage —", "Seasonal tyre storage costs €40 a season for a set of four tyres, or €50 if they're on rims. We clean, bag and label them with your reg, and we need 48 hours' notice to have them ready for fitting.", "All charges in this schedule include VAT."))),
 ("boilerplate",
  (T, "Customers shall not go beyond the yellow line into the workshop, for reasons of safety and insurance. Children shall remain in the waiting room under the supervision of an adult at all times."),
  (W, wrap("IMPORTANT NOTICE TO ALL CUSTOMERS:", "Customers shall not go beyond the yellow line into the workshop, for reasons of safety and insurance. Children shall remain in the waiting room under the supervision of an adult at all times.", "By order of the Workshop Manager."))),
 ("boilerplate",
  (W, "Old tyres, batteries and used oil from your car are sent for recycling through licensed waste collectors. A recycling charge of €3 per tyre is already included in every tyre price."),
  (R, wrap("Hello, and thanks for getting in touch!", "Old tyres, batteries and used oil from your car are sent for recycling through licensed waste collectors. A recycling charge of €3 per tyre is already included in every tyre price.", "Anything else? Just drop us a line."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (T, "Brake inspections: pads and discs shall be measured against the manufacturer's minimum thickness at every service. Brake fluid shall be tested for water content – fluid containing more than 3% water shall be replaced. A brake fluid change costs €65."),
  (W, "BRAKE INSPECTIONS – Pads and discs shall be measured against the manufacturer's minimum thickness at every service!  Brake fluid shall be tested for water content; fluid containing more than 3% water shall be replaced.  a brake fluid change costs €65")),
 ("mixed",  # heavy: sentence order changed plus rewording, nine / 9, twelve / 12
  (R, "We do air-con regassing on Tuesday and Thursday mornings between nine and twelve, and it's €80. Before any regas we check the system for leaks with UV dye, and if we find a leak we'll quote you for the repair first."),
  (W, "AIR CON. UV dye leak test before every regas. Leak found = repair quoted first. €80. Tue & Thu, 9–12.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new rule) plus rewording
  (W, "LOCKING WHEEL NUTS: leave the key in the car. No key, extra charge to remove them."),
  (T, "Where a vehicle is fitted with locking wheel nuts, the Customer shall leave the locking key in the vehicle. An additional charge shall apply for removing the nuts if the key is not provided. This is because the nuts must then be cut off with a special tool, which takes longer and can mark the wheel.")),
 ("mixed",  # rewording plus boilerplate, 12 / twelve, 7 / seven
  (W, "REPAIR GUARANTEE: 12 months on parts and labour. Report faults within 7 days of noticing. Invoice required."),
  (R, "Hi, thanks for your message! All our repairs come with a twelve-month guarantee on both the parts and the labour. If something goes wrong, let us know within seven days of spotting it and bring your invoice along. Give us a shout if there's anything else we can help with.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # €55 vs €65
  (T, "A four-wheel alignment costs €55 and takes about 45 minutes. You get a printout showing the angles before and after adjustment."),
  (R, "A four-wheel alignment costs €65 and takes about 45 minutes. You get a printout showing the angles before and after adjustment.")),
 ("number",  # €40 vs €60
  (R, "A diagnostic scan for engine warning lights costs €40. The charge is taken off the bill if we carry out the repair."),
  (W, "A diagnostic scan for engine warning lights costs €60. The charge is taken off the bill if we carry out the repair.")),
 ("number",  # 2 vs 3 working days
  (W, "Tyres that have to be ordered in usually arrive within 2 working days. Sizes we keep in stock can be fitted the same day."),
  (T, "Tyres that have to be ordered in usually arrive within 3 working days. Sizes we keep in stock can be fitted the same day.")),
 ("item",  # Wiper blades vs Headlight bulbs
  (T, "Wiper blades bought from us are fitted free of charge at reception. Fitting takes less than 10 minutes on most cars."),
  (R, "Headlight bulbs bought from us are fitted free of charge at reception. Fitting takes less than 10 minutes on most cars.")),
 ("item",  # Winter vs All-season tyres
  (R, "Winter tyres are kept in stock in 16-inch and 17-inch sizes. Other sizes can be ordered on request."),
  (W, "All-season tyres are kept in stock in 16-inch and 17-inch sizes. Other sizes can be ordered on request.")),
 ("item",  # Toyota Yaris vs Skoda Fabia
  (W, "Our courtesy car fleet is made up of 4 Toyota Yaris hatchbacks. Each car is cleaned and sanitised between customers."),
  (T, "Our courtesy car fleet is made up of 4 Skoda Fabia hatchbacks. Each car is cleaned and sanitised between customers.")),
 ("word",  # negation: are / aren't
  (T, "Tyres bought online are accepted for fitting at the standard fitting price. Any tyre more than 6 years old will be refused."),
  (R, "Tyres bought online aren't accepted for fitting at the standard fitting price. Any tyre more than 6 years old will be refused.")),
 ("word",  # unit: psi / bar
  (R, "Our free pressure top-up sets most family cars to 32 psi. The right figure for your car is on the sticker inside the driver's door."),
  (W, "Our free pressure top-up sets most family cars to 32 bar. The right figure for your car is on the sticker inside the driver's door.")),
 ("word",  # changes the meaning: before / after
  (W, "Cars booked in for a service should be dropped off before 9am. Collection is usually from 4pm onwards."),
  (T, "Cars booked in for a service should be dropped off after 9am. Collection is usually from 4pm onwards.")),
 ("sentence",
  (T, "Payment is due in full when the vehicle is collected. Debit cards, credit cards and bank transfers are accepted. Vehicles are not released until the invoice has been paid."),
  (R, "Payment is due in full when the vehicle is collected. Debit cards, credit cards and bank transfers are accepted. Company vehicles may be released on account against a signed purchase order.")),
 ("sentence",
  (R, "Courtesy car drivers are covered by our fleet insurance. An excess of €500 applies in the event of a claim. Toll charges and parking fines are passed on to the driver."),
  (W, "Courtesy car drivers are covered by our fleet insurance. An excess of €500 applies in the event of a claim. Toll charges and parking fines are paid by the garage.")),
 ("sentence",
  (W, "A service reminder is sent 2 weeks before your car is due. You can change the booking by phoning reception. Reminders are sent by text message."),
  (T, "A service reminder is sent 2 weeks before your car is due. You can change the booking by phoning reception. Reminders are sent by post.")),
]

exact = [  # (file, file, text) with identical text
 (R, R, "We're a family-run independent garage, so we're not tied to any car maker or tyre brand. That means we can fit whichever parts and tyres suit your car and your budget."),
 (T, W, "A vehicle left uncollected for more than 14 days after the Customer has been told the work is finished may be charged storage at €10 per day. The Customer shall be contacted by phone and in writing before any storage charge applies."),
 (W, R, "Having your car serviced here doesn't affect the manufacturer's warranty, as long as approved parts and the correct oil are used. Your service book is stamped at every visit."),
]

singles = [
 (T, "A written quotation shall remain valid for 30 days from the date of issue. Parts ordered at the Customer's request and not subsequently fitted shall be charged at cost."),
 (T, "Parts removed from a vehicle during a repair shall be retained for 7 days and may be collected by the Customer on request. After that period they shall be disposed of or returned to the supplier under an exchange scheme."),
 (T, "The Garage shall not be liable for the loss of personal belongings left in a vehicle. Customers are asked to remove valuables, child seats and toll tags before handing over their keys."),
 (T, "Where further faults are found during a service, the Customer shall be contacted by phone for authorisation before any additional work is carried out. If the Customer cannot be reached, only the work originally agreed shall be completed."),
 (T, "Courtesy cars shall not be taken outside the State, used for towing or driven by any person other than the named driver. Smoking and pets are not permitted in courtesy cars."),
 (T, "The Garage shall give its decision on a guarantee claim in writing within ten working days of inspecting the vehicle. Claims arising from accident damage or from work carried out by another garage shall not be accepted."),
 (T, "Where the tread depths on the same axle would otherwise differ by more than 3 mm, tyres shall be fitted in pairs. The Customer may decline this advice by signing the job card."),
 (T, "The Garage is not an NCT test centre and shall not book NCT appointments on behalf of customers. Customers shall arrange the test directly with the NCTS."),
 (T, "Complaints shall be made in writing to the Service Manager within 28 days of the work being completed. Each complaint shall be acknowledged within 5 working days."),
 (R, "Sorry the card machine was acting up yesterday, the bank had an outage. It's working grand again now, so there's no need to bring cash when you collect the car."),
 (R, "Great news, your tyres came in this morning! We can fit them any time tomorrow if that suits."),
 (R, "No bother, I've moved your service from Tuesday to Thursday at 8.30. Nothing else changes, and the price stays the same."),
 (R, "Thanks for flagging the rattle after your service, it sounds like a heat shield got knocked while the car was on the ramp. Bring it in whenever suits and we'll sort it out at no cost."),
 (R, "Grand, I've noted that you want the old brake pads back. They'll be bagged up and left in the boot for you."),
 (R, "Just so you know, the scratch on the courtesy car's rear bumper was already on our check sheet. You won't be charged for it, so don't worry."),
 (W, "KEYS. Hand all keys to reception. Never leave keys in a car in the yard."),
 (W, "WAITING ROOM. Free Wi-Fi, tea and coffee. Ask at the desk for the password."),
 (W, "CUSTOMER PARKING ONLY. Vehicles left at owner's risk."),
 (W, "TYRE BAY 2 CLOSED for repairs this week. Fitting may take longer than usual."),
 (W, "COMPRESSED AIR. Not for cleaning clothes or skin. Report any leaking hose to staff."),
 (W, "CLOSED 24 December to 2 January. Emergency puncture call-outs by phone only."),
]

files = {T: [], R: [], W: []}
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

rng = random.Random(20320614)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (T, R, W):
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
