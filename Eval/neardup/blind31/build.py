#!/usr/bin/env python3
"""Builds the blind31 near-duplicate corpus (neardup31: the Makerspace and tool library of the Tamarack Valley
Regional Library, a made-up regional public library system in Canada, prices in Canadian dollars, which runs
maker-space bookings, laser cutter inductions, sewing machines and sergers, a 3D scanner, soldering stations,
a wood lathe, a vinyl cutter and a CNC router, a tool library with loans, holds, deposits and fines, and fine
reviews) and pairs.json / singletons.json. Every answer is placed in a named file; each file is then shuffled
with a fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("up to three tools out at once" / "No more than 3 tools"), so the numbers of a pair are
compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
H, E, N = "makerspace-policy.txt", "staff-replies.txt", "posted-signs.txt"

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
 ("reworded",  # 3 / three, 7 / seven; formal policy turned into a casual reply, "shall be made only to" / "you can borrow"
  (H, "Tool loans shall be made only to cardholders aged 18 or over whose library card is registered to an address within the regional service area. No more than 3 tools shall be on loan to a cardholder at any time, and each loan period shall be 7 days."),
  (E, "If you're 18 or older and your card's registered to an address in our service area, you can borrow from the tool library. You can have up to three tools out at once, and each loan lasts seven days.")),
 ("reworded",  # two / 2, four / 4, fifteen / 15; casual sentences cut into sign fragments
  (E, "Sewing machines are booked in two-hour slots, and you can hold up to four bookings a week. If you haven't shown up within fifteen minutes of the start, the slot goes to the next person on the waitlist."),
  (N, "SEWING MACHINES: 2-hr slots. Max 4 bookings per week. No-show after 15 min = slot released to waitlist.")),
 ("reworded",  # heavy: nearly every phrase replaced or restructured; "3-day" / "three days" ("3D" on both sides)
  (N, "3D SCANNER: 3-day loan. Case, turntable and charger all come back with it. No scanning people without their OK."),
  (H, "The handheld 3D scanner may be borrowed for a period not exceeding three days. It shall be returned complete with its carrying case, rotating platform and charging cable. Scans of another person shall not be made unless that person has given consent.")),
 ("reworded",  # ten / 10, thirty / 30; passive turned active
  (H, "Tools returned after the due date shall incur a fine of $2 per day, to a maximum of $20 per item. Borrowing privileges shall be suspended while fines of $10 or more remain unpaid, and a tool not returned within 30 days of its due date shall be charged at its full replacement cost."),
  (E, "Late tools are $2 a day, capped at $20 per tool. Once you owe ten dollars or more we'll put your borrowing on hold, and if a tool still isn't back thirty days after it was due, we'll bill you whatever it costs to replace it.")),
 ("reordered",
  (E, "Laser cutter inductions run every Saturday at 10am and last 90 minutes. The induction costs $15 and includes a practice cut on birch plywood. You need to pass it before you can book the laser cutter on your own."),
  (N, "You need to pass it before you can book the laser cutter on your own. Laser cutter inductions run every Saturday at 10am and last 90 minutes. The induction costs $15 and includes a practice cut on birch plywood.")),
 ("reordered",
  (N, "Bookings can be cancelled online up to 24 hours before the start time. A booking cancelled later than that counts as a no-show. After 3 no-shows in 60 days, booking rights are suspended for 2 weeks."),
  (H, "After 3 no-shows in 60 days, booking rights are suspended for 2 weeks. Bookings can be cancelled online up to 24 hours before the start time. A booking cancelled later than that counts as a no-show.")),
 ("reordered",  # two sentences joined with ", and"
  (H, "The Makerspace at the Main Branch is open from 10am to 8pm, Tuesday to Saturday. The Makerspace at the Riverside Branch is open from 12pm to 5pm on Saturdays and Sundays only. On statutory holidays both makerspaces are closed, except for pre-booked school workshops."),
  (E, "The Makerspace at the Riverside Branch is open from 12pm to 5pm on Saturdays and Sundays only, and on statutory holidays both makerspaces are closed, except for pre-booked school workshops. The Makerspace at the Main Branch is open from 10am to 8pm, Tuesday to Saturday.")),
 ("boilerplate",
  (N, "If a borrowed tool breaks during normal use, tell staff when you return it and there is no charge. Damage caused by misuse is billed at the repair cost, up to $150 per tool."),
  (E, wrap("Hi, Anjali here at the Makerspace desk.", "If a borrowed tool breaks during normal use, tell staff when you return it and there is no charge. Damage caused by misuse is billed at the repair cost, up to $150 per tool.", "Thanks, Anjali"))),
 ("boilerplate",
  (E, "Laser cutter stock sold at the desk costs $4 for a sheet of 3 mm birch plywood and $9 for a sheet of acrylic. Your own material can be used only if it's on the approved list, and PVC and vinyl are never allowed in the laser."),
  (H, wrap("Makerspace Fee Schedule (CAD) › Schedule C › Laser cutter materials —", "Laser cutter stock sold at the desk costs $4 for a sheet of 3 mm birch plywood and $9 for a sheet of acrylic. Your own material can be used only if it's on the approved list, and PVC and vinyl are never allowed in the laser.", "These fees are reviewed each year by the Library Board."))),
 ("boilerplate",
  (H, "Children under 12 shall be accompanied by an adult at all times in the Makerspace. Closed-toe shoes shall be worn, and long hair shall be tied back near any machine with moving parts."),
  (N, wrap("ATTENTION ALL MAKERSPACE USERS:", "Children under 12 shall be accompanied by an adult at all times in the Makerspace. Closed-toe shoes shall be worn, and long hair shall be tied back near any machine with moving parts.", "Posted by the Makerspace Coordinator."))),
 ("boilerplate",
  (N, "Donated tools in clean, working order are accepted at any branch desk, and tax receipts are issued for donations worth $100 or more. Cordless tools must come with a battery and charger, and gas-powered equipment cannot be accepted."),
  (E, wrap("Hello, and thanks for reaching out!", "Donated tools in clean, working order are accepted at any branch desk, and tax receipts are issued for donations worth $100 or more. Cordless tools must come with a battery and charger, and gas-powered equipment cannot be accepted.", "Anything else? Just send us a note."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (H, "Soldering stations: the fume extractor must be switched on before the iron is heated. Lead-free solder is supplied at no charge – cardholders may not bring leaded solder into the Makerspace. Replacement tips can be purchased for $8."),
  (N, "SOLDERING STATIONS – The fume extractor must be switched on before the iron is heated!  Lead-free solder is supplied at no charge; cardholders may not bring leaded solder into the Makerspace.  replacement tips can be purchased for $8")),
 ("mixed",  # heavy: sentence order changed plus rewording, six / 6, eight / 8
  (E, "Our Open Studio drop-in runs every Wednesday from six to eight in the evening, and there's no need to book. Staff are around to help with your projects, but the laser cutter and CNC router are switched off during drop-in."),
  (N, "OPEN STUDIO. Laser cutter and CNC router closed during drop-in. Staff on hand to help. Wednesdays 6–8pm, no booking needed.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new rule) plus rewording
  (N, "SAFETY GLASSES: free to borrow at the desk. Must be worn at every power tool."),
  (H, "Safety glasses are lent without charge from the Makerspace desk. Eye protection shall be worn by any person operating a power tool. This requirement protects users from flying chips and dust, which can injure an eye even during a brief job.")),
 ("mixed",  # rewording plus boilerplate, 30 / thirty (twice), 10 / ten
  (N, "FINE REVIEWS: ask within 30 days of the fine notice. Branch Manager decides within 10 days. If refused, write to the Library Board within 30 days."),
  (E, "Hi, thanks for your email! If you think a fine is wrong, you've got thirty days from the notice to ask us to review it, and the branch manager will reply within ten days. If you don't agree with the decision, you can take it to the Library Board within another thirty days. Let us know if there's anything else we can help with.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # $60 vs $75
  (H, "A non-resident Makerspace pass costs $60 a year and covers up to 2 bookings a week. Non-resident passes do not include tool library borrowing."),
  (E, "A non-resident Makerspace pass costs $75 a year and covers up to 2 bookings a week. Non-resident passes do not include tool library borrowing.")),
 ("number",  # 2 vs 3 hours
  (E, "Inducted members can book the laser cutter for up to 2 hours a day. Bookings open 14 days in advance."),
  (N, "Inducted members can book the laser cutter for up to 3 hours a day. Bookings open 14 days in advance.")),
 ("number",  # $50 vs $100
  (N, "A refundable deposit of $50 is taken when a tile saw or floor sander is borrowed. The deposit is returned to the card within 5 business days of the tool coming back clean."),
  (H, "A refundable deposit of $100 is taken when a tile saw or floor sander is borrowed. The deposit is returned to the card within 5 business days of the tool coming back clean.")),
 ("item",  # Riverside Branch vs Main Branch
  (H, "The vinyl cutter is kept at the Riverside Branch and can be booked in 2-hour slots. Vinyl sheets cost $3 each at the desk."),
  (E, "The vinyl cutter is kept at the Main Branch and can be booked in 2-hour slots. Vinyl sheets cost $3 each at the desk.")),
 ("item",  # CNC router vs laser cutter
  (E, "Files for the CNC router must be saved as SVG or DXF and brought on a USB stick. Staff check every file before the job starts."),
  (N, "Files for the laser cutter must be saved as SVG or DXF and brought on a USB stick. Staff check every file before the job starts.")),
 ("item",  # serger vs quilting
  (N, "Free serger classes run on the first Saturday of each month at the Main Branch. Places are limited to 6 per class and must be booked online."),
  (H, "Free quilting classes run on the first Saturday of each month at the Main Branch. Places are limited to 6 per class and must be booked online.")),
 ("word",  # negation: are / aren't
  (H, "Teen cardholders aged 14 to 17 are allowed to use the laser cutter once they have completed the induction. A parent or guardian must sign the consent form first."),
  (E, "Teen cardholders aged 14 to 17 aren't allowed to use the laser cutter once they have completed the induction. A parent or guardian must sign the consent form first.")),
 ("word",  # unit: centimetres / inches
  (E, "The wood lathe takes blanks up to 30 centimetres in diameter. Blanks must be dry and free of nails or screws."),
  (N, "The wood lathe takes blanks up to 30 inches in diameter. Blanks must be dry and free of nails or screws.")),
 ("word",  # changes the meaning: after / before
  (N, "Same-day equipment bookings can be made at the desk after 3pm. Online bookings close at midnight the previous day."),
  (H, "Same-day equipment bookings can be made at the desk before 3pm. Online bookings close at midnight the previous day.")),
 ("sentence",
  (H, "A booking fee is refunded when a session is cancelled at least 48 hours ahead. An admin fee of $5 is kept from each refund. The money is returned to the card used to pay."),
  (E, "A booking fee is refunded when a session is cancelled at least 48 hours ahead. An admin fee of $5 is kept from each refund. The money is added to the cardholder's library account as credit.")),
 ("sentence",
  (E, "A cardholder can have up to 5 tools on hold at a time. Holds are kept at the desk for 3 days once the tool is ready. A text message is sent when the tool is waiting for pickup."),
  (N, "A cardholder can have up to 5 tools on hold at a time. Holds are kept at the desk for 3 days once the tool is ready. An email is sent when the tool is waiting for pickup.")),
 ("sentence",
  (N, "Groups of up to 12 can book the Makerspace for a private session. A private session costs $40 per hour. Sessions are not available on weekends."),
  (H, "Groups of up to 12 can book the Makerspace for a private session. A private session costs $40 per hour. Sessions are also available on weekends.")),
]

exact = [  # (file, file, text) with identical text
 (E, E, "We're part of the Tamarack Valley Regional Library, so the Makerspace is funded by the member municipalities and a provincial grant. Equipment fees only cover materials and upkeep, and we don't make any profit on them."),
 (H, N, "Equipment must be wiped down and put back in its place at the end of each booking. A cleaning fee may be charged where a workstation is left dirty."),
 (N, E, "Bookings are linked to your library card number, so no printed confirmation is needed. Staff check you in at the desk by scanning your card."),
]

singles = [
 (H, "Makerspace fees may be paid at any branch desk by debit or credit card, or online through the cardholder's account. Cash shall be accepted only at the Main Branch."),
 (H, "Tools borrowed from the tool library shall not be lent to another person or used for paid contract work. Where misuse is found, borrowing privileges may be withdrawn for up to twelve months."),
 (H, "Organization cards and temporary visitor cards are not eligible for tool loans. Cards held by schools may be used for group Makerspace sessions only."),
 (H, "A fine shall not be cancelled on account of a minor error in the recorded due date. The Library shall correct the date and recalculate the amount owing."),
 (H, "Where an induction booking is cancelled more than 2 days before it starts, the fee shall be refunded in full. No refund shall be given for later cancellations or for inductions that are missed."),
 (H, "Makerspace volunteers shall complete the same inductions as cardholders and shall not operate the laser cutter unsupervised. Volunteers receive no payment and are covered by the Library's liability insurance."),
 (H, "The Library Board's decision on a fine review is final. Borrowing privileges shall not be suspended while a review is pending."),
 (H, "A cardholder with two or more tools outstanding for more than 60 days may be referred to a collection agency. Privileges at every branch shall be suspended until each item is returned or paid for."),
 (H, "Design files and scan files left on Makerspace computers shall be deleted at closing each night. The Library does not keep copies of any user's designs and accepts no responsibility for lost work."),
 (E, "Sorry the booking system was down this morning, the vendor's update ran long. It's back up now, so you should be able to book without any trouble."),
 (E, "Great news, the Library Board approved a second laser cutter for the Riverside Branch! It should be installed sometime this fall."),
 (E, "Thanks for letting us know the foot pedal on sewing machine B is sticking. I've tagged it out of service and our technician will take a look this week."),
 (E, "No worries, I've waived that fine because our system shows the drill was checked in on time. You don't need to do anything else."),
 (E, "For sure, the tool library has a couple of pressure washers, and spring is their busiest season. Put a hold in early if you're planning a weekend project."),
 (E, "I've booked you into the laser induction on Saturday the 14th. You'll get a confirmation email shortly with directions to the Makerspace and what to wear."),
 (N, "LASER CUTTER. Inducted members only. Never leave it running unattended."),
 (N, "FIRE EXTINGUISHER INSIDE. Do not block. Report any use to staff immediately."),
 (N, "MAKERSPACE CLOSED Thursday evening for staff training. Return tools at the front desk instead."),
 (N, "OUT OF SERVICE. Do not use this machine. Staff have been notified."),
 (N, "SCRAP BIN. Offcuts free to take. No metal or glass."),
 (N, "DUST COLLECTOR: switch on before cutting. Empty the bag when half full."),
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

rng = random.Random(20310522)
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
