#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the camerarental domain (Obturador Locadora)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "desk-whatsapp-replies.txt", "counter-handbook.md", "questions-and-answers.html", "masterdata-faq-search.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The WhatsApp replies say the Sony FX6 kit comes with the body, batteries, a charger, memory cards and the top handle, while the lowdown website says an FX6 rental covers only the body and a battery (charger, cards and handle are extras).",
  "what a Sony FX6 rental includes", side(T, "The Sony FX6 kit comes with the body, batteries, a charger, memory cards"), side(H, "An FX6 rental covers only the camera body and a battery")),
 ("list", "The counter handbook says a new customer file needs the CPF, a photo ID and a recent proof of address, while the Master Data FAQ says Brazilian residents only have to show a CPF and an official photo ID (no proof of address).",
  "documents needed to register as a Brazilian customer", side(M, "A new customer file needs the CPF, a photo ID (RG or CNH)"), side(J, "Brazilian residents only have to show a CPF and an official photo ID")),
 ("list", "The lowdown website says hiring a studio includes the cyclorama, the dressing room, the kitchen and two parking spaces, while the counter handbook says the studio price covers the cyc wall and the dressing room only (parking and kitchen are charged apart).",
  "what the studio hire price includes", side(H, "Hiring a studio includes the cyclorama, the dressing room, the kitchen"), side(M, "The studio price covers the cyc wall and the dressing room only")),
 # polarity
 ("polarity", "The WhatsApp replies say foreign crews can rent with a passport and an international credit card, while the Master Data FAQ says the house cannot sign a rental contract with anyone who has no CPF.",
  "renting without a CPF (foreign crews)", side(T, "foreign crews can rent with a passport and an international credit card"), side(J, "We cannot sign a rental contract with anyone who has no CPF")),
 ("polarity", "The counter handbook says lenses can go out on their own without one of the house's camera bodies, while the lowdown website says cine glass is only hired out together with one of its cameras.",
  "renting lenses without a camera", side(M, "Lenses can go out on their own, without one of our camera bodies"), side(H, "Cine glass is only hired out together with one of our cameras")),
 ("polarity", "The Master Data FAQ says a customer may send a delivery rider from an app to pick up the order, while the WhatsApp replies say equipment is never handed to app couriers.",
  "collection of an order by an app courier", side(J, "You may send a delivery rider from an app to pick up your order"), side(T, "We never hand equipment to app couriers")),
 # numeric
 ("numeric", "The lowdown website says the deposit is a pre-authorisation of 20% of the replacement value, while the Master Data FAQ says 30% of the equipment's worth is blocked on the card as caução.",
  "deposit (caução) as a share of the equipment value", side(H, "The deposit is a pre-authorisation of 20% of the replacement value"), side(J, "We block 30% of what the equipment is worth on your credit card")),
 ("numeric", "The WhatsApp replies say Estúdio 1, the big stage, is R$ 290,00 per hour, while the counter handbook says the large stage is billed at R$320 an hour.",
  "hourly price of Estúdio 1 (the large stage)", side(T, "Estúdio 1, our big stage with the white cyclorama, is R$ 290,00 per hour"), side(M, "The large stage is billed at R$320 an hour")),
 ("numeric", "The lowdown website says bookings can be cancelled free of charge up to 48 hours before pickup, while the Master Data FAQ says a reservation may be called off at no cost until 24 hours before collection.",
  "free cancellation cut-off before pickup", side(H, "Bookings can be cancelled free of charge up to 48 hours before pickup"), side(J, "A reservation may be called off at no cost until 24 hours before")),
 ("numeric", "The Master Data FAQ says there is a tolerance of 1 hour on returns, while the counter handbook says gear that comes back up to 30 minutes after the agreed time is not charged extra (hours vs minutes).",
  "grace period for late returns", side(J, "There is a tolerance of 1 hour on returns"), side(M, "Gear that comes back up to 30 minutes after the agreed time")),
 # arithmetic (inside one answer: side A the inputs, side B the wrong result)
 ("arithmetic", "R$ 180,00 a day for 5 days is R$ 900,00, but the WhatsApp reply says R$ 800,00.",
  "5-day rental of an Aputure 600d", side(T, "An Aputure 600d is R$ 180,00 a day"), side(T, "so renting it for 5 days costs R$ 800,00 in total")),
 ("arithmetic", "R$1.400 a day for 3 days is R$4.200, but the counter handbook says R$3.800.",
  "3-day rental of the Cooke S4/i set", side(M, "The Cooke S4/i set of six primes is R$1.400 a day"), side(M, "a 3-day shoot comes to R$3.800")),
 ("arithmetic", "15% off 2.000 reais is 1.700 reais, but the Master Data FAQ says 1.650 reais.",
  "club member price of a 2.000 reais rental", side(J, "Club members get 15% off every rental"), side(J, "so a 2.000 reais rental costs them 1.650 reais")),
 # stale
 ("stale", "The lowdown website (2021) says delivery within the expanded centre costs BRL 60 per order; the WhatsApp replies say since 2024 it costs R$ 90,00.",
  "delivery fee inside the Centro Expandido", side(H, "(2021) Delivery within the expanded centre of São Paulo costs BRL 60"), side(T, "Since 2024, we charge R$ 90,00 to deliver an order")),
 ("stale", "The counter handbook (2022) says Estúdio 1 measures 120 m²; the Master Data FAQ says as of 2025 the main stage covers 180 square metres after the expansion.",
  "floor area of Estúdio 1", side(M, "(2022) The floor of Estúdio 1 measures 120 m²"), side(J, "As of 2025, the main stage covers 180 square metres")),
 ("stale", "The Master Data FAQ says as of 2023 the yearly club fee is 600 reais; the lowdown website says since 2025 joining Clube Obturador costs BRL 890 a year.",
  "yearly Clube Obturador fee", side(J, "As of 2023, the yearly fee for the Obturador club is 600 reais"), side(H, "Since 2025, joining Clube Obturador costs BRL 890 a year")),
]

