#!/usr/bin/env python3
"""Builds the blind15 near-duplicate corpus (Millrace Clay Studio, a made-up community pottery studio
in an old flax mill on Weir Lane, Callowford) and pairs.json / singletons.json. Every answer is placed
in a named file; each file is then shuffled with a fixed seed, so the build is deterministic.

Some reworded near-duplicates write a number as a word on one side and as digits on the other
("two hours" / "2 hours"), so the numbers of a pair are compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, H = "website-faq.txt", "front-desk-emails.txt", "studio-handbook.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'two-hour' -> '2-hour', 'twenty-four' -> '24'."""
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
 ("reworded",  # digits vs words: 2 hours / two hours
  (W, "Taster sessions last 2 hours and cost £35 per person, including clay, glazing and one firing. Up to 8 people can join each session, and places must be booked online in advance. Pieces made on the day are ready to collect about 3 weeks later."),
  (C, "Our tasters run for two hours and they're £35 each, which covers your clay, the glazing and one firing. We take a maximum of 8 people per session, so you'll need to book online beforehand. Whatever you make will be ready to pick up roughly 3 weeks afterwards.")),
 ("reworded",  # active/passive, contractions, two / 2
  (C, "If you can't make a course session, just let us know at least 24 hours beforehand and we'll try to slot you into another group that week. We don't refund missed sessions, but you're welcome to come to Open Studio for two hours instead."),
  (H, "Tell the front desk at least 24 hours ahead if you will miss a course session; staff will try to move you to another group in the same week. Missed sessions are not refunded. You may use Open Studio for 2 hours in place of the missed session.")),
 ("reworded",  # clauses moved, synonyms
  (H, "Only clay bought from the studio may be used in the Wheel Room or fired in our kilns. Bags of 12.5 kg cost £18 at the front desk. Do not bring clay from home, because an unknown clay can melt at our firing temperatures."),
  (W, "For safety, the kilns only fire clay that was bought at Millrace, and it is also the only clay allowed in the Wheel Room. A 12.5 kg bag is £18 from the front desk. Clay brought in from home is not accepted, as an unknown clay body may melt at the temperatures our kilns reach.")),
 ("reworded",  # ten days / 10 days, active/passive
  (W, "Work left on the bisque shelf is usually fired within ten days. Glaze firings take place on Tuesdays and Fridays, and pieces can be collected the morning after the kiln has cooled."),
  (C, "We normally bisque-fire anything you put on the bisque shelf within 10 days. The glaze kiln runs every Tuesday and Friday, and you can pick your work up the morning after it's cooled down.")),
 ("reordered",
  (C, "Aprons and basic tool kits are provided free for every class. Tool kits must be cleaned and returned to the rack at the end of the session. Students who want their own tools can buy a starter kit at the front desk for £16."),
  (H, "Students who want their own tools can buy a starter kit at the front desk for £16. Aprons and basic tool kits are provided free for every class. Tool kits must be cleaned and returned to the rack at the end of the session.")),
 ("reordered",
  (H, "The Saturday Clay Club is for children aged 7 to 12 and runs from 10am to 12 noon. Parents do not need to stay, but they must collect their child on time. Each term has 10 sessions and costs £120, with all materials included."),
  (W, "Each term has 10 sessions and costs £120, with all materials included. The Saturday Clay Club is for children aged 7 to 12 and runs from 10am to 12 noon. Parents do not need to stay, but they must collect their child on time.")),
 ("reordered",
  (W, "Members can book a wheel up to 7 days ahead on the booking page. Each booking lasts up to 3 hours. Bookings not claimed within 15 minutes of the start time are released to other members."),
  (H, "Bookings not claimed within 15 minutes of the start time are released to other members. Members can book a wheel up to 7 days ahead on the booking page. Each booking lasts up to 3 hours.")),
 ("reordered",  # two sentences joined with ", and"
  (C, "Gift vouchers can be bought online or at the front desk in any amount from £20. They are valid for 12 months and can be spent on classes, passes and clay. Vouchers cannot be exchanged for cash."),
  (W, "Vouchers cannot be exchanged for cash, and gift vouchers can be bought online or at the front desk in any amount from £20. They are valid for 12 months and can be spent on classes, passes and clay.")),
 ("boilerplate",
  (H, "Course fees are refunded in full if you cancel at least 14 days before the first session. After that the studio offers a credit note for a later course instead of a refund."),
  (C, wrap("Hi there, and thanks for emailing Millrace Clay Studio.", "Course fees are refunded in full if you cancel at least 14 days before the first session. After that the studio offers a credit note for a later course instead of a refund.", "Warm wishes, Tamsin at the front desk"))),
 ("boilerplate",
  (C, "Key Holder members may bring one guest per month to a members' evening. Guests must sign the visitor book and may not use the kilns or the glaze materials."),
  (W, wrap("Membership › Key Holders › Bringing a guest —", "Key Holder members may bring one guest per month to a members' evening. Guests must sign the visitor book and may not use the kilns or the glaze materials.", "Was this answer useful? Yes / No"))),
 ("boilerplate",
  (W, "Shelf space for work in progress is limited to 1 shelf per student. Wrap damp work in plastic and label it with your name and the date."),
  (H, wrap("Studio note:", "Shelf space for work in progress is limited to 1 shelf per student. Wrap damp work in plastic and label it with your name and the date.", "Happy making!"))),
 ("boilerplate",
  (H, "Reclaim clay is sold at half price, £9 a bag, while stock lasts. It is mixed from recycled studio clay and may contain small lumps, so wedge it well before use."),
  (C, wrap("Good morning!", "Reclaim clay is sold at half price, £9 a bag, while stock lasts. It is mixed from recycled studio clay and may contain small lumps, so wedge it well before use.", "All the best from everyone at Millrace."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Glaze Room rules: always wear gloves and an FFP3 dust mask when you mix powdered glaze. Wipe up spills with a damp sponge – never sweep them, because dry glaze dust is harmful to breathe. Buckets must be lidded and labelled before you leave."),
  (H, "GLAZE ROOM RULES – Always wear gloves and an FFP3 dust mask when you mix powdered glaze!  Wipe up spills with a damp sponge; never sweep them, because dry glaze dust is harmful to breathe.  buckets must be lidded and labelled before you leave")),
 ("mixed",  # sentence merge (2 vs 3) plus rewording, six to twelve / 6-12
  (C, "Private clay parties are for groups of six to twelve people and last two hours. You'll pay a £50 deposit when you book, and the rest is due on the day."),
  (H, "Private parties take groups of 6-12 guests. Each party lasts 2 hours. A deposit of £50 secures the booking, and the balance is paid on the day.")),
 ("mixed",  # rewording plus boilerplate, 7 days / seven days
  (H, "If a kiln fails during a firing, the studio will refire the affected work within 7 days at no cost. Pieces that crack or warp in the kiln are not replaced, as this can happen to any pot."),
  (C, "A quick word from the kiln room: if a kiln breaks down mid-firing, we'll refire the affected pieces free of charge within seven days. We can't replace work that cracks or warps in the kiln, though, because that can happen to any pot. Happy potting!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # 5-session vs 10-session
  (W, "The 5-session Open Studio pass is valid for 3 months from the date of purchase. Each session lasts up to 3 hours and can be used on any open studio evening."),
  (C, "The 10-session Open Studio pass is valid for 3 months from the date of purchase. Each session lasts up to 3 hours and can be used on any open studio evening.")),
 ("number",  # 1240°C vs 1220°C
  (C, "The big electric kiln fires glazes to 1240°C, which suits the studio stoneware and porcelain. Earthenware has to go in the small test kiln, so mark it clearly on the firing slip."),
  (H, "The big electric kiln fires glazes to 1220°C, which suits the studio stoneware and porcelain. Earthenware has to go in the small test kiln, so mark it clearly on the firing slip.")),
 ("number",  # aged 8 vs aged 12
  (H, "Children aged 8 and over may join the adult wheel classes with a parent or guardian. The adult must book a place too and stay in the room for the whole class."),
  (W, "Children aged 12 and over may join the adult wheel classes with a parent or guardian. The adult must book a place too and stay in the room for the whole class.")),
 ("item",  # Wheel Room vs Handbuilding Room
  (W, "The Wheel Room can be hired for private practice on Sunday afternoons for £25 an hour. Hire includes tools and the use of the studio sinks, but not clay or firing."),
  (C, "The Handbuilding Room can be hired for private practice on Sunday afternoons for £25 an hour. Hire includes tools and the use of the studio sinks, but not clay or firing.")),
 ("item",  # stoneware vs porcelain
  (C, "Our shared glazes have been tested on the studio stoneware and are food-safe when fired to cone 6. Ask a technician before you use them on any other clay."),
  (H, "Our shared glazes have been tested on the studio porcelain and are food-safe when fired to cone 6. Ask a technician before you use them on any other clay.")),
 ("item",  # Key Holder members vs Day members
  (H, "Key Holder members can store up to 3 unfinished pieces on the damp shelves. Pieces must be labelled and are cleared after 4 weeks without use."),
  (W, "Day members can store up to 3 unfinished pieces on the damp shelves. Pieces must be labelled and are cleared after 4 weeks without use.")),
 ("word",  # before / after
  (W, "Wax the base of every pot before glazing, so that glaze does not run onto the kiln shelf. Leave a bare band of 5 mm at the foot of each piece."),
  (C, "Wax the base of every pot after glazing, so that glaze does not run onto the kiln shelf. Leave a bare band of 5 mm at the foot of each piece.")),
 ("word",  # forbidden / allowed
  (C, "Eating and drinking are forbidden in the Glaze Room and the Kiln Yard. Hot drinks can be made in the kitchen behind the Wheel Room."),
  (H, "Eating and drinking are allowed in the Glaze Room and the Kiln Yard. Hot drinks can be made in the kitchen behind the Wheel Room.")),
 ("word",  # transferable / non-transferable
  (H, "Clay Club places are transferable between brothers and sisters for the rest of the term. Tell the front desk before the next session so the register can be updated."),
  (W, "Clay Club places are non-transferable between brothers and sisters for the rest of the term. Tell the front desk before the next session so the register can be updated.")),
 ("sentence",
  (W, "Finished work is kept on the collection shelf for 6 weeks. We send a reminder email after 4 weeks. After that, uncollected pieces are donated to the annual seconds sale."),
  (C, "Finished work is kept on the collection shelf for 6 weeks. We send a reminder email after 4 weeks. After that, uncollected pieces are broken up and thrown away.")),
 ("sentence",
  (C, "All firings are done in the two electric kilns in the Kiln Yard. Work for firing goes on the labelled shelves by the Kiln Yard door. Only studio technicians load and unload the kilns."),
  (H, "All firings are done in the two electric kilns in the Kiln Yard. Work for firing goes on the labelled shelves by the Kiln Yard door. Members who have done the kiln induction may load the kilns themselves.")),
 ("sentence",
  (H, "The studio is in the old flax mill on Weir Lane, a 10-minute walk from Callowford station. There are 6 parking spaces in the mill yard. Students may park there free of charge during classes."),
  (W, "The studio is in the old flax mill on Weir Lane, a 10-minute walk from Callowford station. There are 6 parking spaces in the mill yard. The yard is kept for deliveries, so students must park on the street.")),
]

exact = [  # (file, file, text) with identical text
 (C, C, "Millrace Clay Studio is a not-for-profit community studio run by a board of volunteer members. Any surplus goes into bursaries that cover course fees for 20 local students a year."),
 (W, H, "The studio has step-free access through the yard entrance, and one wheel in the Wheel Room can be lowered for wheelchair users. An accessible toilet is next to the kitchen."),
 (H, C, "Children under 16 must be supervised by an adult at all times outside Clay Club sessions. This includes the shop, the yard and the kitchen."),
]

singles = [
 (W, "Membership costs £45 a month for Day members and £75 a month for Key Holders. Key Holders get a door code and can use the studio from 7am to 11pm every day."),
 (W, "Gift vouchers bought online are sent as a PDF within an hour of payment. A lost voucher code can be sent again by the front desk if you give the buyer's email address."),
 (W, "Glazes in the Glaze Room are mixed by the technicians every Monday. Members may suggest a new recipe by leaving a test tile and a recipe card in the tray by the door."),
 (W, "The studio newsletter goes out on the first Friday of each month with new course dates and firing schedules. You can unsubscribe at any time using the link at the bottom of each email."),
 (W, "Corporate team events can be arranged for groups of up to 20 people on weekday afternoons. A member of staff will contact you within 3 working days to agree a date and a price."),
 (W, "Students with a disability can ask for a taller stool, a wheel with a hand control or a seat near the door. Mention it when you book and everything will be ready when you arrive."),
 (W, "The studio is closed for two weeks over Christmas and on all bank holidays. Work left in the kilns during the closure is fired when the studio reopens."),
 (C, "Sorry to hear your taster piece came out a different colour from the sample tile! Glaze colours change with the thickness of the coat and where the pot sat in the kiln, so small differences are normal."),
 (C, "We don't sell second-hand wheels ourselves, but members often post them on the noticeboard in the kitchen. It's worth checking there every few weeks."),
 (C, "Yes, you can pay for a course in three monthly instalments. Just pick the instalment option at checkout and the first payment is taken on the day you book."),
 (C, "We're really sorry your bowl broke in the post. Our packing is only meant for local collection, so we'd recommend picking pieces up in person or bringing a padded box."),
 (C, "You're welcome to photograph your own work in the studio and share it online. Please ask before you take photos of other students or their pieces."),
 (C, "Your membership can be frozen for up to 2 months a year if you're away or unwell. Just email us the dates and we'll pause the payments."),
 (H, "Tie back long hair and remove rings before throwing. Wear closed shoes in all studio rooms."),
 (H, "Wedge all clay for at least 2 minutes before use to remove air bubbles. Trapped air can make a pot burst in the kiln and damage other people's work."),
 (H, "Clean your wheel, splash pan and stool after every session. Slip and water go in the settling bucket, never down the sink."),
 (W, "First aid kits are kept in the kitchen and by the Kiln Yard door. Every injury, however small, should be reported to the duty technician."),
 (H, "Do not open a kiln that is above 100°C. The kiln display shows the temperature, and a red light stays on until it is safe."),
 (H, "Sign in at the front desk at the start of every visit. The fire assembly point is the car park on the far side of Weir Lane."),
 (H, "Trimming tools, sponges and wire cutters are shared. Return them to the tool wall, sorted by type, before you leave."),
 (W, "Course dates for the next term are published six weeks before it starts. Returning students get first pick of places for 48 hours before booking opens to everyone."),
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

rng = random.Random(20251206)
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
