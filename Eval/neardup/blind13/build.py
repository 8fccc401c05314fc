#!/usr/bin/env python3
"""Builds the blind13 near-duplicate corpus (Cragfold Climbing, a made-up members' co-operative that runs
two indoor climbing centres, Cragfold Mill in Brackenby and Cragfold Riverside in Low Ashby) and
pairs.json / singletons.json. Every answer is placed in a named file; each file is then shuffled with a
fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, M, H = "website-faq.txt", "chat-macros.txt", "staff-handbook.txt"

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})

def numbers(t):
    """Digits plus spelled-out numbers ("forty-five" -> 45), as sorted strings."""
    out = re.findall(r"\d+", t)
    for m in re.finditer(r"\b([a-z]+)(?:-([a-z]+))?\b", t.lower()):
        a, b = m.group(1), m.group(2)
        if a in NUMBER_WORDS and b in NUMBER_WORDS and NUMBER_WORDS[a] >= 20 and NUMBER_WORDS[b] < 10:
            out.append(str(NUMBER_WORDS[a] + NUMBER_WORDS[b]))
        else:
            out += [str(NUMBER_WORDS[x]) for x in (a, b) if x in NUMBER_WORDS]
    return sorted(out)

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits or number words."""
    assert not re.search(r"\d", prefix + suffix) and not numbers(prefix + " " + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",  # induction
  (W, "All new climbers must complete a 45-minute induction before they can climb without an instructor. Inductions start on the hour between 10am and 7pm and cost £8, including shoe hire. Please book online at least 24 hours ahead so that we can have an instructor ready for you."),
  (H, "Every first-time climber has to do a 45-minute induction before being allowed to climb unsupervised. Inductions begin on the hour from 10am to 7pm, and the £8 fee includes shoe hire as well. Customers should book online no later than 24 hours in advance, which gives us time to put an instructor on the rota.")),
 ("reworded",  # freezing a monthly membership
  (M, "You can put your monthly membership on hold for anything from 1 to 3 months in a year, and it's £5 for every month it's frozen. Just let us know 7 days or more before your next payment is due and we'll sort it out."),
  (W, "Members on a monthly plan may freeze their membership for a minimum of 1 and a maximum of 3 months per year. The freeze fee is £5 per month. Requests must reach us at least 7 days before the next direct debit is collected.")),
 ("reworded",  # children and supervising adults
  (H, "Children aged 8 to 15 may climb only with a supervising adult who has passed the belay check. A single adult can supervise no more than 2 children at a time. Children under 8 must stay in the Kids' Zone."),
  (M, "Climbers aged 8-15 need an adult with them who's passed our belay check, and each adult can look after a maximum of 2 kids at once. Under-8s are very welcome in the Kids' Zone, but they can't use the main walls.")),
 ("reordered",  # lockers
  (W, "Lockers are free and take a £1 coin, which you get back when you unlock. Please do not leave bags on the benches next to the walls. Anything left in a locker after closing time is removed and taken to reception."),
  (M, "Please do not leave bags on the benches next to the walls. Lockers are free and take a £1 coin, which you get back when you unlock. Anything left in a locker after closing time is removed and taken to reception.")),
 ("reordered",  # chalk; two sentences joined with ", and"
  (M, "Loose chalk is allowed, but please keep it in a chalk bag with a lid. Liquid chalk is recommended on the roped walls. Chalk balls are sold at reception for £4."),
  (H, "Chalk balls are sold at reception for £4, and liquid chalk is recommended on the roped walls. Loose chalk is allowed, but please keep it in a chalk bag with a lid.")),
 ("boilerplate",  # day pass prices, chat greeting and sign-off
  (H, "Day passes cost £12 for adults and £9 for students and under-18s. Off-peak day passes are valid before 4pm on weekdays and cost £9 for everyone."),
  (M, wrap("Hi there, and thanks for messaging Cragfold Climbing!",
           "Day passes cost £12 for adults and £9 for students and under-18s. Off-peak day passes are valid before 4pm on weekdays and cost £9 for everyone.",
           "Is there anything else I can help you with today?"))),
 ("boilerplate",  # cancelling, help-centre breadcrumb and feedback prompt
  (H, "Monthly memberships can be cancelled at any time with 30 days' notice. Annual memberships are refundable only within the first 14 days, but they can be transferred to another person once."),
  (W, wrap("Help centre › Memberships › Cancelling your membership —",
           "Monthly memberships can be cancelled at any time with 30 days' notice. Annual memberships are refundable only within the first 14 days, but they can be transferred to another person once.",
           "Did this answer your question? Yes / No"))),
 ("extra-sentence",  # shoe hire; verbatim plus one added sentence
  (W, "Climbing shoes can be hired for £4 per visit, and hire is free for Flexi members. Please wear socks with hired shoes. Every pair is sprayed with disinfectant after use. If your size has run out, the desk team will find you the closest fit."),
  (H, "Climbing shoes can be hired for £4 per visit, and hire is free for Flexi members. Please wear socks with hired shoes. Every pair is sprayed with disinfectant after use.")),
 ("extra-sentence",  # parking; reworded and one sentence dropped
  (W, "Parking at Cragfold Mill is free for the first 3 hours if you enter your car registration on the tablet at reception. After that the car park operator charges £2 per hour. Blue badge spaces are next to the main entrance."),
  (M, "You can park for free at Cragfold Mill for up to 3 hours, as long as you type your registration into the tablet on the reception desk. Beyond that, the company that runs the car park charges £2 an hour.")),
 ("contractions",  # lost property
  (W, "We keep lost property for 30 days. If you think you have left something behind, do not worry: email us a description of the item and the date of your visit, and we will check the lost property box. Anything that is not claimed after that is given to charity."),
  (M, "We'll hang on to lost property for 30 days. If you think you've left something behind, don't worry! Just email us a description of the item and the date you visited, and we'll check the lost property box. Anything that isn't claimed after that goes to charity.")),
 ("contractions",  # booking
  (H, "Customers do not need to book to climb at Cragfold Riverside, although booking is a good idea at peak times. At Cragfold Mill, sessions are booked in 2-hour slots, and climbers cannot stay on past the end of their slot if the next slot is full."),
  (M, "You don't need to book to climb at Cragfold Riverside, but it's a good idea at busy times. At Cragfold Mill you'll book a 2-hour slot, and you can't stay on past the end of it if the next slot is full.")),
 ("spelling",  # after-school programme, British vs American
  (W, "Our after-school climbing programme runs during term time at both centres for children aged 7 to 14. Groups are organised by age, and colour-coded wristbands show each child's level. A 6-week block costs £60, and if we have to cancel a session it is refunded in full."),
  (M, "Our after-school climbing program runs during the school term at both centers for kids aged 7 to 14. Groups are organized by age, and color-coded wristbands show each child's level. A 6-week block costs £60, and any session we have to cancel is fully refunded.")),
 ("spelling",  # lead licence, British vs American (plus contractions)
  (H, "Climbers who want to lead must hold a Cragfold lead licence, which is issued after a 90-minute assessment with an instructor. The licence costs £15 and is valid at both centres for 12 months. Unsafe behaviour on the wall can lead to the licence being withdrawn."),
  (M, "To lead climb you'll need a Cragfold lead license, which we issue after a 90-minute assessment with an instructor. It costs £15 and it's valid for 12 months at both our centers. We may withdraw your license if we see unsafe behavior on the wall.")),
 ("number-words",  # birthday parties
  (W, "Climbing birthday parties are for children aged 6 to 12 and last 2 hours: 1 hour of climbing with an instructor, then 45 minutes in the party room. A party costs £180 for up to 10 children, and food can be added for £5 per child."),
  (H, "Birthday parties are open to children aged six to twelve and run for two hours, made up of one hour of instructor-led climbing and forty-five minutes in the party room. The price is £180 for a group of no more than ten children, with food available at £5 a head.")),
 ("number-words",  # opening hours (plus contractions and rewording)
  (H, "Both centres open from 7am to 10pm on weekdays and from 9am to 8pm at weekends. On bank holidays they close at 6pm, and they are closed on 25 and 26 December."),
  (M, "We're open from seven in the morning until ten at night on weekdays, and from nine till eight on Saturdays and Sundays. On bank holidays we shut at six, and both centres are closed on 25 and 26 December.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # price £48 vs £54
  (W, "The Flexi membership costs £48 a month and gives you unlimited climbing at both centres, free shoe hire and 2 guest passes a year. It is paid by direct debit and has no minimum term."),
  (M, "The Flexi membership costs £54 a month and gives you unlimited climbing at both centres, free shoe hire and 2 guest passes a year. It is paid by direct debit and has no minimum term.")),
 ("number",  # 12 vs 6 months
  (W, "A 10-visit punch card costs £100 and is valid for 12 months from the date you buy it. Punch cards can be shared between family members who live at the same address."),
  (H, "A 10-visit punch card costs £100 and is valid for 6 months from the date you buy it. Punch cards can be shared between family members who live at the same address.")),
 ("number",  # 17:30 vs 18:30
  (H, "Youth squad training takes place at Cragfold Mill on Tuesdays from 17:30. Places in the squad are offered by invitation after a trial session with the head coach."),
  (W, "Youth squad training takes place at Cragfold Mill on Tuesdays from 18:30. Places in the squad are offered by invitation after a trial session with the head coach.")),
 ("item",  # place: Riverside vs Mill
  (W, "Beginner bouldering nights run every Thursday at Cragfold Riverside. An instructor shows you how to fall safely and how to read a problem, and the session costs the same as a normal day pass."),
  (M, "Beginner bouldering nights run every Thursday at Cragfold Mill. An instructor shows you how to fall safely and how to read a problem, and the session costs the same as a normal day pass.")),
 ("item",  # plan: Off-Peak vs Student
  (H, "Members on the Off-Peak plan can climb at peak times by paying a £3 top-up at reception. The top-up is valid for a single visit and cannot be carried over."),
  (W, "Members on the Student plan can climb at peak times by paying a £3 top-up at reception. The top-up is valid for a single visit and cannot be carried over.")),
 ("item",  # product: harness vs helmet
  (M, "Harness hire is free with every day pass, but we ask you to leave a bank card or photo ID at the desk until it comes back. Hired kit is checked by staff after each use."),
  (H, "Helmet hire is free with every day pass, but we ask you to leave a bank card or photo ID at the desk until it comes back. Hired kit is checked by staff after each use.")),
 ("word",  # negation: can vs cannot
  (W, "Members can bring their own food into the café seating area. Hot drinks must be bought at the counter, and glass bottles are not allowed near the walls."),
  (M, "Members cannot bring their own food into the café seating area. Hot drinks must be bought at the counter, and glass bottles are not allowed near the walls.")),
 ("word",  # without vs with
  (H, "Teenagers of 16 and 17 may boulder without a supervising adult once a parent has signed our consent form. For the roped walls, a grown-up must still be present."),
  (W, "Teenagers of 16 and 17 may boulder with a supervising adult once a parent has signed our consent form. For the roped walls, a grown-up must still be present.")),
 ("word",  # including vs excluding
  (M, "The Family plan covers 2 adults and up to 3 children living at the same address, including shoe hire for the children. It costs £95 a month and can be frozen like any other monthly plan."),
  (H, "The Family plan covers 2 adults and up to 3 children living at the same address, excluding shoe hire for the children. It costs £95 a month and can be frozen like any other monthly plan.")),
 ("sentence",  # head injuries: duty manager decides vs ambulance straight away
  (W, "Every shift has at least 1 trained first aider on the climbing floor. All accidents, however small, are recorded in the accident book before the end of the shift. Head injuries are always referred to the duty manager, who decides whether an ambulance is needed."),
  (H, "Every shift has at least 1 trained first aider on the climbing floor. All accidents, however small, are recorded in the accident book before the end of the shift. Any head injury is treated as serious, and staff call an ambulance straight away.")),
 ("sentence",  # league entry: non-members pay vs free for everyone
  (M, "The Cragfold Bouldering League runs for 8 weeks every autumn. Scores are logged in the app after each climb. Entry is free for members, and non-members pay the usual day pass price."),
  (H, "The Cragfold Bouldering League runs for 8 weeks every autumn. Scores are logged in the app after each climb. Entry is free for everyone, whether or not they hold a membership.")),
 ("sentence",  # belay cards from other walls accepted vs not accepted
  (M, "The belay check takes about 10 minutes and is run by a member of staff on the floor. You will be asked to tie in with a figure-of-eight knot and hold a fall. Climbers with a belay card from another wall can skip the check."),
  (W, "The belay check takes about 10 minutes and is run by a member of staff on the floor. You will be asked to tie in with a figure-of-eight knot and hold a fall. Belay cards from other walls are not accepted, so every new climber takes the check.")),
]