traps = [
 ("Different configuration: the Canon C70 body on its own (BRL 380 a day) vs the C70 with three cine primes (R$ 1.150,00 a day).",
  side(H, "The Canon C70 body on its own is BRL 380 a day"), side(T, "The Canon C70 with a set of three cine primes rents for")),
 ("Different days: the podcast room on weekdays (R$120 an hour) vs on Sundays and public holidays (180 reais an hour).",
  side(M, "The podcast room is R$120 an hour on weekdays"), side(J, "On Sundays and public holidays the podcast room costs 180 reais")),
 ("Different models and sizes: a 4 kW HMI (ARRI M40, R$ 550,00 a day) vs a 1,8 kW HMI (ARRI M18, BRL 320 a day).",
  side(T, "The ARRI M40, a 4 kW HMI, is R$ 550,00 a day"), side(H, "A 1,8 kW HMI such as the ARRI M18 is BRL 320")),
 ("Different discount tiers: 7 days or more get 20% off; 30 days or more get 40% off.",
  side(M, "Rentals of 7 days or more get 20% off the daily rate"), side(T, "For rentals of 30 days or more we give 40% off")),
 ("Similarly named products: Seguro Essencial (8% of the rental value) and Seguro Essencial Plus (12%, also covers theft).",
  side(T, "Seguro Essencial costs 8% of the rental value"), side(M, "Seguro Essencial Plus is 12% of the rental value")),
 ("The same value in other units: a camera checkout takes 90 minutes = an hour and a half.",
  side(H, "A full camera checkout at our test bench takes 90 minutes"), side(J, "Set aside an hour and a half to test a camera package")),
 ("A correct computation: R$ 35,00 a day x 4 batteries x 2 days = R$ 280,00.",
  side(T, "A V-mount battery is R$ 35,00 a day"), side(T, "so 4 batteries for 2 days cost R$ 280,00")),
 ("A correct percentage: 25% off BRL 1.200 is BRL 900.",
  side(H, "Film students with a valid card get 25% off"), side(H, "so a BRL 1.200 rental costs BRL 900")),
 ("A range containing the other value: approval takes 1 to 3 business days vs most registrations approved in about 2 business days.",
  side(M, "Approving a new registration takes 1 to 3 business days"), side(T, "Most registrations are approved in about 2 business days")),
 ("A hedged example ('For example ... might keep ... for 40 days') vs the average rental of about 3 days.",
  side(J, "For example, a feature film might keep a camera package for 40 days"), side(H, "The average rental lasts about 3 days")),
 ("An old value marked as old: a sensor cleaning cost R$150 before 2024; it now costs 220 reais.",
  side(M, "A sensor cleaning cost R$150 before 2024"), side(J, "Sensor cleaning for a mirrorless or cinema camera costs 220 reais")),
 ("'Up to 10 working days' to assess damaged equipment is a ceiling; a typical assessment is finished in about 4 days.",
  side(H, "Our technicians take up to 10 working days to assess equipment"), side(T, "A typical damage assessment is finished in about 4 days")),
 ("The list of what a lighting kit includes is open ('things such as'), so gels and a diffusion frame as further items are consistent.",
  side(T, "Lighting kits include things such as stands, sandbags and extension cables"), side(M, "Every light kit also comes with a set of gels")),
 ("The same age rule stated in both directions (21 and older rent without a guarantor / under 21 need a guarantor).",
  side(H, "Customers aged 21 and older can rent in their own name without a guarantor"), side(J, "Renters under 21 need a guarantor (fiador) who signs the contract")),
]

