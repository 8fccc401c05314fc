#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the dogcare domain (Nandi Paws Dog Club, Bengaluru)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "whatsapp-quick-replies.txt", "desk-handbook.md", "dog-club-faq.html", "faq-docs.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp quick replies require boarders to be vaccinated against DHPPiL, rabies and kennel cough, while the Jekyll FAQ page says only two shots, DHPPiL and anti-rabies, are mandatory for a boarding stay.",
  "vaccinations required for boarding", side(T, "Every boarder must be vaccinated against DHPPiL, rabies and kennel cough"), side(H, "Only two shots are mandatory for a boarding stay: DHPPiL and anti-rabies")),
 ("list", "The desk handbook says reception takes UPI, credit and debit cards, and cash, while the Payload FAQ entry says fees can be settled only by UPI or a debit card.",
  "accepted payment methods", side(M, "Reception takes UPI, credit and debit cards, and cash"), side(J, "Fees can be settled only by UPI or a debit card")),
 ("list", "The Payload FAQ entry says a full groom covers a bath, blow-dry, haircut, nail trim and ear cleaning, while the WhatsApp quick replies say the complete grooming session includes only a bath, blow-dry and haircut, with nails and ears charged separately.",
  "what a full groom includes", side(J, "A full groom covers a bath, blow-dry, haircut, nail trim and ear cleaning"), side(T, "The complete grooming session includes only a bath, blow-dry and haircut")),
 # polarity
 ("polarity", "The Jekyll FAQ page says boarding dogs are never crated at night, while the desk handbook says every overnight guest sleeps in its own crate.",
  "crating boarding dogs overnight", side(H, "Boarding dogs are never crated at night"), side(M, "Every overnight guest sleeps in its own crate")),
 ("polarity", "The WhatsApp quick replies welcome unneutered males over 7 months in daycare, while the Payload FAQ entry says intact males older than seven months cannot be admitted to the play pack.",
  "intact males over seven months in daycare", side(T, "Unneutered males over 7 months are welcome in daycare"), side(J, "We cannot admit intact male dogs older than seven months to the play pack")),
 ("polarity", "The desk handbook lets pet parents send home-cooked meals for the whole stay, while the Jekyll FAQ page says outside food is not allowed and every boarder eats the club's own diet.",
  "food from home for boarders", side(M, "Pet parents may send home-cooked meals for the whole stay"), side(H, "Outside food is not allowed, and every boarder eats our own fresh diet")),
 # numeric
 ("numeric", "The desk handbook says one handler looks after at most 8 dogs in the play yard, while the Payload FAQ entry says each carer supervises no more than 10 dogs at a time.",
  "maximum dogs per carer in the play yard", side(M, "One handler looks after at most 8 dogs in the play yard"), side(J, "Each carer supervises no more than 10 dogs at a time")),
 ("numeric", "The WhatsApp quick replies let puppies start daycare from 4 months of age, while the Jekyll FAQ page says pups must be at least 5 months old to join the play groups.",
  "minimum age for a puppy in daycare", side(T, "Puppies can start daycare from 4 months of age"), side(H, "Pups must be at least 5 months old to join the play groups")),
 ("numeric", "The Jekyll FAQ page makes pick-up and drop free within 5 km of the centre, while the WhatsApp quick replies make the pet taxi free only for homes up to 3 km away.",
  "distance covered by free pick-up and drop", side(H, "Pick-up and drop is free within 5 km of the centre"), side(T, "Our pet taxi costs nothing for homes up to 3 km away")),
 ("numeric", "The Payload FAQ entry prices full-day daycare at INR 850 for one dog, while the desk handbook bills a whole day of daycare at ₹950 per dog.",
  "price of a full day of daycare", side(J, "Full-day daycare costs INR 850 for one dog, lunch included"), side(M, "A whole day of daycare is billed at ₹950 per dog")),
 # arithmetic
 ("arithmetic", "Five half days at Rs 550 each is Rs 2,750, not Rs 2,650.",
  "price of a week of five half days of daycare", side(T, "Half-day daycare is Rs 550 a visit"), side(T, "so five half days in a week come to Rs 2,650")),
 ("arithmetic", "60 nights at ₹2,500 a night is ₹1,50,000, not ₹1,60,000.",
  "price of a 60-night Garden Suite relocation stay", side(M, "board for 60 nights in a Garden Suite at ₹2,500 a night"), side(M, "which comes to ₹1,60,000 before GST")),
 ("arithmetic", "INR 1,500 plus 18% GST (INR 270) is INR 1,770, not INR 1,750.",
  "small-breed full groom with GST", side(J, "A full groom for a small breed is INR 1,500 plus 18% GST"), side(J, "so the bill comes to INR 1,750")),
 # stale
 ("stale", "A 2022 handbook line prices a standard kennel at ₹1,000 a night, while a 2024 answer says a night in a regular kennel costs ₹1,200.",
  "nightly price of a standard kennel", side(M, "(2022) A standard kennel is ₹1,000 per night"), side(H, "Since 2024, one night in a regular kennel costs ₹1,200")),
 ("stale", "A 2023 answer says the club can board 20 dogs at a time, while a 2025 quick reply says there is room for 32 boarders since the new wing opened.",
  "boarding capacity", side(H, "(2023) We can board 20 dogs at a time"), side(T, "As of 2025, with the new wing open, there is room for 32 boarders")),
 ("stale", "A 2022 entry says six trained handlers look after the daycare dogs, while a 2025 handbook line says 11 carers work the daycare floor.",
  "number of daycare staff", side(J, "(2022) Six trained handlers look after the daycare dogs"), side(M, "As of 2025, 11 carers work the daycare floor")),
]

