#!/usr/bin/env python3
"""Builds the near-duplicate corpus (Kerbside, a made-up UK car club) and pairs.json / singletons.json.
Every answer is placed in a named file; each file is then shuffled with a fixed seed."""
import json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
A, B, K = "help-site.txt", "app-faq.txt", "partner-kb.txt"

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (A, "You need to be at least 21 and have held a full driving licence for two years to join Kerbside. We check your licence with the DVLA before your first booking."),
  (K, "To become a Kerbside member you must be 21 or older and have had a full licence for at least two years. Your licence is checked with the DVLA before you can make your first booking.")),
 ("reworded",
  (A, "Fuel is included in the hourly price. If the tank drops below a quarter, fill up using the fuel card kept in the glovebox and we will add 10 free minutes to your account."),
  (B, "The price per hour already covers fuel. When the tank is under a quarter full, please refuel with the fuel card in the glovebox, and we will credit your account with 10 free minutes for doing so.")),
 ("reworded",
  (B, "Every booking includes the first 60 miles. After that, each extra mile costs 25p, and the total is added to your invoice at the end of the month."),
  (K, "The first 60 miles of any booking are free. Additional miles are charged at 25p each and appear on your monthly invoice.")),
 ("reworded",
  (A, "If you return the car late without extending, we charge a £25 late return fee plus the hourly rate for the extra time. Extend in the app before your booking ends to avoid the fee."),
  (A, "Bringing a car back late without an extension costs a £25 late fee on top of the usual hourly rate for the additional time. You can avoid this by extending your booking in the app before it finishes.")),
 ("reworded",
  (B, "Pets are welcome as long as they travel in a closed carrier or a crate in the boot. If we have to clean pet hair out of the car, a £40 cleaning fee applies."),
  (K, "You can bring your pet, provided it stays in a closed carrier or boot crate. Leaving pet hair behind means a £40 cleaning charge.")),
 ("reordered",
  (A, "Bookings can be made up to 3 months in advance. The shortest booking is 30 minutes. You can book in the app or on the website."),
  (B, "You can book in the app or on the website. The shortest booking is 30 minutes. Bookings can be made up to 3 months in advance.")),
 ("reordered",
  (B, "To unlock the car, tap Unlock in the app when you are within 20 metres. The keys stay in the car, in the holder under the armrest. Lock the car with the app when you finish."),
  (K, "The keys stay in the car, in the holder under the armrest. To unlock the car, tap Unlock in the app when you are within 20 metres. Lock the car with the app when you finish.")),
 ("reordered",
  (K, "Smoking and vaping are not allowed in any Kerbside car. We fine members £100 if we find evidence of smoking. Passengers must follow the same rule."),
  (A, "Passengers must follow the same rule as drivers. Smoking and vaping are not allowed in any Kerbside car. We fine members £100 if we find evidence of smoking.")),
 ("reordered",
  (A, "Electric cars must be returned with at least 20% charge. Plug the car into its bay charger when you park. If the charge is lower, a £10 fee is added."),
  (K, "Plug the car into its bay charger when you park. Electric cars must be returned with at least 20% charge. If the charge is lower, a £10 fee is added.")),
 ("reordered",
  (B, "Parking fines received during your booking are passed on to you. We add a £20 admin fee for each fine we process. You can appeal directly to the council."),
  (B, "You can appeal directly to the council. Parking fines received during your booking are passed on to you, and we add a £20 admin fee for each fine we process.")),
 ("boilerplate",
  (A, "The Regular plan costs £9 a month and lowers the hourly rate to £6. It suits members who drive at least twice a month."),
  (B, "Great question! The Regular plan costs £9 a month and lowers the hourly rate to £6. It suits members who drive at least twice a month. Still need help? Message us from the app and a real person will reply.")),
 ("boilerplate",
  (K, "If the car has damage that is not already logged, report it in the app before you drive off. Take photos of all four sides so we know it was there before your booking."),
  (A, "Before you start: if the car has damage that is not already logged, report it in the app before you drive off. Take photos of all four sides so we know it was there before your booking. Was this answer helpful?")),
 ("boilerplate",
  (B, "Your damage excess is £750 per incident. Add Excess Cover for £5 per booking to reduce it to £250."),
  (K, "Kerbside Help Centre › Insurance. Your damage excess is £750 per incident. Add Excess Cover for £5 per booking to reduce it to £250. Thanks for driving with Kerbside!")),
 ("boilerplate",
  (A, "Child seats are not supplied in the cars. You are welcome to fit your own, and ISOFIX points are available in every car except the Fiat 500e."),
  (K, "Hi there, thanks for getting in touch. Child seats are not supplied in the cars. You are welcome to fit your own, and ISOFIX points are available in every car except the Fiat 500e. Kind regards, the Kerbside member team.")),
 ("boilerplate",
  (K, "You can add a second driver to a booking as long as they are also a Kerbside member. Their hours are billed to your account."),
  (K, "FAQ: You can add a second driver to a booking as long as they are also a Kerbside member. Their hours are billed to your account. (Answer reviewed by our support team.)")),
 ("mixed",  # casing, whitespace and punctuation
  (B, "The Business plan costs £15 per driver per month and includes a monthly invoice with VAT shown separately. Business drivers pay £5.50 an hour."),
  (A, "the business plan costs £15 per driver per month,  and includes a monthly invoice with VAT shown separately.   Business drivers pay £5.50 an hour!")),
 ("mixed",  # sentence split plus rewording (2 sentences vs 4)
  (A, "If you have an accident, make sure everyone is safe and call the police if anyone is hurt. Then phone our 24-hour incident line, using the number on the windscreen sticker."),
  (B, "After an accident, first check that everyone is safe. Call the police if anyone is injured. Then ring the 24-hour incident line. Its number is on the sticker on the windscreen.")),
 ("mixed",  # rewording plus boilerplate
  (K, "We charge your card after each booking ends, and you receive a single invoice at the end of the month. Failed payments pause your membership until the balance is paid."),
  (B, "Quick answer: your card is charged once each booking has finished, and one invoice arrives at month end. If a payment fails, your membership is paused until you settle the balance. Hope that helps!")),
 ("mixed",  # reordering plus rewording
  (B, "Cars can be driven anywhere on the UK mainland. Taking a car abroad or onto a ferry is not permitted. The Isle of Wight is the only exception, and only with permission from support."),
  (K, "You may not take a car abroad or onto a ferry, except to the Isle of Wight, which needs permission from support first. Anywhere on the UK mainland is fine.")),
 ("mixed",  # casing, punctuation and missing final full stop
  (A, "Day bookings cost £49 on Pay As You Go and £42 on the Regular plan. A day booking lasts 24 hours from the start time you choose."),
  (K, "DAY BOOKINGS: £49 on Pay-As-You-Go, £42 on the Regular plan. a day booking lasts 24 HOURS from the start time you choose")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",
  (A, "A booking can be cancelled free of charge up to 2 hours before it starts. Later cancellations are charged half of the booking price."),
  (K, "A booking can be cancelled free of charge up to 24 hours before it starts. Later cancellations are charged half of the booking price.")),
 ("number",
  (B, "Members can have up to 3 future bookings at a time. To book more, finish or cancel one of your existing bookings first."),
  (K, "Members can have up to 5 future bookings at a time. To book more, finish or cancel one of your existing bookings first.")),
 ("number",
  (A, "Leaving rubbish or food waste in the car results in a £30 cleaning charge. Please take everything with you when you return the car."),
  (B, "Leaving rubbish or food waste in the car results in a £50 cleaning charge. Please take everything with you when you return the car.")),
 ("number",
  (K, "Refer a friend and you both get £20 of driving credit once they complete their first booking. Share your code from the Invite tab in the app."),
  (A, "Refer a friend and you both get £15 of driving credit once they complete their first booking. Share your code from the Invite tab in the app.")),
 ("item",
  (B, "You can pay with Visa, Mastercard or American Express debit and credit cards. Prepaid cards are not accepted."),
  (A, "You can pay with Visa, Mastercard or Maestro debit and credit cards. Prepaid cards are not accepted.")),
 ("item",
  (A, "Our electric fleet includes the Renault Zoe, the Kia Niro and the Nissan Leaf. Every electric car comes with a charging cable in the boot."),
  (B, "Our electric fleet includes the Renault Zoe, the Kia Niro and the Hyundai Kona. Every electric car comes with a charging cable in the boot.")),
 ("item",
  (K, "Bike racks can be fitted to our estate cars on request. Ask support at least a day before your booking so the depot team can fit it."),
  (K, "Roof boxes can be fitted to our estate cars on request. Ask support at least a day before your booking so the depot team can fit it.")),
 ("negation",
  (B, "You can end a booking early from the app, and unused time is refunded. Just tap End trip once the car is back in its bay."),
  (A, "You can end a booking early from the app, but unused time is not refunded. Just tap End trip once the car is back in its bay.")),
 ("negation",
  (A, "Kerbside vans can be driven on a standard car licence. They are parked at selected depots rather than on-street bays."),
  (K, "Kerbside vans cannot be driven on a standard car licence. They are parked at selected depots rather than on-street bays.")),
 ("negation",
  (K, "Toll road charges are included in the hourly price. The Dartford Crossing charge must still be paid online by midnight the next day."),
  (B, "Toll road charges are not included in the hourly price. The Dartford Crossing charge must be paid online by midnight the next day.")),
 ("plan",
  (B, "Regular members get 10% off day bookings at weekends. The discount is applied automatically at checkout."),
  (K, "Business members get 10% off day bookings at weekends. The discount is applied automatically at checkout.")),
 ("plan",
  (A, "On the Business plan, any number of drivers can be added to one account. Each driver gets their own login and pays nothing extra to join."),
  (B, "On the Pay As You Go plan, any number of drivers can be added to one account. Each driver gets their own login and pays nothing extra to join.")),
]