DOMAIN = ("Obturador Locadora, a fictional camera, lens and lighting rental house in Pinheiros, São Paulo, Brazil: camera "
          "packages and bodies (Sony FX6 kit contents, Canon C70 body and kit, checkout at the test bench), lenses (rented "
          "with or without a camera, Cooke S4/i set), lights (Aputure 600d, HMIs of 1,8 kW and 4 kW, V-mount batteries, "
          "lighting kit contents), studios (Estúdio 1 hourly price and floor area, what studio hire includes, podcast room on "
          "weekdays and Sundays), delivery inside the Centro Expandido and collection by app couriers, registration "
          "(documents, approval time, foreign crews without a CPF, minimum age and guarantors), deposit (caução), "
          "cancellation, late returns, long-rental discounts, student and club discounts, Clube Obturador yearly fee, "
          "Seguro Essencial and Essencial Plus insurance, damage assessment, sensor cleaning (old and current price), "
          "lost property, loading bay, parking and invoices. Prices in Brazilian reais written 'R$ 1.150,00', 'R$1.400', "
          "'BRL 1.200' and '2.000 reais'.")
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

# WhatsApp desk replies (10 answers)
aq = "Estúdio 1, our big stage with the white cyclorama"
cl(T, aq, "Estúdio 1, our big stage with the white cyclorama, is R$ 290,00 per hour, and the lighting is rented apart", "R$ 290,00 per hour", 290, 290, "BRL/hour", "=", "Estúdio 1 (large stage)", "hourly price", "price")
aq = "An Aputure 600d is R$ 180,00 a day"
sq = "An Aputure 600d is R$ 180,00 a day, so renting it for 5 days costs R$ 800,00 in total"
cl(T, aq, sq, "R$ 180,00 a day", 180, 180, "BRL/day", "=", "Aputure 600d", "daily price", "price")
cl(T, aq, sq, "5 days", 5, 5, "day", "=", "example Aputure 600d rental", "rental length", "duration")
cl(T, aq, sq, "R$ 800,00", 800, 800, "BRL", "=", "5-day rental of an Aputure 600d", "total price", "price")
aq = "Since 2024, we charge R$ 90,00 to deliver an order"
cl(T, aq, "Since 2024, we charge R$ 90,00 to deliver an order anywhere inside the Centro Expandido, and the pickup at the end is included", "R$ 90,00", 90, 90, "BRL", "=", "delivery inside the Centro Expandido", "price per order", "price")
aq = "The Canon C70 with a set of three cine primes"
sq = "The Canon C70 with a set of three cine primes rents for R$ 1.150,00 a day, matte box and follow focus included"
cl(T, aq, sq, "three cine primes", 3, 3, "lenses", "=", "Canon C70 kit", "lenses included", "count")
cl(T, aq, sq, "R$ 1.150,00 a day", 1150, 1150, "BRL/day", "=", "Canon C70 with three cine primes", "daily price", "price")
aq = "The ARRI M40, a 4 kW HMI"
sq = "The ARRI M40, a 4 kW HMI, is R$ 550,00 a day with its ballast and head cable"
cl(T, aq, sq, "4 kW", 4, 4, "kW", "=", "ARRI M40 HMI", "power", "other")
cl(T, aq, sq, "R$ 550,00 a day", 550, 550, "BRL/day", "=", "ARRI M40 4 kW HMI", "daily price", "price")
aq = "For rentals of 30 days or more"
sq = "For rentals of 30 days or more we give 40% off the daily rates, and the discount is shown on the quote"
cl(T, aq, sq, "30 days or more", 30, None, "day", ">=", "long-rental discount, upper tier", "rental length", "limit")
cl(T, aq, sq, "40% off", 40, 40, "%", "=", "rentals of 30 days or more", "discount", "percentage")
aq = "Seguro Essencial costs 8% of the rental value"
cl(T, aq, "Seguro Essencial costs 8% of the rental value and covers accidental damage during the shoot", "8%", 8, 8, "%", "=", "Seguro Essencial", "price as a share of the rental value", "percentage")
aq = "A V-mount battery is R$ 35,00 a day"
sq = "A V-mount battery is R$ 35,00 a day, so 4 batteries for 2 days cost R$ 280,00"
cl(T, aq, sq, "R$ 35,00 a day", 35, 35, "BRL/day", "=", "V-mount battery", "daily price", "price")
cl(T, aq, sq, "4 batteries", 4, 4, "batteries", "=", "example battery rental", "batteries rented", "count")
cl(T, aq, sq, "2 days", 2, 2, "day", "=", "example battery rental", "rental length", "duration")
cl(T, aq, sq, "R$ 280,00", 280, 280, "BRL", "=", "4 V-mount batteries for 2 days", "total price", "price")
aq = "Most registrations are approved in about 2 business days"
cl(T, aq, "Most registrations are approved in about 2 business days, and we let you know right here on WhatsApp", "about 2 business days", 2, 2, "business day", "~", "new customer registration", "approval time", "duration")
aq = "A typical damage assessment is finished"
cl(T, aq, "A typical damage assessment is finished in about 4 days, and we send photos together with the quote", "about 4 days", 4, 4, "day", "~", "assessment of damaged equipment", "turnaround", "duration")