traps = [
 ("Different size tier: a bath and brush is Rs 700 for a small breed and ₹1,100 for a large breed.",
  side(T, "A bath and brush for a small breed is Rs 700"), side(H, "Large breeds pay ₹1,100 for a bath and brush")),
 ("Similarly named products: a Garden Suite is ₹2,500 a night, the Garden Suite Deluxe (own AC and webcam) INR 3,200 a night.",
  side(H, "A Garden Suite costs ₹2,500 per night"), side(J, "Garden Suite Deluxe, with its own AC and webcam, is INR 3,200 a night")),
 ("Different tier of pass: a 20-day monthly pass is INR 12,000, a 12-day monthly pass ₹7,800.",
  side(J, "A 20-day monthly daycare pass is INR 12,000"), side(M, "The 12-day monthly pass is ₹7,800")),
 ("Different condition (season): the minimum boarding stay is 3 nights over Diwali week and 1 night otherwise.",
  side(T, "Over Diwali week the minimum boarding stay is 3 nights"), side(J, "Normally a boarding booking can be as short as 1 night")),
 ("Different condition (age): adult boarders are fed twice a day, senior dogs of 8 years and over get three smaller meals.",
  side(H, "Adult boarders are fed twice a day"), side(J, "Senior dogs, 8 years and over, get three smaller meals a day")),
 ("Same value in other units: 4,000 square feet is about 371.6 square metres, i.e. roughly 370.",
  side(M, "The covered play yard is 4,000 square feet"), side(H, "Our covered play yard measures roughly 370 square metres")),
 ("Correct computation: ₹2,400 plus GST at 18% (₹432) is ₹2,832.",
  side(H, "With GST at 18%, a ₹2,400 full groom for a large breed"), side(H, "is billed at ₹2,832 in all")),
 ("Correct percentage: 10% off ₹1,20,000 is ₹1,08,000.",
  side(M, "The annual daycare pass lists at ₹1,20,000, and paying upfront takes 10% off"), side(M, "so it comes to ₹1,08,000")),
 ("About 2.5 hours lies inside the 2 to 3 hours range for a full groom.",
  side(J, "A full groom takes 2 to 3 hours"), side(T, "Most full grooms are done in about 2.5 hours")),
 ("8 km is a hedged example ('For example ... might') for a young Labrador on a busy day, not the typical distance of around 3 km.",
  side(T, "A typical daycare dog walks around 3 km over the day"), side(J, "For example, a young Labrador might cover 8 km on a busy day")),
 ("The ₹150 nail-trim price is explicitly the price before 2024; INR 250 is the current price.",
  side(M, "Nail trims used to be ₹150 before 2024"), side(J, "A nail trim on its own is INR 250")),
 ("'Up to 4 walks a day' is the most a boarder can get; 3 walks a day is what most boarders have.",
  side(H, "A boarding dog can get up to 4 walks a day"), side(T, "Most boarders go out for 3 walks a day")),
 ("The list of groomed breeds is open ('such as'), so huskies and other double-coated breeds as another groomed breed are consistent.",
  side(J, "We groom breeds such as Labradors, Shih Tzus, Indies and Golden Retrievers"), side(M, "Huskies and other double-coated breeds are groomed too")),
 ("The same vet-note rule stated in both directions (over 10 needs a vet's note / 10 or younger needs none).",
  side(T, "Dogs over 10 years old need a vet's fitness note to board"), side(M, "Boarders aged 10 or younger can check in without a vet's note")),
]