exact = [
 ((A, K), "Lost property is kept at our depot for 30 days. Report lost items in the app and we will check the car after the next booking."),
 ((B, B), "Our support team is available by phone and chat around the clock, every day of the year. For emergencies while driving, always use the incident line."),
 ((K, A), "Cars must be returned to their home bay. If the bay is blocked, park as close as you safely can and tell us in the app."),
]

singles = [
 (A, "Most Kerbside cars are in London, Bristol, Leeds and Glasgow, with a few in smaller towns. The map in the app shows every available car near you."),
 (B, "Your membership card is optional, because the app does everything the card does. If you prefer a card, order one from your profile and it arrives within a week."),
 (K, "If the car breaks down, call the incident line and do not try to fix it yourself. We arrange recovery and a replacement car where one is available."),
 (A, "Speeding and bus lane fines are transferred to the driver named on the booking. We share your details with the issuing authority, as the law requires."),
 (B, "Students can join with a university email address and have the joining fee waived. The usual age and licence rules still apply."),
 (K, "Each car has a cleaning kit in the boot with wipes and a small brush. Members who leave the car tidy help keep prices low for everyone."),
 (A, "International licences are accepted if you also hold a valid passport. Licences not written in English must come with an official translation."),
 (B, "You can close your account at any time from the app. Any remaining credit is refunded to your card within ten working days."),
 (K, "Our vans have a load space of roughly three cubic metres. Check the van's bay page for its exact dimensions before you book."),
 (A, "Every car has a dashcam that records only while the engine is running or when an impact is detected. Footage is deleted after thirty days unless an incident is reported."),
 (B, "To change your registered address, update it in your profile. You will be asked to upload a proof of address dated within the last three months."),
 (K, "Driving credit from promotions expires after six months. It cannot be exchanged for cash or transferred to another member."),
 (A, "If the car is not in its bay when you arrive, call support straight away. We will find you another car nearby or refund the booking in full."),
 (B, "Winter tyres are fitted to all cars in Scotland between November and March. Snow chains are not provided, so check the forecast before long trips."),
 (K, "Sat-nav is built into most cars. Every car also has a phone holder and a USB charging port."),
 (A, "Members with a clean record for a full year may be offered a lower excess at renewal. We look at claims and late returns when deciding."),
 (B, "Kerbside is accredited by the national car club scheme. Every car is serviced by a franchised dealer on the manufacturer's schedule."),
 (K, "Corporate accounts can set booking limits for each driver. Managers see every trip on one dashboard and can export it for expenses."),
 (A, "You can rate the car after each trip. Ratings help us spot cars that need attention before the next member finds a problem."),
 (B, "Cars are cleaned inside and out every fortnight. Cars in busy areas are cleaned more often."),
 (K, "If you lose your phone mid-booking, call support. Once we have confirmed your identity, we can lock or unlock the car remotely."),
 (A, "Hand controls can be requested for some automatic cars. Please give us a week's notice so the depot can fit them."),
 (B, "Members must tell us within a week about new penalty points. The same applies to any change in your medical fitness to drive."),
 (K, "Ultra Low Emission Zone charges never apply to our cars. Every car in the fleet meets the emission standard."),
 (A, "Gift cards are available in any amount. They can be used towards bookings, but not towards fines or fees."),
 (B, "To report a fault such as a warning light, use the Report a problem button in the app. Tell us whether you think the car is still safe to drive."),
 (K, "Learner drivers cannot drive Kerbside cars. This applies even when a qualified supervisor is in the passenger seat."),
 (A, "We send a reminder before each booking starts. A second reminder arrives shortly before the booking ends, so you have time to extend."),
 (B, "Business invoices can be sent to a separate finance email address. Set it up under Account settings in the web dashboard."),
 (K, "Our electric cars show their current range in the app. Pick one with enough charge for the whole trip, including the drive back."),
]