# counter handbook (Wiki.js) (9 answers)
aq = "The large stage is billed at R$320 an hour"
cl(M, aq, "The large stage is billed at R$320 an hour", "R$320 an hour", 320, 320, "BRL/hour", "=", "Estúdio 1 (large stage)", "hourly price", "price")
aq = "Gear that comes back up to 30 minutes"
cl(M, aq, "Gear that comes back up to 30 minutes after the agreed time is not charged extra", "up to 30 minutes", None, 30, "minute", "<=", "late return without a fee", "grace period", "duration")
aq = "The Cooke S4/i set of six primes"
sq = "The Cooke S4/i set of six primes is R$1.400 a day; a 3-day shoot comes to R$3.800"
cl(M, aq, sq, "six primes", 6, 6, "lenses", "=", "Cooke S4/i set", "lenses in the set", "count")
cl(M, aq, sq, "R$1.400 a day", 1400, 1400, "BRL/day", "=", "Cooke S4/i set", "daily price", "price")
cl(M, aq, sq, "3-day", 3, 3, "day", "=", "example Cooke S4/i rental", "rental length", "duration")
cl(M, aq, sq, "R$3.800", 3800, 3800, "BRL", "=", "3-day rental of the Cooke S4/i set", "total price", "price")
aq = "(2022) The floor of Estúdio 1 measures"
cl(M, aq, "(2022) The floor of Estúdio 1 measures 120 m², not counting the dressing room", "120 m²", 120, 120, "m2", "=", "Estúdio 1", "floor area", "size")
aq = "The podcast room is R$120 an hour on weekdays"
cl(M, aq, "The podcast room is R$120 an hour on weekdays, with microphones and a mixer already set up", "R$120 an hour", 120, 120, "BRL/hour", "=", "podcast room on weekdays", "hourly price", "price")
aq = "Rentals of 7 days or more get 20% off"
sq = "Rentals of 7 days or more get 20% off the daily rate"
cl(M, aq, sq, "7 days or more", 7, None, "day", ">=", "long-rental discount, lower tier", "rental length", "limit")
cl(M, aq, sq, "20% off", 20, 20, "%", "=", "rentals of 7 days or more", "discount", "percentage")
aq = "Seguro Essencial Plus is 12% of the rental value"
cl(M, aq, "Seguro Essencial Plus is 12% of the rental value and also covers theft from a vehicle", "12%", 12, 12, "%", "=", "Seguro Essencial Plus", "price as a share of the rental value", "percentage")
aq = "Approving a new registration takes 1 to 3 business days"
cl(M, aq, "Approving a new registration takes 1 to 3 business days, depending on the credit check", "1 to 3 business days", 1, 3, "business day", "=", "new customer registration", "approval time", "duration")
aq = "A sensor cleaning cost R$150 before 2024."
cl(M, aq, "A sensor cleaning cost R$150 before 2024", "R$150", 150, 150, "BRL", "=", "sensor cleaning before 2024", "old price", "price")

