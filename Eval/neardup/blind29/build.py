#!/usr/bin/env python3
"""Builds the blind29 near-duplicate corpus (neardup29: the Parking Services office of Brackenford City
Council, a made-up city council in England, prices in GBP, which runs residents' parking permits, visitor
vouchers, business, trade and carer's permits, controlled parking zones K and M, penalty charge notices,
challenges and appeals, bay suspensions and dispensations) and pairs.json / singletons.json. Every answer
is placed in a named file; each file is then shuffled with a fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("no more than three to the same household" / "no more than 3 permits"), so the numbers of a pair are
compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
H, E, N = "permit-terms.txt", "webchat-replies.txt", "street-notices.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'fourteen days' -> '14 days', 'twenty-eight' -> '28'."""
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
 ("reworded",  # 3 / three; formal terms turned into a casual reply, "shall be issued only to" / "you can apply"
  (H, "A resident permit shall be issued only to an applicant whose main residence is within the controlled parking zone and whose vehicle is registered at that address. The annual charge is £90 for a first permit and £150 for a second permit, and no more than 3 permits shall be issued to any household."),
  (E, "If you live in the zone and the car's registered to your address, you can apply for a resident permit. It's £90 a year for your first permit and £150 for a second, and we can't issue more than three to the same household.")),
 ("reworded",  # twenty / 20, four / 4, six / 6; casual sentences cut into notice fragments
  (E, "Visitor vouchers come in books of twenty, and each voucher covers your visitor for up to four hours. A book costs £24 and every household can buy up to six books a year."),
  (N, "VISITOR VOUCHERS: books of 20. Each voucher = 4 hours max. £24 a book. Limit 6 books per household per year.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; 3 / three, "Blue Badge" / "disabled person's badge"
  (N, "BLUE BADGE HOLDERS: free in permit bays up to 3 hrs. Badge and clock on the dash, face up. Not valid in doctors' or car club bays."),
  (H, "A vehicle displaying a valid disabled person's badge may be left in a resident permit bay without payment for a period not exceeding three hours. The badge and the parking disc shall be displayed on the dashboard so that the front of each can be read from outside the vehicle. This exemption does not extend to bays reserved for medical practitioners or car club vehicles.")),
 ("reworded",  # fourteen / 14, twenty-eight / 28, "50 per cent" / "50%", passive -> active
  (H, "Penalty charges are set at £70 for a higher-level contravention and £50 for a lower-level contravention. The charge shall be reduced by 50 per cent where payment is received within 14 days of the notice being served, and a charge certificate increasing it by 50 per cent may be issued where it remains unpaid after 28 days."),
  (E, "Tickets are £70 for the more serious stuff and £50 for the lower-level ones, but if you pay within fourteen days we knock 50% off. Leave it unpaid for more than twenty-eight days though and you'll get a charge certificate that puts 50% on top.")),
 ("reordered",
  (E, "A bay suspension for a removal van costs £45 per bay per day. Applications must reach us at least 10 working days before the move. We put up yellow suspension signs 5 days in advance so neighbours have time to move their cars."),
  (N, "We put up yellow suspension signs 5 days in advance so neighbours have time to move their cars. A bay suspension for a removal van costs £45 per bay per day. Applications must reach us at least 10 working days before the move.")),
 ("reordered",
  (N, "Renewal reminders are emailed 4 weeks before a permit expires. Renewals can be made online up to the expiry date with no late fee. A vehicle parked after expiry without a valid permit may receive a penalty charge notice."),
  (H, "A vehicle parked after expiry without a valid permit may receive a penalty charge notice. Renewal reminders are emailed 4 weeks before a permit expires. Renewals can be made online up to the expiry date with no late fee.")),
 ("reordered",  # two sentences joined with ", and"
  (H, "Zone K restrictions apply from 8am to 6:30pm, Monday to Saturday. Zone M restrictions apply from 9am to 5pm on weekdays only. On bank holidays the restrictions in both zones are lifted, except in the streets around the hospital."),
  (E, "Zone M restrictions apply from 9am to 5pm on weekdays only, and on bank holidays the restrictions in both zones are lifted, except in the streets around the hospital. Zone K restrictions apply from 8am to 6:30pm, Monday to Saturday.")),
 ("boilerplate",
  (N, "If you change your car, the permit can be moved to the new vehicle for an admin fee of £12. Send us the new registration and a copy of the V5C logbook, and the old permit stops working as soon as the replacement is issued."),
  (E, wrap("Hiya, Priya here from Parking Services.", "If you change your car, the permit can be moved to the new vehicle for an admin fee of £12. Send us the new registration and a copy of the V5C logbook, and the old permit stops working as soon as the replacement is issued.", "Cheers, Priya"))),
 ("boilerplate",
  (E, "Trade permits for builders and other contractors cost £15 a day or £60 a week. They are valid in residents' bays in the zone named on the permit, but not in pay and display bays."),
  (H, wrap("Schedule of Parking Charges › Section D › Trade permits —", "Trade permits for builders and other contractors cost £15 a day or £60 a week. They are valid in residents' bays in the zone named on the permit, but not in pay and display bays.", "These charges are reviewed each year by the Council's Transport Committee."))),
 ("boilerplate",
  (H, "Civil enforcement officers patrol every zone between 7am and 10pm, seven days a week. Officers wear body cameras, and any abuse or assault towards them will be reported to the police."),
  (N, wrap("NOTICE TO ALL MOTORISTS:", "Civil enforcement officers patrol every zone between 7am and 10pm, seven days a week. Officers wear body cameras, and any abuse or assault towards them will be reported to the police.", "Issued by the Parking Enforcement Manager."))),
 ("boilerplate",
  (N, "A disabled bay outside your home is free to apply for, but you must hold a Blue Badge and have no off-street parking. Marking the bay usually takes around 12 weeks once it is approved."),
  (E, wrap("Hello, and thanks for getting in touch!", "A disabled bay outside your home is free to apply for, but you must hold a Blue Badge and have no off-street parking. Marking the bay usually takes around 12 weeks once it is approved.", "Anything else? Just drop us a line."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (H, "Dropped kerbs: no vehicle may be parked across a dropped kerb or with a wheel on the footway. A penalty charge of £70 applies – officers may issue it without a complaint from the householder. White H-bar markings can be requested for £95."),
  (N, "DROPPED KERBS – No vehicle may be parked across a dropped kerb or with a wheel on the footway!  A penalty charge of £70 applies; officers may issue it without a complaint from the householder.  white H-bar markings can be requested for £95")),
 ("mixed",  # heavy: sentence order changed plus rewording, three / 3, two / 2
  (E, "On match days there's an extra event-day zone round the stadium, running from three hours before kick-off until two hours after the final whistle. Only residents with an event-day permit can park there during those times, and any other car will be towed away."),
  (N, "MATCH DAY TOWAWAY ZONE. Vehicles without an event-day permit will be removed. In force 3 hrs before kick-off until 2 hrs after the match.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new rule) plus rewording
  (N, "MOTORCYCLES: free in solo motorcycle bays. Permit needed to park in residents' bays."),
  (H, "Solo motorcycles may be parked without charge in the designated motorcycle bays. A motorcycle left in a resident permit bay shall require a valid permit in the same way as any other vehicle. This condition ensures that bays intended for cars are not taken up by vehicles that have dedicated spaces of their own.")),
 ("mixed",  # rewording plus boilerplate, 14 / fourteen, 28 / twenty-eight (twice)
  (N, "APPEALS: challenge within 14 days to keep the discount. Formal representations within 28 days of the Notice to Owner. If rejected, appeal to the independent adjudicator within 28 days."),
  (E, "Hi, thanks for your message! If you challenge the ticket within fourteen days, we'll hold the discount open while we look at it. Once a Notice to Owner arrives you've got twenty-eight days to make a formal representation, and if that's turned down you can take it to the independent tribunal within another twenty-eight days. Let us know if there's anything else we can help with.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # £350 vs £395
  (H, "A business permit costs £350 a year and a business can hold up to 2 permits. Business permits are not valid in bays marked for residents only."),
  (E, "A business permit costs £395 a year and a business can hold up to 2 permits. Business permits are not valid in bays marked for residents only.")),
 ("number",  # 2 vs 4 hours
  (E, "Visitors without a voucher can park in shared-use bays by paying by phone, for a maximum stay of 2 hours. Returning to the same street within 1 hour is not allowed."),
  (N, "Visitors without a voucher can park in shared-use bays by paying by phone, for a maximum stay of 4 hours. Returning to the same street within 1 hour is not allowed.")),
 ("number",  # £200 vs £250
  (N, "Vehicles removed to the car pound are released on payment of a £200 removal fee plus the penalty charge. A storage fee of £20 is added for each full day the vehicle stays in the pound."),
  (H, "Vehicles removed to the car pound are released on payment of a £250 removal fee plus the penalty charge. A storage fee of £20 is added for each full day the vehicle stays in the pound.")),
 ("item",  # Zone K vs Zone M
  (H, "Zone K permits are also valid overnight in the Abbey Road car park. Permit holders can park there free from 6pm to 8am."),
  (E, "Zone M permits are also valid overnight in the Abbey Road car park. Permit holders can park there free from 6pm to 8am.")),
 ("item",  # Civic Centre vs Central Library
  (E, "Paper permit applications can be handed in at the Civic Centre counter on weekdays from 9am to 4pm. Bring proof of address and the vehicle's logbook."),
  (N, "Paper permit applications can be handed in at the Central Library counter on weekdays from 9am to 4pm. Bring proof of address and the vehicle's logbook.")),
 ("item",  # electric vs hybrid
  (N, "Permits for electric vehicles are charged at half the standard annual rate. Eligibility is checked against the vehicle's DVLA record."),
  (H, "Permits for hybrid vehicles are charged at half the standard annual rate. Eligibility is checked against the vehicle's DVLA record.")),
 ("word",  # negation: are / aren't
  (H, "Carers who visit a resident regularly are eligible for a free carer's permit. The permit lasts 12 months and needs a letter from a GP or social worker."),
  (E, "Carers who visit a resident regularly aren't eligible for a free carer's permit. The permit lasts 12 months and needs a letter from a GP or social worker.")),
 ("word",  # unit: metres / feet
  (E, "Vehicles must not be parked within 10 metres of a junction where yellow lines are marked. Corners without yellow lines are not enforced by the Council."),
  (N, "Vehicles must not be parked within 10 feet of a junction where yellow lines are marked. Corners without yellow lines are not enforced by the Council.")),
 ("word",  # changes the meaning: after / before
  (N, "Permit holders can park on single yellow lines in their own zone after 6:30pm. Double yellow lines apply at all times."),
  (H, "Permit holders can park on single yellow lines in their own zone before 6:30pm. Double yellow lines apply at all times.")),
 ("sentence",
  (H, "A refund is given for each full month left on a cancelled permit. An admin fee of £10 is deducted from the refund. The money is paid back to the card used for the original payment."),
  (E, "A refund is given for each full month left on a cancelled permit. An admin fee of £10 is deducted from the refund. The money is sent by cheque to the permit address.")),
 ("sentence",
  (E, "Temporary permits for hire or courtesy cars last up to 4 weeks. Each temporary permit costs £5. A copy of the hire agreement must be sent with the application."),
  (N, "Temporary permits for hire or courtesy cars last up to 4 weeks. Each temporary permit costs £5. A letter from the garage must be sent with the application.")),
 ("sentence",
  (N, "A dispensation lets a works vehicle park on yellow lines while essential work is carried out. It costs £25 per vehicle per day. Dispensations are not issued for weddings or funerals."),
  (H, "A dispensation lets a works vehicle park on yellow lines while essential work is carried out. It costs £25 per vehicle per day. Dispensations can also be issued for weddings and funerals.")),
]

exact = [  # (file, file, text) with identical text
 (E, E, "We're part of Brackenford City Council, so any surplus from parking charges has to be spent on transport, like road repairs and bus passes for older residents. The full parking accounts are published every year on the council website."),
 (H, N, "Vehicles must be parked wholly within the marked bay. A vehicle parked partly outside the bay markings may be issued a penalty charge notice."),
 (N, E, "Permits are virtual and linked to your number plate, so nothing needs to be shown on the windscreen. Officers check the registration with a handheld device."),
]

singles = [
 (H, "Permit charges may be paid online or by telephone using a debit or credit card. Cash and cheques are not accepted for permits."),
 (H, "Visitor vouchers shall not be sold or passed to any person outside the household. Where misuse is found, the vouchers may be cancelled and the household barred from buying further vouchers for twelve months."),
 (H, "Students living in halls of residence are not eligible for a resident permit. Homes built under a planning condition that excludes them from the permit scheme are likewise ineligible."),
 (H, "A penalty charge notice is not made invalid by a minor error in the recorded colour of the vehicle. The Council shall take any such error into account when considering a challenge."),
 (H, "Where a bay suspension is cancelled more than 3 working days before it starts, the fee shall be refunded less an administration charge of £20. No refund shall be given for later cancellations."),
 (H, "Civil enforcement officers receive no commission and are set no targets for the number of penalty charge notices issued. Officers shall take photographs of every contravention before a notice is issued."),
 (H, "The adjudicator's decision on an appeal is final and binding on both parties, save where a review is granted on limited grounds. The Council shall not pursue a penalty charge while an appeal is pending."),
 (H, "A vehicle with three or more penalty charges that have reached the charge certificate stage may be clamped or removed. Release shall be subject to payment of every outstanding charge."),
 (H, "Personal data supplied with an application shall be used only to administer the permit scheme and to enforce parking restrictions. Records shall be retained for six years after a permit expires."),
 (E, "Sorry the online portal was down this morning, the supplier's update overran. It's back up now, so you should be able to renew without any trouble."),
 (E, "Good news, the council has approved extending Zone M to Orchard Road! The new signs and lines should go in over the next couple of months."),
 (E, "Thanks for flagging the faded bay markings on Tanner Street. I've passed it on to our lines and signs team, and they'll repaint them as soon as the weather dries up."),
 (E, "No problem, I've cancelled the ticket because the system shows your permit was active when it was issued. You don't need to do anything else."),
 (E, "Yep, the scratch-card vouchers work for any visitor, including family staying with you over Christmas. Just scratch off the date and arrival time before they leave the car."),
 (E, "I've booked your bay suspension for Friday the 14th and the signs go up on Monday. You'll get a confirmation email with a map of the suspended bays shortly."),
 (N, "PERMIT HOLDERS ONLY. Zone K. Mon–Sat 8am–6:30pm."),
 (N, "SCHOOL KEEP CLEAR. No stopping on the zigzags. Enforced by camera Mon–Fri 8am–9:30am and 2:30pm–4pm."),
 (N, "PARKING SHOP CLOSED Wednesday afternoon for staff training. Use the online portal instead."),
 (N, "BAY SUSPENDED. Do not park here. Vehicles will be removed."),
 (N, "CAR CLUB BAY. Car club vehicles only. At any time."),
 (N, "LOADING BAY: goods vehicles loading only, max 20 mins. No return within 1 hr."),
]

files = {H: [], E: [], N: []}
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

rng = random.Random(20290817)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (H, E, N):
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