files = {A: [], B: [], K: []}
def add(f, text, role):
    files[f].append((text, role))

for i, (kind, a, b) in enumerate(near, 1):
    add(a[0], a[1], ("near", i, "a")); add(b[0], b[1], ("near", i, "b"))
for i, (d, a, b) in enumerate(look, 1):
    add(a[0], a[1], ("look", i, "a")); add(b[0], b[1], ("look", i, "b"))
for i, ((fa, fb), text) in enumerate(exact, 1):
    add(fa, text, ("exact", i, "a")); add(fb, text, ("exact", i, "b"))
for i, (f, text) in enumerate(singles, 1):
    add(f, text, ("single", i, ""))

rng = random.Random(20250611)
where = {}
for f in (A, B, K):
    rows = files[f][:]
    rng.shuffle(rows)
    with open(os.path.join(HERE, "corpus", f), "w", encoding="utf-8") as fh:
        for n, (text, role) in enumerate(rows, 1):
            fh.write(text + "\n")
            where[role] = {"file": f, "line": n}

pairs = {"near_duplicates": [], "lookalikes": [], "exact_duplicates": []}
for i, (kind, a, b) in enumerate(near, 1):
    pairs["near_duplicates"].append({"id": f"n{i}", "kind": kind, "a": where[("near", i, "a")], "b": where[("near", i, "b")]})
for i, (d, a, b) in enumerate(look, 1):
    pairs["lookalikes"].append({"id": f"l{i}", "differs_in": d, "a": where[("look", i, "a")], "b": where[("look", i, "b")]})
for i, _ in enumerate(exact, 1):
    pairs["exact_duplicates"].append({"id": f"e{i}", "a": where[("exact", i, "a")], "b": where[("exact", i, "b")]})
singletons = sorted((where[("single", i, "")] for i in range(1, len(singles) + 1)), key=lambda r: (r["file"], r["line"]))
json.dump(pairs, open(os.path.join(HERE, "pairs.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
json.dump(singletons, open(os.path.join(HERE, "singletons.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
print({f: len(v) for f, v in files.items()}, sum(len(v) for v in files.values()), "lines")
