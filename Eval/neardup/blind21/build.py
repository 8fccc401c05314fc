#!/usr/bin/env python3
"""Builds the blind21 near-duplicate corpus (Lanternfish Tattoo & Piercing, a made-up independent tattoo and
piercing studio with two premises: Cooper's Wynd in Harrowby and Sallow Street in Brackenmouth) and pairs.json /
singletons.json. Every answer is placed in a named file; each file is then shuffled with a fixed seed, so the
build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("fifteen minutes" / "15 minutes"), so the numbers of a pair are compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, D, S = "website-faq.txt", "dm-replies.txt", "studio-cards.txt"

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
 ("reworded",  # £50, 3 / three; clauses moved, passive -> active, contractions
  (W, "A £50 deposit is required to secure any tattoo appointment, and it is deducted from the price of the final session. Deposits are forfeited if an appointment is cancelled with less than 3 days' notice, but they can be moved to a new date once."),
  (D, "We take a £50 deposit to hold your slot, and it comes off the cost of your last sitting. You can move it to a different date once, but if you cancel with under three days' notice you'll lose it, I'm afraid.")),
 ("reworded",  # 16 / sixteen, 17 / seventeen; one sentence split into two
  (D, "We don't tattoo anyone under 18, even with a parent's permission, so please bring photo ID along to your appointment. For piercings, 16 and 17 year olds can come in as long as a parent or guardian comes too and brings their own ID."),
  (S, "No tattoos for anyone under 18, with or without a parent's consent. Bring photo ID to every appointment. Piercing clients aged sixteen or seventeen must be accompanied by a parent or guardian, who must also show ID.")),
 ("reworded",  # heavy: nearly every phrase replaced by a synonym or restructured
  (S, "Leave the film on for 24 hours, then peel it off under warm running water. Wash the tattoo twice a day with unscented soap and pat it dry with a paper towel. Apply a thin layer of balm; do not smother it."),
  (W, "The protective film should be left on for a full 24 hours, and it is easiest to peel off in the shower or under a warm tap. After that, the tattoo needs washing morning and night with a fragrance-free soap, then patting dry with kitchen roll. Only a very light layer of balm is needed, as too much stops the skin from breathing.")),
 ("reworded",  # 2 / two, 4 / four; list reordered, clauses moved
  (W, "Swimming pools, the sea, baths and hot tubs should be avoided for 2 weeks after a new tattoo. A healing tattoo must also be kept out of direct sun and away from sunbeds for at least 4 weeks."),
  (D, "Please give pools, baths, hot tubs and the sea a miss for two weeks after you've been tattooed! And for four weeks minimum while it's healing, keep it out of the sun and off the sunbeds.")),
 ("reordered",
  (D, "Touch-ups are free within 3 months of your final session. Touch-ups needed because of sun damage or poor aftercare are charged at the hourly rate. Book them through the website like any other appointment."),
  (S, "Touch-ups needed because of sun damage or poor aftercare are charged at the hourly rate. Touch-ups are free within 3 months of your final session. Book them through the website like any other appointment.")),
 ("reordered",
  (S, "All starter jewellery is implant-grade titanium. Come back after 6 to 8 weeks to have your bar swapped for a shorter one. Do not change the jewellery yourself until the piercing has fully healed."),
  (W, "Do not change the jewellery yourself until the piercing has fully healed. All starter jewellery is implant-grade titanium. Come back after 6 to 8 weeks to have your bar swapped for a shorter one.")),
 ("reordered",  # two sentences joined with ", and"
  (W, "The studios are open from 11am to 7pm, Tuesday to Saturday. Walk-ins are taken on Fridays from 1pm for small flash designs only. Both studios are closed on Sundays and Mondays."),
  (D, "Walk-ins are taken on Fridays from 1pm for small flash designs only, and both studios are closed on Sundays and Mondays. The studios are open from 11am to 7pm, Tuesday to Saturday.")),
 ("boilerplate",
  (S, "Gift vouchers can be bought in any amount from £25 and are valid for 12 months. They can be spent on tattoos, piercings, jewellery and aftercare products at either studio."),
  (D, wrap("Hey, thanks for getting in touch with Lanternfish!", "Gift vouchers can be bought in any amount from £25 and are valid for 12 months. They can be spent on tattoos, piercings, jewellery and aftercare products at either studio.", "Speak soon, Marnie on the front desk"))),
 ("boilerplate",
  (D, "Consultations are free and take about 20 minutes, either in the studio or over a video call. Bring reference images and a rough idea of the size and placement you have in mind."),
  (W, wrap("FAQ › Before your tattoo › Consultations —", "Consultations are free and take about 20 minutes, either in the studio or over a video call. Bring reference images and a rough idea of the size and placement you have in mind.", "Was this article helpful? Yes / No"))),
 ("boilerplate",
  (W, "Numbing cream may only be used if the artist has agreed to it in advance. It should be applied 1 hour before the session, following the instructions on the tube."),
  (S, wrap("Please read:", "Numbing cream may only be used if the artist has agreed to it in advance. It should be applied 1 hour before the session, following the instructions on the tube.", "Thank you."))),
 ("boilerplate",
  (S, "Cover-ups of older tattoos are assessed in person at a consultation. Some old tattoos need 1 or 2 laser sessions to fade them before they can be covered."),
  (D, wrap("Morning!", "Cover-ups of older tattoos are assessed in person at a consultation. Some old tattoos need 1 or 2 laser sessions to fade them before they can be covered.", "Take care, the Lanternfish crew x"))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Before your appointment: eat a proper meal and drink plenty of water, and do not drink alcohol for 24 hours beforehand. Wear loose clothing that leaves the area easy to reach – dark colours are best, as ink can stain fabric. Clients who arrive drunk or hungover will be turned away."),
  (S, "BEFORE YOUR APPOINTMENT – Eat a proper meal and drink plenty of water, and do not drink alcohol for 24 hours beforehand!  Wear loose clothing that leaves the area easy to reach; dark colours are best, as ink can stain fabric.  clients who arrive drunk or hungover will be turned away")),
 ("mixed",  # heavy: sentence order changed plus synonyms, fifteen / 15, thirty / 30, ten / 10
  (D, "If you're running more than fifteen minutes behind, give us a ring so your artist knows! After thirty minutes we'll normally have to give the slot away and keep your deposit. It also helps if you get here ten minutes early, as there's a consent form to fill in."),
  (S, "Arrive 10 minutes before your appointment to complete the consent form. Phone the studio if you will be over 15 minutes late. Clients more than 30 minutes late may lose the appointment and the deposit.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new instruction) plus rewording
  (S, "Do not pick or scratch your tattoo while it peels. Let the flakes fall away on their own."),
  (W, "Clients should not pick or scratch a tattoo while it is peeling. The flakes should be left to fall away by themselves. Pulling them off early can lift ink out of the skin and leave patchy areas.")),
 ("mixed",  # rewording plus boilerplate, 2 / two
  (S, "The minimum charge is £60, which covers small pieces of up to 2 hours. Larger work is charged at £110 an hour."),
  (D, "Thanks for asking! Our smallest charge is £60, and that covers anything that takes up to two hours. For bigger pieces it's £110 per hour. Any other questions, just drop us a message.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # £70 vs £80
  (W, "Flash designs from the studio wall start at £70 and take around 1 hour. Each flash design is tattooed only once, so nobody else will have the same piece."),
  (D, "Flash designs from the studio wall start at £80 and take around 1 hour. Each flash design is tattooed only once, so nobody else will have the same piece.")),
 ("number",  # £25 vs £30
  (D, "Ear lobe piercings cost £25 including basic titanium studs. Cartilage piercings such as helix and tragus are priced separately."),
  (S, "Ear lobe piercings cost £30 including basic titanium studs. Cartilage piercings such as helix and tragus are priced separately.")),
 ("number",  # 12 vs 10 weeks
  (S, "Piercing check-ups are free for 12 weeks after the piercing is done. Drop in during opening hours and a piercer will take a quick look."),
  (W, "Piercing check-ups are free for 10 weeks after the piercing is done. Drop in during opening hours and a piercer will take a quick look.")),
 ("item",  # Cooper's Wynd vs Sallow Street
  (W, "The Cooper's Wynd studio has step-free access and a private room for intimate piercings. There is on-street parking nearby, limited to 2 hours during the day."),
  (D, "The Sallow Street studio has step-free access and a private room for intimate piercings. There is on-street parking nearby, limited to 2 hours during the day.")),
 ("item",  # balm vs soap
  (D, "The studio's own aftercare balm is vegan and contains no petroleum or lanolin. Ask at the front desk for a free sample before you buy."),
  (S, "The studio's own aftercare soap is vegan and contains no petroleum or lanolin. Ask at the front desk for a free sample before you buy.")),
 ("item",  # tongue vs eyebrow piercings
  (S, "Tongue piercings are only offered in Brackenmouth. They need a booked appointment and cannot be done as walk-ins."),
  (W, "Eyebrow piercings are only offered in Brackenmouth. They need a booked appointment and cannot be done as walk-ins.")),
 ("word",  # negation: are / aren't
  (W, "Tips are included in the quoted price. Artists set their own hourly rates, so quotes vary from artist to artist."),
  (D, "Tips aren't included in the quoted price. Artists set their own hourly rates, so quotes vary from artist to artist.")),
 ("word",  # unit: days / weeks
  (D, "Custom drawings are emailed to you 3 days before your appointment. Small changes can still be made at the studio on the day."),
  (S, "Custom drawings are emailed to you 3 weeks before your appointment. Small changes can still be made at the studio on the day.")),
 ("word",  # flips the meaning: recommended / discouraged
  (S, "Shaving the area at home before your session is recommended. The artist will tidy up any patches that were missed."),
  (W, "Shaving the area at home before your session is discouraged. The artist will tidy up any patches that were missed.")),
 ("sentence",
  (W, "The balance is paid at the end of each session. Both studios take cash and all major cards. Large pieces can be paid off session by session."),
  (D, "The balance is paid at the end of each session. Both studios take cash and all major cards. Large pieces must be paid for in full at the first session.")),
 ("sentence",
  (D, "Photos of your healed tattoo are always welcome. Send them to us by message or tag the studio online. We only share them on our page with your permission."),
  (S, "Photos of your healed tattoo are always welcome. Send them to us by message or tag the studio online. We may share them on our page without asking first.")),
 ("sentence",
  (S, "Guest artists work at the studios several times a year. Their dates are announced in the newsletter first. Bookings for guest artists open at noon on the day of the announcement."),
  (W, "Guest artists work at the studios several times a year. Their dates are announced in the newsletter first. Bookings for guest artists are taken only through the artist directly.")),
]

exact = [  # (file, file, text) with identical text
 (D, D, "We're a small independent studio run by the artists themselves, not part of a chain. Everyone who tattoos here has at least 5 years' experience."),
 (W, S, "All needles, tubes and gloves are single-use and thrown away after each client. Reusable equipment is sterilised in an autoclave that is tested every week."),
 (S, D, "If you feel faint during a session, tell your artist straight away. Water, juice and biscuits are kept at the front desk for anyone who needs them."),
]

singles = [
 (W, "The booking page takes deposits by debit or credit card, Apple Pay and Google Pay. Cash cannot be used for deposits, as they must be paid before a date is confirmed."),
 (W, "Colour work on darker skin is planned with the artist at the consultation, since some shades show up less strongly. Artists are happy to show healed examples of their work on similar skin tones."),
 (W, "Clients who are pregnant or breastfeeding are not tattooed or pierced. Bookings can be postponed in that case without any penalty."),
 (W, "Apprentices tattoo at a reduced rate under the supervision of a senior artist. Apprentice sessions are listed separately on the booking page."),
 (W, "Finger and hand tattoos fade faster than most because the skin there renews quickly. Artists may suggest a bolder design or a different placement."),
 (W, "Clients with a known allergy to red pigment or to any metal should mention it when booking. A patch test can be arranged a week or more before the main session."),
 (W, "Consent forms and health questionnaires are kept for 3 years, as the local licensing authority requires. They are stored securely and never shared with third parties."),
 (W, "Sessions longer than 4 hours include a break of at least 15 minutes. Clients are welcome to bring snacks and a drink with a lid."),
 (W, "Both studios are registered with the council for skin piercing and tattooing. The registration certificates are displayed at reception."),
 (D, "Sorry your piercing's feeling sore! A bit of redness and swelling is normal for the first few days, but if it's hot, throbbing or weeping, pop in and we'll have a look or point you to a pharmacist."),
 (D, "Our artists' books open at different times, so your best bet is to follow the artist you're after and turn on notifications. When their books open, the booking form goes live on their profile."),
 (D, "Absolutely, bring headphones and listen to whatever you like during your session! Loads of people put a film or a podcast on for the longer sittings."),
 (D, "We're really sorry, but we can't quote over messages without seeing the design and where it's going. Fill in the enquiry form on our website and an artist will get back to you."),
 (D, "Sorry we missed your call earlier! The phones go quiet while we're mid-session, so messaging us here is usually the quickest way to reach us."),
 (D, "Glad you love it! If you've got a spare moment, a review would really help a small studio like ours."),
 (S, "Switch your phone to silent in the tattoo area. Take calls outside."),
 (S, "Sign the consent form on arrival. Mention any medication you are taking."),
 (S, "No food in the tattoo rooms. Drinks go on the side table, well clear of the workstation."),
 (S, "Clean your piercing with saline spray only. Do not twist or turn the jewellery."),
 (S, "Wear a clean, loose top over a fresh tattoo. Keep tight waistbands and bag straps off it."),
 (S, "Ring the bell at the Sallow Street door. The door stays locked during sessions."),
]

files = {W: [], D: [], S: []}
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

rng = random.Random(20260208)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, D, S):
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
