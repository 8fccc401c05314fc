#!/usr/bin/env python3
"""Builds the blind8 near-duplicate corpus (Skelmay Travel, a made-up regional bus and ferry operator on
the Ardnish peninsula and the islands of Inchmore and Lunna) and pairs.json / singletons.json. Every
answer is placed in a named file; each file is then shuffled with a fixed seed, so the build is
deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, P = "website-help.txt", "customer-service-replies.txt", "passenger-guide.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (W, "Single and return tickets can be bought from the driver, at the ferry terminal kiosk or in the Skelmay app. Drivers accept cash and contactless, but cannot give change for notes above £20."),
  (C, "You can buy a single or a return from the driver, from the kiosk at the ferry terminal, or through the Skelmay app. Our drivers take both contactless and cash, although they are unable to change notes larger than £20.")),
 ("reworded",
  (C, "Return tickets are valid for 1 month from the date of the outward journey. The return trip can be made on any bus or sailing on the same route."),
  (P, "A return ticket stays valid for 1 month, counted from the day you travel out. You may come back on any bus or sailing that runs on the same route.")),
 ("reworded",
  (P, "Each passenger can bring up to 2 large bags and 1 item of hand luggage on the bus. Bags must go in the luggage rack and must not block the aisle or the doors."),
  (W, "On our buses every passenger may carry 2 large bags plus 1 piece of hand luggage. Please use the luggage rack, and keep the aisle and the doors clear at all times.")),
 ("reworded",
  (W, "Foot passengers should be at the terminal at least 10 minutes before a sailing, and drivers at least 30 minutes. The ramp is raised 5 minutes before departure and late arrivals cannot board."),
  (P, "Check in no later than 10 minutes before the sailing if you travel on foot, or 30 minutes before if you bring a vehicle. Late arrivals are turned away because the ramp goes up 5 minutes ahead of departure.")),
 ("reordered",
  (W, "Dogs travel free on all buses and ferries. They must be kept on a lead and off the seats. Assistance dogs are welcome in every part of the vessel, including the lounge."),
  (C, "Assistance dogs are welcome in every part of the vessel, including the lounge. Dogs travel free on all buses and ferries. They must be kept on a lead and off the seats.")),
 ("reordered",
  (C, "Winter timetables run from the last Sunday in October to the last Saturday in March. During this period there are 3 return sailings a day to Lunna instead of 5. Printed timetables are free at the travel centre and on board every ferry."),
  (P, "Printed timetables are free at the travel centre and on board every ferry. Winter timetables run from the last Sunday in October to the last Saturday in March. During this period there are 3 return sailings a day to Lunna instead of 5.")),
 ("reordered",
  (P, "Lost property found on buses is sent to the travel centre at Ardnish Bus Station within 2 working days. Items left on ferries stay at the terminal where the sailing ended. Everything is kept for 28 days before it is given to charity."),
  (W, "Items left on ferries stay at the terminal where the sailing ended. Everything is kept for 28 days before it is given to charity. Lost property found on buses is sent to the travel centre at Ardnish Bus Station within 2 working days.")),
 ("reordered",
  (W, "The Skelmay app shows live bus positions and ferry departure boards. Disruption alerts can be switched on for up to 5 favourite routes. Timetables work offline, but live times need a data connection."),
  (C, "Disruption alerts can be switched on for up to 5 favourite routes, and the Skelmay app shows live bus positions and ferry departure boards. Timetables work offline, but live times need a data connection.")),
 ("boilerplate",
  (P, "Refunds on unused tickets are paid back to the original card within 10 working days. A £2 admin fee is taken from each refund unless we cancelled the journey."),
  (C, wrap("Hello, and thanks for getting in touch with Skelmay Travel.", "Refunds on unused tickets are paid back to the original card within 10 working days. A £2 admin fee is taken from each refund unless we cancelled the journey.", "Kind regards, the Skelmay customer team"))),
 ("boilerplate",
  (C, "Season tickets can be paused once a year for at least 14 days if you are ill or working away. Send us a copy of a supporting letter and the pause starts on the day we receive it."),
  (W, wrap("Tickets › Season tickets › Pausing a season ticket —", "Season tickets can be paused once a year for at least 14 days if you are ill or working away. Send us a copy of a supporting letter and the pause starts on the day we receive it.", "Was this answer useful? Yes / No"))),
 ("boilerplate",
  (W, "Mobility scooters up to 120 cm long can travel on low-floor buses with a scooter permit. Permits are free and can be requested at any travel centre."),
  (P, wrap("Good to know:", "Mobility scooters up to 120 cm long can travel on low-floor buses with a scooter permit. Permits are free and can be requested at any travel centre.", "Have a pleasant journey with Skelmay."))),
 ("boilerplate",
  (P, "Bicycles travel free on every ferry and are loaded through the car deck. Up to 12 bicycles can be carried on each sailing, so please wait in the marked bike lane until the deck crew wave you on."),
  (C, wrap("Good afternoon!", "Bicycles travel free on every ferry and are loaded through the car deck. Up to 12 bicycles can be carried on each sailing, so please wait in the marked bike lane until the deck crew wave you on.", "Safe travels from everyone at the Skelmay contact centre."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Concession cards: holders of the Skelmay 60+ card travel free on buses after 9.30am on weekdays and all day at weekends. On ferries the card gives half-price foot passenger fares."),
  (P, "concession cards -  holders of the skelmay 60+ card travel free on buses after 9.30am on weekdays and all day at weekends.  on ferries the card gives half-price foot passenger fares")),
 ("mixed",  # sentence split (2 vs 3) plus rewording
  (C, "Under-16s pay half the adult fare on buses and ferries, and children under 5 travel free with a paying adult. A family day ticket covers 2 adults and up to 3 children for £22."),
  (P, "Children under 16 pay half the adult fare on both buses and ferries. Those under 5 go free when they travel with an adult who has a ticket. For £22, a family day ticket covers 2 adults and as many as 3 children.")),
 ("mixed",  # rewording plus boilerplate
  (P, "If a sailing is cancelled because of bad weather, your ticket is valid on the next available sailing at no extra cost. If you no longer want to travel, you can claim a full refund within 28 days."),
  (C, "A quick note from the ticket office: when the weather stops a sailing, just use your ticket on the next one that runs, with nothing more to pay. Or, if you decide not to travel after all, ask us for a full refund within 28 days. Calm seas!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # 7-day vs 14-day
  (W, "The 7-day Island Rover gives unlimited travel on all Skelmay buses and on the ferry to Inchmore. You can buy it in the app or at the travel centre, and it starts on the first day you use it."),
  (C, "The 14-day Island Rover gives unlimited travel on all Skelmay buses and on the ferry to Inchmore. You can buy it in the app or at the travel centre, and it starts on the first day you use it.")),
 ("number",  # £6 vs £8
  (C, "Surfboards, kayaks and other large sports equipment can go on the ferry for £6 each way. Label each item with your name and hand it to the deck crew for loading."),
  (P, "Surfboards, kayaks and other large sports equipment can go on the ferry for £8 each way. Label each item with your name and hand it to the deck crew for loading.")),
 ("number",  # 22:40 vs 23:40
  (P, "On Fridays and Saturdays the last bus from Port Ardnish to Kilbrae leaves at 22:40. On other nights the last departure is earlier, so check the timetable before you set out."),
  (W, "On Fridays and Saturdays the last bus from Port Ardnish to Kilbrae leaves at 23:40. On other nights the last departure is earlier, so check the timetable before you set out.")),
 ("item",  # ferry vs bus
  (W, "Wheelchair users can board every Skelmay ferry without booking ahead. Tell a member of staff when you arrive and they will set out the ramp for you."),
  (C, "Wheelchair users can board every Skelmay bus without booking ahead. Tell a member of staff when you arrive and they will set out the ramp for you.")),
 ("item",  # Inchmore vs Lunna crossing
  (C, "Car deck spaces on the Inchmore crossing must be booked at least 24 hours in advance. Foot passengers and cyclists do not need to book."),
  (P, "Car deck spaces on the Lunna crossing must be booked at least 24 hours in advance. Foot passengers and cyclists do not need to book.")),
 ("item",  # Student Card vs Carer Card
  (P, "Holders of the Student Card get a third off all bus fares. The discount does not apply to ferry fares or to tickets bought on board."),
  (W, "Holders of the Carer Card get a third off all bus fares. The discount does not apply to ferry fares or to tickets bought on board.")),
 ("word",  # can / cannot
  (W, "E-bikes can be carried on the bus bike racks if they weigh under 25 kg. Folding bikes are always allowed inside the bus once they are folded."),
  (C, "E-bikes cannot be carried on the bus bike racks if they weigh under 25 kg. Folding bikes are always allowed inside the bus once they are folded.")),
 ("word",  # weekday / weekend
  (C, "On weekday mornings the first ferry from Kilbrae leaves at 06:50 and connects with the X7 bus to Port Ardnish. Times for the rest of the day are posted at the pier."),
  (P, "On weekend mornings the first ferry from Kilbrae leaves at 06:50 and connects with the X7 bus to Port Ardnish. Times for the rest of the day are posted at the pier.")),
 ("word",  # with / without
  (P, "Children aged 12 and over may travel on the ferry without an adult if they carry a valid ticket. The crew may ask them for the name of the person meeting them at the other side."),
  (W, "Children aged 12 and over may travel on the ferry with an adult if they carry a valid ticket. The crew may ask them for the name of the person meeting them at the other side.")),
 ("sentence",
  (W, "The travel centre at Ardnish Bus Station is open from 8am to 6pm, Monday to Saturday. It sells every Skelmay ticket and renews concession cards. Replacement cards are printed at the counter while you wait."),
  (C, "The travel centre at Ardnish Bus Station is open from 8am to 6pm, Monday to Saturday. It sells every Skelmay ticket and renews concession cards. Replacement cards are posted to your home address.")),
 ("sentence",
  (C, "Foot passengers on the ferry can leave large bags on the luggage trolley at the gangway. The trolley is loaded by the crew and unloaded at the other side. Bags are left at your own risk and are not covered by our insurance."),
  (P, "Foot passengers on the ferry can leave large bags on the luggage trolley at the gangway. The trolley is loaded by the crew and unloaded at the other side. We accept full liability for any bag that is lost or damaged while on the trolley.")),
 ("sentence",
  (P, "Most Skelmay buses have a rack for 2 bikes at the front. Spaces on the rack are first come, first served. You must load and secure your own bike."),
  (W, "Most Skelmay buses have a rack for 2 bikes at the front. Spaces on the rack are first come, first served. The driver will get out and load the bike for you.")),
]

exact = [  # (file, file, text) with identical text
 (C, C, "Skelmay Travel is owned by the Ardnish and Isles Council and runs 14 bus routes and 2 ferry crossings. Any profit is put back into fares and services."),
 (W, P, "Smoking and vaping are not allowed on our buses or inside our ferries. On the ferry you may smoke only in the marked area of the open deck, and staff may ask you to leave if you ignore this."),
 (P, C, "Drinking alcohol is not allowed on buses. On ferries, alcohol may only be drunk in the licensed lounge during sailings longer than 30 minutes."),
]

singles = [
 (W, "Timetables for every route can be downloaded as PDFs from the Timetables page. We publish them at least 2 weeks before any change comes into force."),
 (W, "Contactless fares are capped, so you never pay more than the price of a Day Rover in one day. The cap resets at midnight and only works if you tap the same card or phone every time."),
 (W, "To report a problem at a bus stop, such as a broken shelter or a missing timetable, use the form on our website. Please include the stop name and the code printed on the flag."),
 (W, "Journeys made with an Under-22 card are free on buses, but the card must be scanned every time. If the reader cannot read it, the driver will note your card number by hand."),
 (W, "Passengers with hearing loss can ask for printed copies of ferry announcements. Induction loops are fitted at every ticket desk."),
 (W, "Groups of 10 or more people travelling together get 15% off ferry fares. Book at least 7 days ahead using the group travel form."),
 (W, "Our buses run on biodiesel made from used cooking oil, and the two newest ferries are hybrid electric. We aim to run a zero-emission fleet by 2035."),
 (W, "School buses are run under contract to the council and are not open to the public. Parents should contact the school about passes and pick-up times."),
 (W, "Horses and livestock can only travel on the Inchmore freight sailing on Tuesdays. Contact the freight office to arrange a space and the right movement papers."),
 (C, "If your bus did not turn up, tell us the route, the stop and the time so we can check the tracking data. We answer complaints within 10 working days."),
 (C, "We cannot post lost property to you, but a friend or relative can collect it with a signed note from you. They will need to show their own photo ID."),
 (C, "E-tickets can be sent again from the My Tickets section of the app. If you have changed phone, sign in with the same email address and your tickets will reappear."),
 (C, "Tickets for the Lunna ferry are not sold on board, so please buy them from the machine at the slipway or in the app. The machine takes cards only."),
 (C, "Staff travel passes are only for Skelmay employees and their partners. They cannot be transferred or lent to anyone else."),
 (C, "Pushchairs can stay unfolded in the wheelchair space if no wheelchair user needs it. Otherwise please fold them and keep your child on your lap or on a seat."),
 (P, "Seats at the front of every bus are priority seats for older and disabled passengers and for people with small children. Please offer your seat to anyone who needs it more than you."),
 (P, "The ferry lounge serves hot drinks, soup and sandwiches on crossings to Inchmore. The café closes 15 minutes before arrival."),
 (P, "CCTV is in use on all buses and ferries to keep passengers and staff safe. Footage is kept for 31 days and is only shared with the police."),
 (P, "In fog or strong winds the captain may hold a sailing in port until it is safe to leave. Updates appear on our website and on the departure boards at each terminal."),
 (P, "Vans longer than 6 metres or taller than 2 metres pay the commercial vehicle fare. Caravans and trailers must be declared when you book."),
 (P, "Passengers who feel seasick can ask the crew for a seat near the middle of the ship, where the movement is smallest. Ginger biscuits are sold at the café counter."),
]

files = {W: [], C: [], P: []}
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

assert all(len(v) == 27 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers
    assert sorted(re.findall(r"\d+", ta)) == sorted(re.findall(r"\d+", tb)), (ta, tb)

rng = random.Random(20250608)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, C, P):
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