# lowdown website page (12 answers)
aq = "The Canon C70 body on its own is BRL 380 a day."
cl(H, aq, "The Canon C70 body on its own is BRL 380 a day", "BRL 380 a day", 380, 380, "BRL/day", "=", "Canon C70 body only", "daily price", "price")
aq = "A 1,8 kW HMI such as the ARRI M18"
sq = "A 1,8 kW HMI such as the ARRI M18 is BRL 320 a day, ballast included"
cl(H, aq, sq, "1,8 kW", 1.8, 1.8, "kW", "=", "ARRI M18 HMI", "power", "other")
cl(H, aq, sq, "BRL 320 a day", 320, 320, "BRL/day", "=", "ARRI M18 1,8 kW HMI", "daily price", "price")
aq = "A full camera checkout at our test bench"
cl(H, aq, "A full camera checkout at our test bench takes 90 minutes, so book a slot the day before your shoot", "90 minutes", 90, 90, "minute", "=", "camera checkout at the test bench", "length", "duration")
aq = "The average rental lasts about 3 days"
cl(H, aq, "The average rental lasts about 3 days, from pickup to return", "about 3 days", 3, 3, "day", "~", "average rental", "rental length", "duration")
aq = "Hiring a studio includes the cyclorama"
cl(H, aq, "Hiring a studio includes the cyclorama, the dressing room, the kitchen and two parking spaces in front of the building", "two parking spaces", 2, 2, "parking spaces", "=", "studio hire", "parking spaces included", "count")
aq = "(2021) Delivery within the expanded centre"
cl(H, aq, "(2021) Delivery within the expanded centre of São Paulo costs BRL 60 per order", "BRL 60", 60, 60, "BRL", "=", "delivery inside the Centro Expandido", "price per order", "price")
aq = "The deposit is a pre-authorisation of 20%"
cl(H, aq, "The deposit is a pre-authorisation of 20% of the replacement value on a credit card, released when the gear is back", "20%", 20, 20, "%", "=", "deposit (caução)", "share of the equipment value", "percentage")
aq = "Bookings can be cancelled free of charge"
cl(H, aq, "Bookings can be cancelled free of charge up to 48 hours before pickup", "48 hours", 48, 48, "hour", "=", "free cancellation", "cut-off before pickup", "duration")
aq = "Since 2025, joining Clube Obturador"
cl(H, aq, "Since 2025, joining Clube Obturador costs BRL 890 a year, and members get priority on weekend bookings", "BRL 890 a year", 890, 890, "BRL/year", "=", "Clube Obturador membership", "yearly fee", "price")
aq = "Film students with a valid card get 25% off"
sq = "Film students with a valid card get 25% off, so a BRL 1.200 rental costs BRL 900"
cl(H, aq, sq, "25% off", 25, 25, "%", "=", "film student rental", "discount", "percentage")
cl(H, aq, sq, "BRL 1.200", 1200, 1200, "BRL", "=", "example student rental", "full price", "price")
cl(H, aq, sq, "BRL 900", 900, 900, "BRL", "=", "example student rental", "discounted price", "price")
aq = "Our technicians take up to 10 working days"
cl(H, aq, "Our technicians take up to 10 working days to assess equipment returned damaged, and repairs are charged at cost", "up to 10 working days", None, 10, "working day", "<=", "assessment of damaged equipment", "turnaround", "duration")
aq = "Customers aged 21 and older can rent"
cl(H, aq, "Customers aged 21 and older can rent in their own name without a guarantor", "aged 21 and older", 21, None, "year", ">=", "renting without a guarantor", "minimum age", "limit")

