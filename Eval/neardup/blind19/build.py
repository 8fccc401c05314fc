#!/usr/bin/env python3
"""Builds the blind19 near-duplicate corpus (Vellacott Picturehouses, a made-up group of three independent
cinemas: Cordwainer Street in Vellacott, Greywell Quay and Fallowmead on Osier Lane) and pairs.json /
singletons.json. Every answer is placed in a named file; each file is then shuffled with a fixed seed, so the
build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("fifteen minutes" / "15 minutes"), so the numbers of a pair are compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, H = "website-help.txt", "live-chat.txt", "foyer-notices.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'fifteen minutes' -> '15 minutes', 'twenty-four' -> '24'."""
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
 ("reworded",  # 90p and 4 / four; clauses moved, contractions
  (W, "A booking fee of 90p per ticket is charged on online and phone bookings, up to a maximum of 4 fees per order. Tickets bought in person at a box office carry no fee, and members never pay booking fees."),
  (C, "If you book online or over the phone there's a 90p fee on each ticket, but you'll never pay it on more than four tickets in a single order. Members don't pay the fee at all, and there's no fee either if you buy your tickets in person at the box office.")),
 ("reworded",  # two / 2, active/passive, sentence split differently
  (C, "You can swap your tickets for a different screening up to two hours before your film starts, and we'll charge a £1 admin fee for the change. We only give refunds when we cancel a screening ourselves, or to members who cancel 24 hours or more in advance."),
  (H, "Exchange tickets for another screening up to 2 hours before the film starts. A £1 admin fee applies to every exchange. Refunds are given only if a screening is cancelled by the cinema, or to members cancelling at least 24 hours ahead.")),
 ("reworded",  # heavy: synonyms throughout, clauses restructured
  (H, "Items left in the screens are handed to the box office at closing time and kept for 30 days. Phones, wallets and keys are locked in the office safe. Call the cinema with a description to claim something back, and bring photo ID to collect it."),
  (W, "Belongings found in a screen after a showing go to the box office when the building closes, and are held there for 30 days. Valuables such as phones, purses and keys are stored in a locked safe. To get an item back, customers should ring the cinema and describe it; photo ID is needed at collection.")),
 ("reworded",  # twelve / 12, eighteen / 18; contractions, clauses moved
  (W, "Children under 12 may see a 12A film only when accompanied by someone aged 18 or over. Staff check ages at the door and may ask anyone who looks under 25 for photo ID."),
  (C, "Children younger than twelve can only come to a 12A film with someone who's eighteen or older. We check ages on the door, so if you look under 25 we might ask to see your photo ID.")),
 ("reordered",
  (C, "Relaxed screenings are held on the first Sunday of each month at 11am. The lights stay partly up and the sound is turned down. You're free to move around, chat or pop out of the screen and come back."),
  (H, "The lights stay partly up and the sound is turned down. You're free to move around, chat or pop out of the screen and come back. Relaxed screenings are held on the first Sunday of each month at 11am.")),
 ("reordered",
  (H, "Every film has at least 1 subtitled screening a week, marked ST in the listings. Audio description headsets are lent free of charge from the box office. Tell a member of staff straight away if your headset stops working."),
  (W, "Audio description headsets are lent free of charge from the box office. Tell a member of staff straight away if your headset stops working. Every film has at least 1 subtitled screening a week, marked ST in the listings.")),
 ("reordered",  # two sentences joined with ", and"
  (W, "Box offices open 30 minutes before the first screening of the day. The last screening usually starts at 8.45pm. Cafe bars close 15 minutes after the last film begins."),
  (C, "The last screening usually starts at 8.45pm, and box offices open 30 minutes before the first screening of the day. Cafe bars close 15 minutes after the last film begins.")),
 ("boilerplate",
  (H, "Gift cards can be loaded with any amount from £10 to £200 and stay valid for 2 years. Spend them on tickets, food and drink at all three cinemas."),
  (C, wrap("Hi there, thanks for messaging Vellacott Picturehouses!", "Gift cards can be loaded with any amount from £10 to £200 and stay valid for 2 years. Spend them on tickets, food and drink at all three cinemas.", "Cheers, Tomasz at the box office"))),
 ("boilerplate",
  (C, "Members can pause their membership for up to 3 months a year, for example while travelling. No fee is charged during the pause, and the free ticket allowance carries on when it restarts."),
  (W, wrap("Help › Membership › Pausing a membership —", "Members can pause their membership for up to 3 months a year, for example while travelling. No fee is charged during the pause, and the free ticket allowance carries on when it restarts.", "Did this answer your question? Yes / No"))),
 ("boilerplate",
  (W, "Food and drink bought outside the cinema may not be taken into the screens. Hot food from the cafe bar is allowed everywhere except Screen 4 at Cordwainer Street, which has a carpeted balcony."),
  (H, wrap("Please note:", "Food and drink bought outside the cinema may not be taken into the screens. Hot food from the cafe bar is allowed everywhere except Screen 4 at Cordwainer Street, which has a carpeted balcony.", "Enjoy the film!"))),
 ("boilerplate",
  (H, "Screens can be hired privately for birthday parties from £180, for up to 40 guests. The price includes a film of your choice from the current listings and a bag of popcorn per guest."),
  (C, wrap("Good evening!", "Screens can be hired privately for birthday parties from £180, for up to 40 guests. The price includes a film of your choice from the current listings and a bag of popcorn per guest.", "Warm wishes from everyone at Vellacott."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Members' preview screenings: seats must be booked online at least 1 hour before the film, and members must bring their membership card to the door. Unclaimed seats are released to the waiting queue 10 minutes before the start – so arrive in good time. Guests of members pay the standard ticket price."),
  (H, "MEMBERS' PREVIEW SCREENINGS – Seats must be booked online at least 1 hour before the film, and members must bring their membership card to the door!  Unclaimed seats are released to the waiting queue 10 minutes before the start; so arrive in good time.  guests of members pay the standard ticket price")),
 ("mixed",  # heavy: sentence order changed plus synonyms, fifteen / 15, twenty / 20
  (C, "Don't panic if you're running late: we'll still let you in up to fifteen minutes after the main feature starts, and an usher will guide you to your seat with a torch. There are usually about twenty minutes of adverts and trailers before the film itself, too."),
  (H, "Expect around 20 minutes of adverts and previews ahead of the film. Latecomers are admitted for 15 minutes after the main feature begins; an usher carrying a torch will show you to a seat.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new instruction) plus rewording
  (H, "Keep phones switched off or on silent for the whole film. Do not film or photograph the screen."),
  (W, "Phones should be switched off or kept on silent for the whole film. Filming or taking photographs of the screen is not allowed. The light from a phone distracts people sitting nearby, and recording a film breaks copyright law.")),
 ("mixed",  # rewording plus boilerplate, 3 / three
  (H, "Children under 3 go free if they sit on an adult's lap. Booster cushions are stacked by every screen door; put them back on the rack after the film."),
  (C, "Happy to help with that: little ones under three go free as long as they sit on your lap. You'll find booster cushions stacked by the door of every screen, so just pop them back on the rack after the film. Hope you all enjoy it!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # £9 vs £12 a month
  (W, "Standard membership costs £9 a month and includes 1 free ticket a month. Members also get 15% off food and drink at all three cinemas."),
  (C, "Standard membership costs £12 a month and includes 1 free ticket a month. Members also get 15% off food and drink at all three cinemas.")),
 ("number",  # £3 vs £4
  (C, "Kids' Club films are shown every Saturday at 10am, and tickets cost £3 for children and adults alike. Each child gets a free carton of juice at the door."),
  (H, "Kids' Club films are shown every Saturday at 10am, and tickets cost £4 for children and adults alike. Each child gets a free carton of juice at the door.")),
 ("number",  # £5 vs £6
  (H, "The Wednesday matinee for over-60s costs £5 and includes a hot drink and a biscuit. Doors open 30 minutes early for a chat in the cafe bar."),
  (W, "The Wednesday matinee for over-60s costs £6 and includes a hot drink and a biscuit. Doors open 30 minutes early for a chat in the cafe bar.")),
 ("item",  # Greywell Quay vs Fallowmead
  (W, "The Greywell Quay cinema has lift access to every screen and a Changing Places toilet on the ground floor. Wheelchair users are asked to book the front-row spaces online or by phone."),
  (C, "The Fallowmead cinema has lift access to every screen and a Changing Places toilet on the ground floor. Wheelchair users are asked to book the front-row spaces online or by phone.")),
 ("item",  # salted vs sweet popcorn
  (C, "The salted popcorn is made with sunflower oil and contains no dairy. Ask at the cafe bar for the full allergen list before you buy."),
  (H, "The sweet popcorn is made with sunflower oil and contains no dairy. Ask at the cafe bar for the full allergen list before you buy.")),
 ("item",  # assistance dogs vs pet dogs
  (H, "Assistance dogs are welcome in all screens. Tell the box office when booking so that a seat with extra floor space can be kept for you."),
  (W, "Pet dogs are welcome in all screens. Tell the box office when booking so that a seat with extra floor space can be kept for you.")),
 ("word",  # negation: can / cannot
  (W, "The student discount can be used at weekend and evening screenings. Show a valid student card at the door along with your ticket."),
  (C, "The student discount cannot be used at weekend and evening screenings. Show a valid student card at the door along with your ticket.")),
 ("word",  # unit: weeks / days
  (C, "Tickets for new releases go on sale 6 weeks before the opening day. Members can book 2 days earlier than everyone else."),
  (H, "Tickets for new releases go on sale 6 days before the opening day. Members can book 2 days earlier than everyone else.")),
 ("word",  # flips the meaning: allowed / banned
  (H, "Alcoholic drinks from the cafe bar are allowed in the screens during evening showings. Glasses are swapped for plastic cups before you go in."),
  (W, "Alcoholic drinks from the cafe bar are banned in the screens during evening showings. Glasses are swapped for plastic cups before you go in.")),
 ("sentence",
  (W, "The Fallowmead cinema is on Osier Lane, a 10-minute walk from the railway station. Bus 27 stops outside the main entrance. Customers can use the free car park next to the building."),
  (C, "The Fallowmead cinema is on Osier Lane, a 10-minute walk from the railway station. Bus 27 stops outside the main entrance. There is no car park, so customers who drive should use the multi-storey on Tanyard Street.")),
 ("sentence",
  (C, "The weekly listings email goes out every Monday at 9am. It covers the films showing at all three cinemas for the coming week. You can unsubscribe with the link at the bottom of any email."),
  (H, "The weekly listings email goes out every Monday at 9am. It covers the films showing at all three cinemas for the coming week. Members are signed up to it automatically and cannot opt out.")),
 ("sentence",
  (H, "Live theatre and opera broadcasts are shown at Cordwainer Street only. Tickets cost £18 and include a printed programme. Seats are unreserved, so arrive early for the best view."),
  (W, "Live theatre and opera broadcasts are shown at Cordwainer Street only. Tickets cost £18 and include a printed programme. Every seat is allocated at booking, so there is no need to queue.")),
]

exact = [  # (file, file, text) with identical text
 (C, C, "We're an independent group of three cinemas, owned by a local charitable trust rather than a chain. Any profit goes back into the buildings and our free film clubs for schools."),
 (W, H, "All screens are swept and the seats wiped down between showings. The air in every screen is filtered and fully replaced before each film."),
 (H, C, "If the fire alarm sounds, leave by the nearest green exit sign and do not stop for belongings. Staff in yellow jackets will guide you to the assembly point."),
]

singles = [
 (W, "Box offices take contactless cards, phone wallets and cash, but online bookings need a debit or credit card. Vouchers from other cinema chains are not accepted."),
 (W, "School groups can book morning screenings during term time at £4 per pupil. Teachers come free, at a ratio of 1 adult for every 10 pupils."),
 (W, "Digital membership cards can be added to a phone wallet from the member's online account. A plastic card is posted within 7 days to anyone who prefers it."),
 (W, "Film suggestions from customers are read at a monthly programming meeting. Requests can be left on the comment cards in each foyer or sent through the website."),
 (W, "If a screening is stopped by a projection or sound fault for more than 15 minutes, everyone in the audience is offered a free return ticket. The return tickets are handed out at the exit."),
 (W, "Volunteers help run the Fallowmead film society and the summer outdoor screenings in the park. They receive 2 free tickets for every shift worked."),
 (W, "The cafe bars serve fresh coffee, cakes and light meals from opening time. Vegan and gluten-free dishes are labelled on the menu boards."),
 (W, "Recliner seats in the back row of each screen cost £3 more than a standard seat. They can be picked on the seat map during booking."),
 (W, "Large bags, suitcases and pushchairs can be left in the cloakroom at Cordwainer Street. The cloakroom is free and staffed until the final film ends."),
 (C, "Sorry the picture kept freezing last night! We've passed it on to our projectionist, and if you send us your booking reference we'll put some credit on your account."),
 (C, "We don't have a dress code, so come as you are! It can get chilly in the bigger screens, though, so you might want to bring a jumper."),
 (C, "Yes, you're welcome to bring your own cushion or blanket. Just remember to take them home afterwards, as anything left behind ends up in lost property."),
 (C, "We're really sorry, but we can't hold particular seats over live chat. You'll need to book through the website or app, where you can pick seats from the seating plan."),
 (C, "Our app keeps your tickets on your phone and sends you a nudge when new films go on sale. It's free to download for both iPhone and Android."),
 (C, "Good news: there's no need to print anything! Just show the barcode on your phone when you arrive, or give your name and we'll look up your booking."),
 (H, "Keep exits and gangways clear at all times. Place bags under your seat, not in the aisle."),
 (H, "Collect pre-ordered food from the hatch beside the cafe bar. Have your order confirmation ready."),
 (H, "Ask at the box office for ear defenders for younger children. Return them before you leave."),
 (H, "Do not put your feet on the seats in front. Report any broken seat to an usher."),
 (H, "Queue on the left for advance bookings and on the right for same-day sales. Have your payment card out before reaching the till."),
 (H, "Recycle cups and popcorn boxes in the bins at each screen exit. Leave empty glasses on the bar counter."),
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

rng = random.Random(20260119)
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
