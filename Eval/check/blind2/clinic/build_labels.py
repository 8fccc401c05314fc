#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the outpatient clinic domain."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
P, V, F, B = "patient-questions.txt", "visiting-and-parking.html", "front-desk-guide.md", "billing-faq-2022.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 ("list", "The patient questions list Humana among in-network plans, while the front desk guide limits the network to Aetna, Cigna, UnitedHealthcare and BCBS and calls Humana out-of-network.",
  "in-network insurance plans", side(P, "Aetna, Cigna, UnitedHealthcare, Blue Cross Blue Shield and Humana plans"), side(F, "in network with Aetna, Cigna, UnitedHealthcare and BCBS only")),
 ("list", "The patient questions offer video visits in Dermatology, while the front desk guide limits telehealth to Psychiatry, Nutrition and Endocrinology.",
  "specialties offering telehealth", side(P, "Video visits are available in Dermatology, Endocrinology, Psychiatry and Nutrition"), side(F, "Telehealth is offered only for Psychiatry, Nutrition counselling and Endocrinology follow-ups")),
 ("list", "The visiting page lists Vietnamese and Arabic among on-site interpreter languages, while the front desk guide limits in-person interpreters to Spanish and ASL.",
  "on-site interpreter languages", side(V, "On-site interpreters are available for Spanish, Vietnamese, Arabic and American Sign Language"), side(F, "In-person interpreters are provided for Spanish and ASL only")),
 ("polarity", "The patient questions say the outpatient lab welcomes walk-ins, while the front desk guide says walk-in patients are not seen at the lab.",
  "walk-ins at the outpatient lab", side(P, "The outpatient lab on the ground floor welcomes walk-ins"), side(F, "All blood draws must be scheduled ahead; walk-in patients are not seen at the lab")),
 ("polarity", "The visiting page says clinic desks validate garage tickets, while the front desk guide says garage parking is not validated.",
  "garage parking validation", side(V, "Clinic front desks validate garage tickets for patients with an appointment"), side(F, "We don't validate garage parking for outpatient visits")),
 ("polarity", "The patient questions say records can be emailed as an encrypted PDF, while the billing page says records are never sent by email.",
  "medical records by email", side(P, "We can email your medical records to you as an encrypted PDF"), side(B, "Records are never sent by email.")),
 ("numeric", "The patient questions give a $50 no-show fee, while the front desk guide bills missed appointments at $75.",
  "no-show fee", side(P, "a $50 no-show fee is added to your account"), side(F, "Missed appointments are billed at $75 unless the patient calls")),
 ("numeric", "The patient questions ask for 24 hours' notice to cancel, while the front desk guide requires 48 hours.",
  "cancellation notice", side(P, "Please cancel at least 24 hours before your appointment"), side(F, "Patients must give 48 hours' notice to cancel without a charge")),
 ("numeric", "The patient questions tell new patients to arrive 15 minutes early, while the visiting page says 30 minutes.",
  "new patient arrival time", side(P, "New patients should arrive 15 minutes before their appointment time"), side(V, "New patients need to check in 30 minutes ahead of the scheduled time")),
 ("numeric", "The patient questions cap Garage P1 parking at $15 for 24 hours, while the visiting page caps it at $12 a day.",
  "Garage P1 daily maximum", side(P, "parking there is capped at $15 for 24 hours"), side(V, "Garage P1 never charges more than $12 in one day")),
 ("numeric", "The patient questions say refills take 2 business days, while the front desk guide says up to 5 business days.",
  "prescription refill turnaround", side(P, "For prescription refills, allow 2 business days from your request"), side(F, "Refill requests take up to 5 business days")),
 ("arithmetic", "3 hours at $2.50 per hour is $7.50, not $8.50.",
  "Garage P1 cost of a 3-hour visit", side(V, "Parking Garage P1 charges $2.50 per hour"), side(V, "A 3-hour visit therefore costs $8.50")),
 ("arithmetic", "35% off $200 is $130, not $140.",
  "self-pay discount on a $200 visit", side(B, "Patients without insurance receive a 35% self-pay discount"), side(B, "so a $200 office visit costs $140")),
 ("arithmetic", "$900 over 12 monthly payments is $75 a month, not $80.",
  "payment plan instalment", side(F, "A $900 balance can be spread over 12 monthly payments"), side(F, "Each payment is then $80 a month")),
 ("arithmetic", "800 metres is about half a mile, not roughly a mile.",
  "walking distance from Lot C", side(V, "Lot C is about 800 metres from the main entrance"), side(V, "which is roughly a mile on foot")),
 ("stale", "A 2022 answer prices an electronic copy of the medical record at $25, while a 2024 answer charges a flat $6.50.",
  "electronic medical record copy fee", side(B, "(2022) An electronic copy of your medical record costs $25"), side(P, "As of 2024, we charge a flat $6.50 for an electronic copy")),
 ("stale", "A 2022 answer prices self-pay flu shots at $40, while a 2025 answer gives $35.",
  "self-pay flu shot price", side(B, "(2022) Self-pay flu shots are $40 at the pharmacy counter"), side(P, "Updated 2025: flu vaccines cost $35 for self-pay patients")),
 ("stale", "A 2021 note says results reach the portal 7 days after they are finalised, while a 2024 answer says 36 hours.",
  "delay before results are released to the portal", side(F, "(2021) Results post to MyAshgrove 7 days after they are finalised"), side(P, "As of 2024, test results are released to MyAshgrove 36 hours after")),
]