# Master Data FAQ search response (11 answers)
aq = "We block 30% of what the equipment is worth"
cl(J, aq, "We block 30% of what the equipment is worth on your credit card as caução", "30%", 30, 30, "%", "=", "deposit (caução)", "share of the equipment value", "percentage")
aq = "A reservation may be called off at no cost"
cl(J, aq, "A reservation may be called off at no cost until 24 hours before collection time", "24 hours", 24, 24, "hour", "=", "free cancellation", "cut-off before pickup", "duration")
aq = "There is a tolerance of 1 hour on returns"
cl(J, aq, "There is a tolerance of 1 hour on returns; later than that, an extra daily is charged", "1 hour", 1, 1, "hour", "=", "late return without a fee", "grace period", "duration")
aq = "Club members get 15% off every rental"
sq = "Club members get 15% off every rental, so a 2.000 reais rental costs them 1.650 reais"
cl(J, aq, sq, "15% off", 15, 15, "%", "=", "Clube Obturador member rental", "discount", "percentage")
cl(J, aq, sq, "2.000 reais", 2000, 2000, "BRL", "=", "example member rental", "full price", "price")
cl(J, aq, sq, "1.650 reais", 1650, 1650, "BRL", "=", "example member rental", "discounted price", "price")
aq = "As of 2025, the main stage covers"
cl(J, aq, "As of 2025, the main stage covers 180 square metres after the expansion into the building next door", "180 square metres", 180, 180, "m2", "=", "Estúdio 1", "floor area", "size")
aq = "As of 2023, the yearly fee for the Obturador club"
cl(J, aq, "As of 2023, the yearly fee for the Obturador club is 600 reais, paid by Pix or card", "600 reais", 600, 600, "BRL/year", "=", "Clube Obturador membership", "yearly fee", "price")
aq = "Yes. On Sundays and public holidays"
cl(J, aq, "On Sundays and public holidays the podcast room costs 180 reais an hour", "180 reais an hour", 180, 180, "BRL/hour", "=", "podcast room on Sundays and public holidays", "hourly price", "price")
aq = "Set aside an hour and a half"
cl(J, aq, "Set aside an hour and a half to test a camera package at the bench before you take it away", "an hour and a half", 90, 90, "minute", "=", "camera checkout at the test bench", "length", "duration")
aq = "There is no maximum."
cl(J, aq, "For example, a feature film might keep a camera package for 40 days", "40 days", 40, 40, "day", "=", "example feature film", "rental length", "duration", True)
aq = "Sensor cleaning for a mirrorless or cinema camera"
cl(J, aq, "Sensor cleaning for a mirrorless or cinema camera costs 220 reais, booked at the bench", "220 reais", 220, 220, "BRL", "=", "sensor cleaning", "price", "price")
aq = "Renters under 21 need a guarantor"
cl(J, aq, "Renters under 21 need a guarantor (fiador) who signs the contract with them", "under 21", 21, None, "year", ">=", "renting without a guarantor", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