DOMAIN = ("Nandi Paws Dog Club, a fictional dog daycare, boarding and grooming centre in HSR Layout, Bengaluru, India "
          "(prices in Indian rupees before 18% GST, written 'Rs 550', 'Rs 2,650/-', '₹950', '₹1,20,000' with lakh "
          "grouping, and 'INR 12,000'): daycare (puppy age, intact males, carers per dog, full-day, half-day, monthly and "
          "annual passes, exercise), boarding (vaccinations, crates, food from home, kennel, Garden Suite and Garden Suite "
          "Deluxe rates, capacity, minimum stays, meals, walks, vet notes for older dogs, long relocation stays), grooming "
          "(what a full groom includes, bath and brush by size, GST, nail trims, time taken, breeds), payments, staffing, "
          "pick-up and drop, play yard size, opening hours, WhatsApp updates, ticks, Diwali and parking.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# WhatsApp quick replies (11 answers)
aq = "Unneutered males over 7 months are welcome in daycare"
cl(T, aq, "Unneutered males over 7 months are welcome in daycare, as long as they pass the temperament check on their trial day", "over 7 months", 7, None, "month", ">", "unneutered male in daycare", "age", "limit")
aq = "Puppies can start daycare from 4 months of age"
cl(T, aq, "Puppies can start daycare from 4 months of age, once their puppy vaccines are done", "from 4 months of age", 4, None, "month", ">=", "puppy in daycare", "minimum age", "limit")
aq = "Our pet taxi costs nothing for homes up to 3 km away"
sq = "Our pet taxi costs nothing for homes up to 3 km away; beyond that it is Rs 25 per km each way"
cl(T, aq, sq, "up to 3 km", None, 3, "km", "<=", "free pick-up and drop", "distance from the centre", "limit")
cl(T, aq, sq, "Rs 25 per km", 25, 25, "INR/km", "=", "pick-up and drop beyond the free distance", "price per km", "price")
aq = "Half-day daycare is Rs 550 a visit"
sq = "Half-day daycare is Rs 550 a visit, so five half days in a week come to Rs 2,650/- in total"
cl(T, aq, sq, "Rs 550 a visit", 550, 550, "INR/visit", "=", "half-day daycare", "price", "price")
cl(T, aq, sq, "five half days", 5, 5, "half days", "=", "example week of half-day daycare", "visits", "count")
cl(T, aq, sq, "Rs 2,650/-", 2650, 2650, "INR", "=", "week of five half days of daycare", "total price", "price")
aq = "As of 2025, with the new wing open, there is room for 32 boarders"
cl(T, aq, "As of 2025, with the new wing open, there is room for 32 boarders, but long weekends still fill up early", "32 boarders", 32, 32, "dogs", "=", "Nandi Paws boarding", "boarding capacity", "count")
aq = "A bath and brush for a small breed is Rs 700"
cl(T, aq, "A bath and brush for a small breed is Rs 700/-, shampoo and towel dry included", "Rs 700/-", 700, 700, "INR", "=", "bath and brush, small breed", "price", "price")
aq = "Over Diwali week the minimum boarding stay is 3 nights"
cl(T, aq, "Over Diwali week the minimum boarding stay is 3 nights, and we start taking Diwali bookings in September", "3 nights", 3, None, "night", ">=", "boarding over Diwali week", "minimum stay", "limit")
aq = "Most full grooms are done in about 2.5 hours"
cl(T, aq, "Most full grooms are done in about 2.5 hours, so plan to collect your dog after lunch", "about 2.5 hours", 2.5, 2.5, "hour", "~", "typical full groom", "time taken", "duration")
aq = "A typical daycare dog walks around 3 km over the day"
cl(T, aq, "A typical daycare dog walks around 3 km over the day between the yard and the walking track, and sleeps well at night", "around 3 km", 3, 3, "km", "~", "typical daycare dog", "distance covered in a day", "other")
aq = "Most boarders go out for 3 walks a day"
cl(T, aq, "Most boarders go out for 3 walks a day: morning, afternoon and evening", "3 walks a day", 3, 3, "walks/day", "=", "typical boarder", "walks per day", "count")
aq = "Dogs over 10 years old need a vet's fitness note to board"
cl(T, aq, "Dogs over 10 years old need a vet's fitness note to board, dated within the last month", "over 10 years old", None, 10, "year", "<=", "boarder without a vet's note", "maximum age", "limit")

# desk handbook (10 answers)
aq = "One handler looks after at most 8 dogs in the play yard"
cl(M, aq, "One handler looks after at most 8 dogs in the play yard", "at most 8 dogs", None, 8, "dogs", "<=", "carer in the play yard", "maximum dogs per carer", "limit")
aq = "A whole day of daycare is billed at ₹950 per dog"
cl(M, aq, "A whole day of daycare is billed at ₹950 per dog", "₹950 per dog", 950, 950, "INR/day", "=", "full-day daycare", "price", "price")
aq = "Owners moving abroad often board for 60 nights"
sq = "Owners moving abroad often board for 60 nights in a Garden Suite at ₹2,500 a night, which comes to ₹1,60,000 before GST"
cl(M, aq, sq, "60 nights", 60, 60, "night", "=", "example relocation stay", "length", "duration")
cl(M, aq, sq, "₹2,500 a night", 2500, 2500, "INR/night", "=", "Garden Suite", "nightly price", "price")
cl(M, aq, sq, "₹1,60,000", 160000, 160000, "INR", "=", "60-night Garden Suite stay", "total price", "price")
aq = "(2022) A standard kennel is ₹1,000 per night."
cl(M, aq, "(2022) A standard kennel is ₹1,000 per night", "₹1,000 per night", 1000, 1000, "INR/night", "=", "standard kennel", "nightly price", "price")
aq = "As of 2025, 11 carers work the daycare floor"
cl(M, aq, "As of 2025, 11 carers work the daycare floor, in morning and evening shifts", "11 carers", 11, 11, "carers", "=", "Nandi Paws daycare", "number of daycare staff", "count")
aq = "The 12-day monthly pass is ₹7,800"
sq = "The 12-day monthly pass is ₹7,800 and has to be used within the calendar month"
cl(M, aq, sq, "12-day", 12, 12, "day", "=", "smaller monthly daycare pass", "daycare days included", "count")
cl(M, aq, sq, "₹7,800", 7800, 7800, "INR", "=", "12-day monthly daycare pass", "price", "price")
aq = "The covered play yard is 4,000 square feet"
cl(M, aq, "The covered play yard is 4,000 square feet, with rubber flooring and a splash pool", "4,000 square feet", 4000, 4000, "sq ft", "=", "covered play yard", "floor area", "other")
aq = "The annual daycare pass lists at ₹1,20,000"
sq = "The annual daycare pass lists at ₹1,20,000, and paying upfront takes 10% off, so it comes to ₹1,08,000"
cl(M, aq, sq, "₹1,20,000", 120000, 120000, "INR", "=", "annual daycare pass", "list price", "price")
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "annual daycare pass paid upfront", "discount", "percentage")
cl(M, aq, sq, "₹1,08,000", 108000, 108000, "INR", "=", "annual daycare pass paid upfront", "discounted price", "price")
aq = "Nail trims used to be ₹150 before 2024."
cl(M, aq, "Nail trims used to be ₹150 before 2024", "₹150", 150, 150, "INR", "=", "nail trim before 2024", "old price", "price")
aq = "Boarders aged 10 or younger can check in without a vet's note"
cl(M, aq, "Boarders aged 10 or younger can check in without a vet's note; just check the vaccination card", "aged 10 or younger", None, 10, "year", "<=", "boarder without a vet's note", "maximum age", "limit")