traps = [
 ("Different appointment types: $150 is the MRI/CT no-show charge, $50 the general no-show fee.",
  side(B, "Missed MRI or CT appointments are charged $150"), side(P, "without letting us know, a $50 no-show fee")),
 ("Different car parks: Lot C is a flat $5 a day, Garage P1 charges $2.50 per hour.",
  side(P, "Surface Lot C on Birch Road charges a flat $5 per day"), side(V, "$2.50 per hour for every hour or part of an hour")),
 ("Similarly named services: Northgate Express Care takes walk-ins, Northgate Family Medicine does not.",
  side(P, "Northgate Express Care sees walk-in patients 7 days a week"), side(F, "Northgate Family Medicine appointments must be booked in advance")),
 ("Same value in other units: every 15 minutes is four times an hour.",
  side(P, "A free shuttle runs from Lot C to the main entrance four times an hour"), side(V, "A free shuttle leaves Lot C every 15 minutes")),
 ("Correct percentage: 10% off $350 is $315.",
  side(B, "Pay your bill in full within 30 days and we take 10% off"), side(B, "so a $350 bill becomes $315")),
 ("Correct computation: $600 over 6 months is $100 a month.",
  side(B, "you could pay off a $600 balance over 6 months"), side(B, "That would mean payments of $100 a month")),
 ("About 45 minutes for a knee MRI lies inside the 30-60 minute range for MRI scans.",
  side(P, "MRI scans take 30 to 60 minutes depending on the body part"), side(F, "A knee MRI usually takes about 45 minutes on the scanner")),
 ("45 minutes is a hedged example of a busy Monday, not the 12-minute average wait.",
  side(P, "on a busy Monday morning you might wait 45 minutes"), side(V, "Our average lobby wait is 12 minutes from check-in")),
 ("One visitor is explicitly the former rule; the current rule of two adults is the same in both files.",
  side(V, "Patients used to be allowed one visitor"), side(P, "Each patient may bring up to two adult companions")),
 ("'Up to 3 business days' is the maximum reply time, while 1 business day is the typical reply.",
  side(V, "Allow up to 3 business days for a reply to a MyAshgrove message"), side(P, "Most replies to MyAshgrove messages arrive within 1 business day")),
 ("The same age-18 kiosk rule stated in both directions.",
  side(P, "Patients aged 18 and over can check in at the self-service kiosks"), side(F, "Patients under 18 must be checked in at the desk")),
 ("The photo ID list is open ('includes'), so also accepting a military ID is consistent.",
  side(P, "Accepted photo ID includes a driver's licence, a passport and a state ID card"), side(F, "A military ID card is also accepted at registration")),
 ("Different specialties: 40 minutes for a Family Medicine new patient visit, 60 minutes for Cardiology.",
  side(P, "Family Medicine new patient appointments last 40 minutes"), side(F, "Cardiology new patient visits are scheduled for 60 minutes")),
 ("Correct percentage: 20% of $500 is $100.",
  side(P, "If your plan has 20% coinsurance"), side(P, "For a $500 MRI, for example, that is $100")),
]