exact = []  # (file, file, text) with identical text; this set plants none

singles = [
 (W, "Cragfold Climbing is a members' co-operative founded in 2011, and every member gets a vote at the annual general meeting. Any surplus is spent on new holds, mats and training for staff."),
 (W, "Gift vouchers can be bought online in any amount from £10 upwards. They are sent by email within an hour and can be spent on passes, courses or in the café."),
 (W, "Our walls are up to 14 metres high at Cragfold Mill and 9 metres at Cragfold Riverside. Riverside is mostly bouldering, with a small auto-belay area for families."),
 (W, "Wheelchair users can try our adaptive climbing sessions on the first Sunday of every month. Hoists and specially adapted harnesses are provided, and a companion climbs for free."),
 (W, "We run a 4-week Learn to Lead course for climbers who already top-rope confidently. The course ends with the lead assessment, so you leave with a licence if you pass."),
 (W, "Payments at reception can be made by card, phone or cash. We do not accept cheques, and gift vouchers must be shown before you pay."),
 (W, "Photographs and videos are fine for personal use, but please ask before filming other climbers. Commercial shoots need written permission from the centre manager."),
 (W, "Outdoor rock trips to the Brackenby Edges run from April to September. Transport, helmets and ropes are provided, and you will need your own packed lunch."),
 (W, "School and youth groups can book private sessions on weekday mornings during term. Teachers count towards the supervision ratio but do not need to climb themselves."),
 (W, "If you feel unwell or have a recent injury, please speak to us before climbing. Our staff can suggest easier routes or a shorter session, but they cannot give medical advice."),
 (W, "Climbing carries a risk of injury, and every climber signs a participation statement before their first visit. Under-18s need the form signed by a parent or guardian."),
 (W, "The café at Cragfold Mill serves breakfast until 11am and hot lunches until 2pm. Vegan and gluten-free dishes are marked on the board."),
 (W, "We post route-setting dates on our social media channels at least a week in advance. Sections being reset are closed for the day, so check before you travel if you have a favourite area."),
 (W, "Corporate team days include a private instructor, exclusive use of the bouldering cave and a buffet. Prices depend on group size, so send us a request through the events form."),
 (W, "On the last Friday of each month, members may bring a friend along at no cost. Newcomers to the sport will also need to fill in the registration form and book an induction."),
 (M, "Thanks for letting us know about the broken hold! I've passed it on to our route setters, and they'll check the wall before we open tomorrow."),
 (M, "Sorry to hear the booking page isn't loading for you. Please try clearing your browser cache or use the Cragfold app instead, and let us know if it still won't work."),
 (M, "Your membership card lives in the app, so you can simply scan the QR code at the barrier. If your phone's battery is flat, reception can look you up by name."),
 (M, "I'm afraid we can't reserve a particular wall or route for you. The floor gets busy in the evenings, so mornings are best if you'd like more space."),
 (M, "We've received your complaint and passed it to the centre manager. You'll get a full reply within 5 working days."),
 (M, "Great news, your refund has been approved! It should show up on your statement within 3 to 5 working days."),
 (M, "You can update your payment card any time under Account > Billing in the app. The change takes effect from your next payment."),
 (M, "Yes, you can climb while pregnant, although we'd suggest low bouldering or top-roping in a full-body harness. Please check with your midwife first and tell the desk team when you arrive."),
 (M, "Our instructors offer private coaching at £35 an hour. Tell us what you'd like to work on and we'll match you with the right coach."),
 (M, "Our shop sells climbing shoes, finger tape, brushes and hangboards. Members get 10% off everything except gift vouchers."),
 (M, "We're sorry the showers were cold during your visit. The boiler at Cragfold Riverside has now been repaired, and we've added a free day pass to your account as an apology."),
 (M, "You're welcome to bring your own rope for the lead walls if it's in good condition. Staff may ask to inspect it, and we don't allow ropes older than 10 years."),
 (M, "Unfortunately we can't split a party booking across both sites. If your group is too big for the party room, we can book you a private slot on the main floor instead."),
 (M, "We're hiring! Current vacancies for instructors and café staff are on the Jobs page, and you'll need a recognised climbing qualification for instructor roles."),
 (M, "Your account email can be changed from the Profile screen in the app. We'll send a code to the new address to confirm it's yours."),
 (H, "Staff must check every auto-belay at the start of each day and record the check on the clipboard by the unit. Any unit that fails the check is taped off and reported to the duty manager."),
 (H, "Instructors are paid for 15 minutes of set-up time before each session they run. Overtime must be agreed in advance with the duty manager."),
 (H, "Staff can climb for free outside their working hours, provided they sign in at reception. Friends of staff pay the normal day pass price."),
 (H, "Mats under the bouldering walls are brushed every evening and vacuumed once a week. Tears in the mat covers must be reported the same day so they can be taped."),
 (H, "Uniform T-shirts and fleeces are provided and must be worn on the floor. Closed-toe shoes are required for everyone working in the café."),
 (H, "Shift swaps are arranged between staff and then confirmed in the rota app. The duty manager must approve any swap that leaves a shift without a first aider."),
 (H, "The fire alarm is tested every Monday at 9am. In a real evacuation, floor staff sweep the walls and send everyone to the assembly point in the car park."),
 (H, "Customers who ignore safety warnings twice should be asked to leave the climbing floor. Write the incident up and give the customer's name to the duty manager."),
 (H, "Cash from the tills is counted at the end of each day by two members of staff. The totals are entered on the daily takings sheet and the cash is locked in the safe."),
 (H, "Ropes are retired after 3 years, or sooner if they are damaged, and the retirement date is written on the rope tag. Old ropes are cut up so they cannot be used again."),
 (H, "Annual leave requests need at least 4 weeks' notice during school holidays. At other times of year, 2 weeks' notice is enough."),
 (H, "Route setters work before opening on setting days and must tape off any section they are working on. Holds are washed in the machine in the back room and dried overnight."),
 (H, "Staff must not give customers their personal phone numbers or connect with under-18 climbers on social media. Concerns about a child's welfare go straight to the safeguarding lead."),
 (H, "New staff shadow an experienced colleague for their first 3 shifts. They cannot run inductions alone until the head instructor has signed them off."),
 (H, "Deliveries for the café arrive on Tuesday and Friday mornings through the side door. Check the order against the delivery note before signing for it."),
]

files = {W: [], M: [], H: []}
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

assert len(near) == 15 and len(look) == 12 and len(singles) == 45
assert all(len(v) == 33 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers (words count as numbers)
    assert fa != fb, (ta, tb)
    assert numbers(ta) == numbers(tb), (numbers(ta), numbers(tb), ta, tb)
for kind, (fa, ta), (fb, tb) in look:  # only number look-alikes differ in their numbers
    assert fa != fb, (ta, tb)
    assert (numbers(ta) != numbers(tb)) == (kind == "number"), (ta, tb)

rng = random.Random(20251207)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, M, H):
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