# Jekyll FAQ page (11 answers)
aq = "Pups must be at least 5 months old"
cl(H, aq, "Pups must be at least 5 months old to join the play groups, and they start with a half-day trial so we can see how they settle", "at least 5 months old", 5, None, "month", ">=", "puppy in daycare", "minimum age", "limit")
aq = "Our covered play yard measures roughly 370 square metres"
cl(H, aq, "Our covered play yard measures roughly 370 square metres, so there is room to run even in the middle of the monsoon", "roughly 370 square metres", 370, 370, "m2", "~", "covered play yard", "floor area", "other")
aq = "Only two shots are mandatory for a boarding stay"
cl(H, aq, "Only two shots are mandatory for a boarding stay: DHPPiL and anti-rabies", "two shots", 2, 2, "vaccines", "=", "boarding stay", "mandatory vaccines", "count")
aq = "Since 2024, one night in a regular kennel costs ₹1,200"
cl(H, aq, "Since 2024, one night in a regular kennel costs ₹1,200, with meals and bedding included", "₹1,200", 1200, 1200, "INR/night", "=", "standard kennel", "nightly price", "price")
aq = "(2023) We can board 20 dogs at a time"
cl(H, aq, "(2023) We can board 20 dogs at a time, so please book early for school holidays", "20 dogs", 20, 20, "dogs", "=", "Nandi Paws boarding", "boarding capacity", "count")
aq = "A Garden Suite costs ₹2,500 per night"
cl(H, aq, "A Garden Suite costs ₹2,500 per night and opens onto a private lawn, which suits dogs who find a kennel stressful", "₹2,500 per night", 2500, 2500, "INR/night", "=", "Garden Suite", "nightly price", "price")
aq = "Adult boarders are fed twice a day"
cl(H, aq, "Adult boarders are fed twice a day, at 8am and 6pm, and fresh water is always out", "twice a day", 2, 2, "meals/day", "=", "adult boarder", "meals per day", "count")
aq = "A boarding dog can get up to 4 walks a day"
cl(H, aq, "A boarding dog can get up to 4 walks a day when the weather is good and the dog enjoys them", "up to 4 walks a day", None, 4, "walks/day", "<=", "boarder", "walks per day", "count")
aq = "Large breeds pay ₹1,100 for a bath and brush"
cl(H, aq, "Large breeds pay ₹1,100 for a bath and brush, because they need more shampoo and a longer blow-dry", "₹1,100", 1100, 1100, "INR", "=", "bath and brush, large breed", "price", "price")
aq = "With GST at 18%, a ₹2,400 full groom"
sq = "With GST at 18%, a ₹2,400 full groom for a large breed is billed at ₹2,832 in all"
cl(H, aq, sq, "GST at 18%", 18, 18, "%", "=", "GST on grooming", "tax rate", "percentage")
cl(H, aq, sq, "₹2,400", 2400, 2400, "INR", "=", "full groom, large breed", "price before tax", "price")
cl(H, aq, sq, "₹2,832", 2832, 2832, "INR", "=", "full groom, large breed", "total with GST", "price")
aq = "Yes. Pick-up and drop is free within 5 km"
cl(H, aq, "Pick-up and drop is free within 5 km of the centre in HSR Layout, and the driver messages you before arriving", "within 5 km", None, 5, "km", "<=", "free pick-up and drop", "distance from the centre", "limit")