labels = {
 "domain": "Ashgrove Medical Center Outpatient Clinics, a fictional US hospital outpatient centre: appointments and cancellations, arrival and check-in, insurance and self-pay billing, records requests, lab and imaging, telehealth, interpreters, parking, shuttle and visitors.",
 "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
json.dump(labels, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)

C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

aq = "We can email your medical records to you"
cl(P, aq, "Allow up to 10 business days for us to process a request", "up to 10 business days", None, 10, "business day", "<=", "records request", "processing time", "duration")

aq = "If you miss an appointment without letting us know"
cl(P, aq, "If you miss an appointment without letting us know, a $50 no-show fee is added to your account", "$50", 50, 50, "USD", "=", "missed appointment", "no-show fee", "price")

aq = "Please cancel at least 24 hours before your appointment"
cl(P, aq, "Please cancel at least 24 hours before your appointment so we can offer the slot to another patient", "at least 24 hours", 24, None, "hour", ">=", "appointment cancellation", "notice period", "duration")

aq = "New patients should arrive 15 minutes before"
cl(P, aq, "New patients should arrive 15 minutes before their appointment time to complete registration and have a photo taken for their record", "15 minutes", 15, 15, "min", "=", "new patient", "arrival time before appointment", "duration")
cl(P, aq, "Returning patients can arrive 10 minutes early", "10 minutes", 10, 10, "min", "=", "returning patient", "arrival time before appointment", "duration")

aq = "Parking Garage P1 is attached to the clinic building"
cl(P, aq, "Parking Garage P1 is attached to the clinic building, and parking there is capped at $15 for 24 hours", "$15", None, 15, "USD", "<=", "Garage P1", "maximum charge per 24 hours", "price")
cl(P, aq, "Parking Garage P1 is attached to the clinic building, and parking there is capped at $15 for 24 hours", "24 hours", 24, 24, "hour", "=", "Garage P1 charge cap", "period", "duration")

aq = "For prescription refills, allow 2 business days"
cl(P, aq, "For prescription refills, allow 2 business days from your request in MyAshgrove", "2 business days", 2, 2, "business day", "=", "prescription refill", "turnaround", "duration")
cl(P, aq, "Controlled medications need a visit every 3 months", "every 3 months", 3, 3, "month", "=", "controlled medication", "visit interval", "duration")

aq = "Surface Lot C on Birch Road charges a flat $5 per day"
cl(P, aq, "Surface Lot C on Birch Road charges a flat $5 per day", "$5 per day", 5, 5, "USD/day", "=", "Lot C", "parking charge", "price")
cl(P, aq, "A free shuttle runs from Lot C to the main entrance four times an hour", "four times an hour", 4, 4, "trips/hour", "=", "Lot C shuttle", "frequency", "rate")

aq = "Patients aged 18 and over can check in"
cl(P, aq, "Patients aged 18 and over can check in at the self-service kiosks in the lobby using a photo ID and their insurance card", "18 and over", 18, None, "year", ">=", "self-service kiosk", "eligible age", "other")

aq = "Most replies to MyAshgrove messages arrive within 1 business day"
cl(P, aq, "Most replies to MyAshgrove messages arrive within 1 business day", "within 1 business day", None, 1, "business day", "<=", "MyAshgrove message", "typical reply time", "duration")

aq = "As of 2024, test results are released to MyAshgrove"
cl(P, aq, "As of 2024, test results are released to MyAshgrove 36 hours after they are finalised, even if your doctor has not reviewed them yet", "36 hours", 36, 36, "hour", "=", "test results", "delay before portal release", "duration")

aq = "As of 2024, we charge a flat $6.50"
cl(P, aq, "As of 2024, we charge a flat $6.50 for an electronic copy of your records", "$6.50", 6.50, 6.50, "USD", "=", "electronic copy of records", "fee", "price")
cl(P, aq, "Paper copies cost $0.25 per page after the first 10 pages", "$0.25 per page", 0.25, 0.25, "USD/page", "=", "paper copy of records", "fee per page", "price")
cl(P, aq, "Paper copies cost $0.25 per page after the first 10 pages", "the first 10 pages", 10, 10, "pages", "=", "paper copy of records", "free pages", "count")

aq = "Updated 2025: flu vaccines cost $35"
cl(P, aq, "Updated 2025: flu vaccines cost $35 for self-pay patients and are free with most insurance plans", "$35", 35, 35, "USD", "=", "self-pay flu vaccine", "price", "price")

aq = "Each patient may bring up to two adult companions"
cl(P, aq, "Each patient may bring up to two adult companions into the exam room", "up to two", None, 2, "persons", "<=", "exam room visit", "adult companions per patient", "count")

aq = "Wait times vary through the day"
cl(P, aq, "Wait times vary through the day; for example, on a busy Monday morning you might wait 45 minutes after check-in", "45 minutes", 45, 45, "min", "=", "busy Monday morning", "lobby wait", "duration", True)

aq = "MRI scans take 30 to 60 minutes"
cl(P, aq, "MRI scans take 30 to 60 minutes depending on the body part, plus about 15 minutes to change and answer safety questions", "30 to 60 minutes", 30, 60, "min", "=", "MRI scan", "scan time", "duration")
cl(P, aq, "MRI scans take 30 to 60 minutes depending on the body part, plus about 15 minutes to change and answer safety questions", "about 15 minutes", 15, 15, "min", "~", "MRI appointment", "changing and safety questions time", "duration")

aq = "If your plan has 20% coinsurance"
cl(P, aq, "If your plan has 20% coinsurance, you pay 20% of the allowed amount once your deductible is met", "20%", 20, 20, "%", "=", "example plan", "coinsurance", "percentage", True)
cl(P, aq, "For a $500 MRI, for example, that is $100", "$500", 500, 500, "USD", "=", "example MRI", "allowed amount", "price", True)
cl(P, aq, "For a $500 MRI, for example, that is $100", "$100", 100, 100, "USD", "=", "example MRI with 20% coinsurance", "patient share", "price", True)

aq = "Family Medicine new patient appointments last 40 minutes"
cl(P, aq, "Family Medicine new patient appointments last 40 minutes, and follow-up visits 20 minutes", "40 minutes", 40, 40, "min", "=", "Family Medicine new patient appointment", "length", "duration")
cl(P, aq, "Family Medicine new patient appointments last 40 minutes, and follow-up visits 20 minutes", "20 minutes", 20, 20, "min", "=", "Family Medicine follow-up visit", "length", "duration")

# visiting page
aq = "Parking Garage P1 charges $2.50 per hour"
cl(V, aq, "Parking Garage P1 charges $2.50 per hour for every hour or part of an hour you stay", "$2.50 per hour", 2.50, 2.50, "USD/hour", "=", "Garage P1", "hourly rate", "price")
cl(V, aq, "A 3-hour visit therefore costs $8.50", "3-hour", 3, 3, "hour", "=", "example visit", "length of stay", "duration")
cl(V, aq, "A 3-hour visit therefore costs $8.50", "$8.50", 8.50, 8.50, "USD", "=", "Garage P1, 3-hour stay", "parking charge", "price")

aq = "Yes. Garage P1 never charges more than $12"
cl(V, aq, "Garage P1 never charges more than $12 in one day, however long you stay", "more than $12 in one day", None, 12, "USD/day", "<=", "Garage P1", "daily maximum", "price")

aq = "Lot C is about 800 metres from the main entrance"
cl(V, aq, "Lot C is about 800 metres from the main entrance, which is roughly a mile on foot", "about 800 metres", 800, 800, "m", "~", "Lot C to main entrance", "walking distance", "length")
cl(V, aq, "Lot C is about 800 metres from the main entrance, which is roughly a mile on foot", "roughly a mile", 1, 1, "mi", "~", "Lot C to main entrance", "walking distance", "length")

aq = "New patients need to check in 30 minutes ahead"
cl(V, aq, "New patients need to check in 30 minutes ahead of the scheduled time so our registration team can scan insurance cards and verify coverage", "30 minutes", 30, 30, "min", "=", "new patient", "arrival time before appointment", "duration")

aq = "Yes, free of charge. On-site interpreters"
cl(V, aq, "On-site interpreters are available for Spanish, Vietnamese, Arabic and American Sign Language, and phone interpreters cover more than 200 other languages", "more than 200", 200, None, "languages", ">", "phone interpreters", "languages covered", "count")

aq = "Our average lobby wait is 12 minutes"
cl(V, aq, "Our average lobby wait is 12 minutes from check-in to being called to an exam room", "12 minutes", 12, 12, "min", "=", "clinic lobby", "average wait", "duration")

# front desk guide
aq = "Missed appointments are billed at $75"
cl(F, aq, "Missed appointments are billed at $75 unless the patient calls before the appointment start time", "$75", 75, 75, "USD", "=", "missed appointment", "no-show fee", "price")

aq = "Patients must give 48 hours' notice"
cl(F, aq, "Patients must give 48 hours' notice to cancel without a charge", "48 hours'", 48, None, "hour", ">=", "appointment cancellation", "notice period", "duration")

aq = "Refill requests take up to 5 business days"
cl(F, aq, "Refill requests take up to 5 business days, because each one is reviewed by the prescriber", "up to 5 business days", None, 5, "business day", "<=", "prescription refill", "turnaround", "duration")

aq = "Payment plans of up to 12 months are interest-free. A $900"
cl(F, aq, "Payment plans of up to 12 months are interest-free", "up to 12 months", None, 12, "month", "<=", "payment plan", "length", "duration")
cl(F, aq, "A $900 balance can be spread over 12 monthly payments", "$900", 900, 900, "USD", "=", "payment plan example balance", "balance", "price")
cl(F, aq, "A $900 balance can be spread over 12 monthly payments", "12 monthly payments", 12, 12, "payments", "=", "payment plan for a $900 balance", "number of payments", "count")
cl(F, aq, "Each payment is then $80 a month", "$80 a month", 80, 80, "USD/month", "=", "payment plan for a $900 balance", "monthly payment", "price")

aq = "(2021) Results post to MyAshgrove 7 days"
cl(F, aq, "(2021) Results post to MyAshgrove 7 days after they are finalised, so the ordering doctor can call first about abnormal results", "7 days", 7, 7, "day", "=", "test results", "delay before portal release", "duration")

aq = "Patients under 18 must be checked in at the desk"
cl(F, aq, "Patients under 18 must be checked in at the desk by a parent or guardian", "under 18", None, 18, "year", "<", "kiosk check-in", "age requiring desk check-in", "other")
cl(F, aq, "The kiosks reject anyone whose date of birth shows they are under 18", "under 18", None, 18, "year", "<", "kiosk check-in", "age rejected by kiosk", "other")

aq = "Cardiology new patient visits are scheduled for 60 minutes"
cl(F, aq, "Cardiology new patient visits are scheduled for 60 minutes, including a resting ECG", "60 minutes", 60, 60, "min", "=", "Cardiology new patient visit", "length", "duration")

aq = "A knee MRI usually takes about 45 minutes"
cl(F, aq, "A knee MRI usually takes about 45 minutes on the scanner", "about 45 minutes", 45, 45, "min", "~", "knee MRI", "scan time", "duration")

# billing page
aq = "(2022) An electronic copy of your medical record costs $25"
cl(B, aq, "(2022) An electronic copy of your medical record costs $25", "$25", 25, 25, "USD", "=", "electronic copy of records", "fee", "price")
cl(B, aq, "Paper copies cost $0.25 per page after the first 10 pages", "$0.25 per page", 0.25, 0.25, "USD/page", "=", "paper copy of records", "fee per page", "price")
cl(B, aq, "Paper copies cost $0.25 per page after the first 10 pages", "the first 10 pages", 10, 10, "pages", "=", "paper copy of records", "free pages", "count")

aq = "Patients without insurance receive a 35% self-pay discount"
cl(B, aq, "Patients without insurance receive a 35% self-pay discount, so a $200 office visit costs $140", "35%", 35, 35, "%", "=", "self-pay patient", "discount", "percentage")
cl(B, aq, "Patients without insurance receive a 35% self-pay discount, so a $200 office visit costs $140", "$200", 200, 200, "USD", "=", "office visit", "list price", "price")
cl(B, aq, "Patients without insurance receive a 35% self-pay discount, so a $200 office visit costs $140", "$140", 140, 140, "USD", "=", "self-pay office visit", "price after discount", "price")

aq = "Pay your bill in full within 30 days"
cl(B, aq, "Pay your bill in full within 30 days and we take 10% off, so a $350 bill becomes $315", "within 30 days", None, 30, "day", "<=", "prompt-pay discount", "payment window", "duration")
cl(B, aq, "Pay your bill in full within 30 days and we take 10% off, so a $350 bill becomes $315", "10%", 10, 10, "%", "=", "prompt payment", "discount", "percentage")
cl(B, aq, "Pay your bill in full within 30 days and we take 10% off, so a $350 bill becomes $315", "$350", 350, 350, "USD", "=", "bill", "amount before discount", "price")
cl(B, aq, "Pay your bill in full within 30 days and we take 10% off, so a $350 bill becomes $315", "$315", 315, 315, "USD", "=", "bill paid promptly", "amount after discount", "price")

aq = "Payment plans of up to 12 months are interest-free, with a minimum"
cl(B, aq, "Payment plans of up to 12 months are interest-free, with a minimum payment of $25 a month", "up to 12 months", None, 12, "month", "<=", "payment plan", "length", "duration")
cl(B, aq, "Payment plans of up to 12 months are interest-free, with a minimum payment of $25 a month", "$25 a month", 25, None, "USD/month", ">=", "payment plan", "minimum monthly payment", "price")
cl(B, aq, "For example, you could pay off a $600 balance over 6 months", "$600", 600, 600, "USD", "=", "example balance", "balance", "price", True)
cl(B, aq, "For example, you could pay off a $600 balance over 6 months", "6 months", 6, 6, "month", "=", "example payment plan", "length", "duration", True)
cl(B, aq, "That would mean payments of $100 a month", "$100 a month", 100, 100, "USD/month", "=", "example payment plan", "monthly payment", "price", True)

aq = "(2022) Self-pay flu shots are $40"
cl(B, aq, "(2022) Self-pay flu shots are $40 at the pharmacy counter, and the price includes the injection fee", "$40", 40, 40, "USD", "=", "self-pay flu shot", "price", "price")

aq = "Missed MRI or CT appointments are charged $150"
cl(B, aq, "Missed MRI or CT appointments are charged $150, because the scanner time cannot be offered to another patient at such short notice", "$150", 150, 150, "USD", "=", "missed MRI or CT appointment", "no-show fee", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts", len(labels["traps"]), "traps", len(C), "claims")