# Payload FAQ docs (12 answers)
aq = "We cannot admit intact male dogs older than seven months"
cl(J, aq, "We cannot admit intact male dogs older than seven months to the play pack", "older than seven months", 7, None, "month", ">", "intact male in daycare", "age", "limit")
aq = "Each carer supervises no more than 10 dogs at a time"
cl(J, aq, "Each carer supervises no more than 10 dogs at a time, and small dogs play in a separate group", "no more than 10 dogs", None, 10, "dogs", "<=", "carer in the play yard", "maximum dogs per carer", "limit")
aq = "Full-day daycare costs INR 850 for one dog"
cl(J, aq, "Full-day daycare costs INR 850 for one dog, lunch included", "INR 850", 850, 850, "INR/day", "=", "full-day daycare", "price", "price")
aq = "Yes. A full groom for a small breed is INR 1,500"
sq = "A full groom for a small breed is INR 1,500 plus 18% GST, so the bill comes to INR 1,750"
cl(J, aq, sq, "INR 1,500", 1500, 1500, "INR", "=", "full groom, small breed", "price before tax", "price")
cl(J, aq, sq, "18% GST", 18, 18, "%", "=", "GST on grooming", "tax rate", "percentage")
cl(J, aq, sq, "INR 1,750", 1750, 1750, "INR", "=", "full groom, small breed", "total with GST", "price")
aq = "(2022) Six trained handlers look after the daycare dogs"
cl(J, aq, "(2022) Six trained handlers look after the daycare dogs, and one of them is always in the yard", "Six trained handlers", 6, 6, "carers", "=", "Nandi Paws daycare", "number of daycare staff", "count")
aq = "Garden Suite Deluxe, with its own AC and webcam"
cl(J, aq, "Garden Suite Deluxe, with its own AC and webcam, is INR 3,200 a night", "INR 3,200 a night", 3200, 3200, "INR/night", "=", "Garden Suite Deluxe", "nightly price", "price")
aq = "A 20-day monthly daycare pass is INR 12,000"
sq = "A 20-day monthly daycare pass is INR 12,000, valid for 30 days from the first visit"
cl(J, aq, sq, "20-day", 20, 20, "day", "=", "larger monthly daycare pass", "daycare days included", "count")
cl(J, aq, sq, "INR 12,000", 12000, 12000, "INR", "=", "20-day monthly daycare pass", "price", "price")
cl(J, aq, sq, "valid for 30 days", 30, 30, "day", "=", "20-day monthly daycare pass", "validity", "duration")
aq = "Normally a boarding booking can be as short as 1 night"
cl(J, aq, "Normally a boarding booking can be as short as 1 night, and check-out is by noon", "as short as 1 night", 1, None, "night", ">=", "boarding outside Diwali week", "minimum stay", "limit")
aq = "Senior dogs, 8 years and over"
sq = "Senior dogs, 8 years and over, get three smaller meals a day and a softer bed"
cl(J, aq, sq, "8 years and over", 8, None, "year", ">=", "senior boarder", "age", "limit")
cl(J, aq, sq, "three smaller meals a day", 3, 3, "meals/day", "=", "senior boarder", "meals per day", "count")
aq = "A full groom takes 2 to 3 hours"
cl(J, aq, "A full groom takes 2 to 3 hours, depending on the coat and how calm the dog is", "2 to 3 hours", 2, 3, "hour", "=", "full groom", "time taken", "duration")
aq = "Plenty. For example, a young Labrador"
cl(J, aq, "For example, a young Labrador might cover 8 km on a busy day, between play and walks", "8 km", 8, 8, "km", "=", "example young Labrador on a busy day", "distance covered in a day", "other", True)
aq = "Yes. A nail trim on its own is INR 250"
cl(J, aq, "A nail trim on its own is INR 250, and no appointment is needed", "INR 250", 250, 250, "INR", "=", "nail trim", "price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
