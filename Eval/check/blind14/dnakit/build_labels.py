#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the dnakit domain (Rootline home DNA test kits)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "help-answers.txt", "lab-and-support-notes.md", "faq.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The help answers ship kits to Ireland, the UK, France, Germany and the Netherlands, while the knowledge base delivers to Ireland, the UK and France only.",
  "countries kits are shipped to", side(T, "We ship kits to Ireland, the UK, France, Germany and the Netherlands"), side(J, "Kits can be delivered to addresses in Ireland, the UK and France only")),
 ("list", "The FAQ says Origins Plus adds three health report sets (carrier status, wellness, traits), while the lab notes list four, adding medication response.",
  "health reports included in Origins Plus", side(H, "Origins Plus adds three health report sets: carrier status, wellness and traits"), side(M, "Health reports on the Plus kit cover carrier status, traits, wellness and medication response")),
 ("list", "The lab notes accept Visa, Mastercard and PayPal only, while the FAQ also offers Apple Pay and Klarna at checkout.",
  "accepted payment methods", side(M, "We accept Visa, Mastercard and PayPal only"), side(H, "At checkout you can pay by card, PayPal, Apple Pay or Klarna")),
 # polarity
 ("polarity", "The knowledge base says raw DNA files from other companies can be uploaded, while the help answers say data files from other providers are not accepted.",
  "uploading DNA data from other testing companies", side(J, "you can upload raw DNA files from other testing companies"), side(T, "We don't accept DNA data files from other providers")),
 ("polarity", "The FAQ lets children test if a parent or guardian activates the kit, while the knowledge base refuses samples from anyone under 18 even with a parent's permission.",
  "testing children under 18", side(H, "Children can take a test as long as a parent or guardian activates the kit"), side(J, "We can't process samples from anyone under 18")),
 ("polarity", "The help answers say DNA Relatives is off until the customer joins, while the lab notes say every customer is added automatically.",
  "whether DNA Relatives matching is opt-in", side(T, "DNA Relatives is switched off until you choose to join it"), side(M, "Every customer is added to DNA Relatives automatically when their results come in")),
 # numeric
 ("numeric", "The help answers say most results are ready within 3 weeks of the lab receiving the sample, while the FAQ says lab processing takes six to eight weeks from arrival.",
  "time from sample arrival at the lab to results", side(T, "Most results are ready within 3 weeks of the lab receiving your sample"), side(H, "Lab processing takes six to eight weeks from the day your sample arrives")),
 ("numeric", "The knowledge base gives 30 days to return an unopened kit, while the lab notes allow refunds on sealed kits for only 14 days.",
  "return window for an unopened kit", side(J, "Unopened kits can be returned for a full refund within 30 days"), side(M, "Refunds on sealed kits are only possible for 14 days after delivery")),
 ("numeric", "The lab notes keep leftover saliva for five years, while the knowledge base keeps the sample for 2 years before destroying it.",
  "how long the saliva sample is kept", side(M, "Leftover saliva is stored in our biobank for five years"), side(J, "We keep it for 2 years and then destroy it")),
 ("numeric", "The FAQ says not to eat or drink for 30 minutes before spitting, while the help answers say a full hour.",
  "no food or drink before giving the sample", side(H, "Don't eat, drink, smoke or chew gum for 30 minutes before you spit"), side(T, "Avoid food and drink for a full hour before giving your sample")),
 # arithmetic
 ("arithmetic", "€237 separately minus €199 for the Family Pack is a €38 saving, not €48.",
  "saving on the Family Pack", side(T, "The Family Pack of three Origins kits is €199, compared with €237 bought separately"), side(T, "so you save €48 on the three")),
 ("arithmetic", "30% off €60 is €42, not €36.",
  "sale price of the Health Upgrade", side(H, "During the spring sale the Health Upgrade is 30% off its usual €60"), side(H, "so you pay €36 to add health reports to an Origins account")),
 ("arithmetic", "12 x €6.99 is €83.88, so €59 a year saves €24.88, about 30%, not about half.",
  "saving on annual Tree Builder", side(M, "Tree Builder is €6.99 a month or €59 for the year"), side(M, "which saves you about half compared with paying monthly")),
 # stale
 ("stale", "A 2022 answer gives 1,100 reference regions, while a 2025 answer gives 1,600.",
  "number of ancestry reference regions", side(J, "(2022) Our ancestry reference panel covers 1,100 regions"), side(T, "As of 2025, Origins compares your DNA with 1,600 reference regions")),
 ("stale", "A 2023 note gives app version 3.2 as current, while a 2025 answer gives version 4.0.",
  "current Rootline app version", side(M, "(2023) The current version of the Rootline app is 3.2"), side(J, "As of 2025, the latest Rootline app release is version 4.0")),
 ("stale", "A 2022 answer says the chip reads around 640,000 markers, while since 2024 every kit runs on a chip reading about 700,000.",
  "number of markers read by the genotyping chip", side(H, "(2022) Our genotyping chip reads around 640,000 markers"), side(M, "Since 2024, every kit is run on a chip that reads about 700,000 markers")),
]

traps = [
 ("Different region: 2 to 3 working days to Irish addresses, 4 to 6 to the UK.",
  side(H, "Kits usually reach Irish addresses in 2 to 3 working days"), side(J, "UK deliveries take 4 to 6 working days")),
 ("Different tier: free accounts hold trees of up to 250 people, Tree Builder members up to 10,000.",
  side(T, "Free accounts can build family trees of up to 250 people"), side(M, "Tree Builder members can add up to 10,000 people to a single tree")),
 ("Different condition (day): weekday phone hours 9am to 5pm, Saturday 10am to 2pm.",
  side(J, "Our phone lines are open 9am to 5pm, Monday to Friday"), side(H, "On Saturdays the team answers calls from 10am to 2pm")),
 ("Different order size: a single kit costs €3.95 to deliver, three or more kits ship free.",
  side(M, "Delivery on a single kit is €3.95 anywhere in Ireland"), side(T, "Orders of three or more kits ship free")),
 ("Similarly named products: Origins (ancestry only) is €79, Origins Plus (ancestry and health) €149.",
  side(J, "The Origins kit costs €79 and covers ancestry only"), side(T, "Origins Plus is €149, with both ancestry and health reports")),
 ("Same value in other units: 48 hours is two days.",
  side(T, "Post the tube back within 48 hours of filling it"), side(H, "Please get your sample in the post within two days of spitting")),
 ("Correct computation: 5 x €10 = €50.",
  side(J, "Each friend who buys a kit with your link earns you €10 credit"), side(J, "so five referrals add up to €50 off your next order")),
 ("Correct percentage: 15% off €79 is €67.15.",
  side(H, "Members of partner genealogy societies get 15% off Origins"), side(H, "which brings €79 down to €67.15")),
 ("The typical 20 MB download lies inside the 15 to 25 MB range.",
  side(M, "A raw data file is usually between 15 and 25 MB"), side(J, "Expect a download of around 20 MB")),
 ("10 days is a hedged example for a tube posted from rural France ('For example ... might'), not the usual transit time of within 4 days.",
  side(M, "a tube posted from rural France might take 10 days to reach the lab"), side(T, "Samples usually reach our lab within 4 days of posting")),
 ("The €5.99 Tree Builder price is explicitly the pre-2024 price; €6.99 is current.",
  side(J, "Tree Builder used to be €5.99 a month before the 2024 price change"), side(H, "A Tree Builder membership costs €6.99 per month")),
 ("'Up to 5,000 matches' is the maximum shown; a typical list has around 1,200.",
  side(H, "DNA Relatives can show up to 5,000 matches"), side(M, "A typical match list has around 1,200 relatives")),
 ("The traits list is open ('things like'), so an earwax report is consistent.",
  side(T, "Traits reports look at things like eye colour, lactose tolerance and caffeine metabolism"), side(J, "there's also a traits report on earwax type")),
 ("The activation rule stated in both directions.",
  side(M, "Kits must be activated online before you post the sample back"), side(H, "We can't process a sample that hasn't been activated online")),
]

DOMAIN = ("Rootline, a fictional Irish seller of home DNA test kits (Origins and Origins Plus) with a Tree Builder "
          "family-tree membership: shipping countries and delivery, sample collection, lab turnaround, ancestry regions "
          "and chip markers, health and traits reports, DNA Relatives matching, raw data, sample storage, prices, "
          "discounts, refunds, payment methods and phone hours.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in every answer of the four files
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass,
              "hedged": hedged})

# help answers (10 answers)
aq = "Most results are ready within 3 weeks"
cl(T, aq, "Most results are ready within 3 weeks of the lab receiving your sample, and we'll email you the moment they're in", "within 3 weeks", None, 3, "week", "<=", "results after the lab receives the sample", "lab turnaround", "duration")
aq = "Avoid food and drink for a full hour"
cl(T, aq, "Avoid food and drink for a full hour before giving your sample", "a full hour", 1, 1, "hour", "=", "before giving the sample", "no food or drink period", "duration")
aq = "The Family Pack of three Origins kits is €199"
sq = "The Family Pack of three Origins kits is €199, compared with €237 bought separately, so you save €48 on the three"
cl(T, aq, sq, "three", 3, 3, "kits", "=", "Family Pack", "kits per pack", "count")
cl(T, aq, sq, "€199", 199, 199, "EUR", "=", "Family Pack", "price", "price")
cl(T, aq, sq, "€237", 237, 237, "EUR", "=", "three Origins kits bought separately", "price", "price")
cl(T, aq, sq, "€48", 48, 48, "EUR", "=", "Family Pack", "saving against separate kits", "price")
aq = "As of 2025, Origins compares your DNA with 1,600 reference regions"
cl(T, aq, "As of 2025, Origins compares your DNA with 1,600 reference regions across Europe, Africa, Asia and the Americas", "1,600 reference regions", 1600, 1600, "regions", "=", "Origins ancestry reference panel", "reference regions", "count")
aq = "Free accounts can build family trees of up to 250 people"
cl(T, aq, "Free accounts can build family trees of up to 250 people, and you don't need a kit to start one", "up to 250 people", None, 250, "people", "<=", "family tree on a free account", "tree size", "limit")
aq = "Orders of three or more kits ship free"
cl(T, aq, "Orders of three or more kits ship free, whichever of our delivery countries you're in", "three or more kits", 3, None, "kits", ">=", "orders that ship free", "kits per order", "count")
aq = "Origins Plus is €149"
cl(T, aq, "Origins Plus is €149, with both ancestry and health reports in the one kit", "€149", 149, 149, "EUR", "=", "Origins Plus kit", "price", "price")
aq = "Post the tube back within 48 hours"
cl(T, aq, "Post the tube back within 48 hours of filling it, using the prepaid envelope in the box", "within 48 hours", None, 48, "hour", "<=", "posting the sample after filling the tube", "time to post", "duration")
aq = "Samples usually reach our lab within 4 days"
cl(T, aq, "Samples usually reach our lab within 4 days of posting, and you can follow each step in the app", "within 4 days", None, 4, "day", "<=", "sample in the post", "transit time to the lab", "duration")

# lab and support notes (10 answers)
aq = "Refunds on sealed kits are only possible for 14 days"
cl(M, aq, "Refunds on sealed kits are only possible for 14 days after delivery", "14 days", None, 14, "day", "<=", "sealed kit refund", "return window", "duration")
aq = "Leftover saliva is stored in our biobank for five years"
cl(M, aq, "Leftover saliva is stored in our biobank for five years, then destroyed", "five years", 5, 5, "year", "=", "leftover saliva sample", "storage period", "duration")
aq = "Tree Builder is €6.99 a month or €59 for the year"
sq = "Tree Builder is €6.99 a month or €59 for the year, which saves you about half compared with paying monthly"
cl(M, aq, sq, "€6.99 a month", 6.99, 6.99, "EUR/month", "=", "Tree Builder paid monthly", "price", "price")
cl(M, aq, sq, "€59 for the year", 59, 59, "EUR/year", "=", "Tree Builder paid annually", "price", "price")
cl(M, aq, sq, "about half", 50, 50, "%", "~", "annual Tree Builder against monthly", "saving", "percentage")
aq = "Since 2024, every kit is run on a chip"
cl(M, aq, "Since 2024, every kit is run on a chip that reads about 700,000 markers", "about 700,000 markers", 700000, 700000, "markers", "~", "genotyping chip", "markers read", "count")
aq = "Tree Builder members can add up to 10,000 people"
cl(M, aq, "Tree Builder members can add up to 10,000 people to a single tree", "up to 10,000 people", None, 10000, "people", "<=", "family tree for Tree Builder members", "tree size", "limit")
aq = "Delivery on a single kit is €3.95"
cl(M, aq, "Delivery on a single kit is €3.95 anywhere in Ireland", "€3.95", 3.95, 3.95, "EUR", "=", "delivery of a single kit in Ireland", "delivery fee", "price")
aq = "A raw data file is usually between 15 and 25 MB"
cl(M, aq, "A raw data file is usually between 15 and 25 MB once zipped", "between 15 and 25 MB", 15, 25, "MB", "=", "raw data file", "file size", "other")
aq = "Post from abroad can be slow."
cl(M, aq, "For example, a tube posted from rural France might take 10 days to reach the lab, so ask the customer to wait before we reissue", "10 days", 10, 10, "day", "=", "tube posted from rural France", "transit time to the lab", "duration", True)
aq = "A typical match list has around 1,200 relatives"
cl(M, aq, "A typical match list has around 1,200 relatives, most of them distant cousins", "around 1,200 relatives", 1200, 1200, "matches", "~", "DNA Relatives match list", "number of matches", "count")

# FAQ page (11 answers)
aq = "Don't eat, drink, smoke or chew gum for 30 minutes"
cl(H, aq, "Don't eat, drink, smoke or chew gum for 30 minutes before you spit", "30 minutes", 30, 30, "minute", "=", "before giving the sample", "no food or drink period", "duration")
cl(H, aq, "Then fill the tube to the wavy line, which is about 2 ml", "about 2 ml", 2, 2, "ml", "~", "saliva sample", "sample volume", "other")
aq = "Please get your sample in the post within two days"
cl(H, aq, "Please get your sample in the post within two days of spitting", "within two days", None, 2, "day", "<=", "posting the sample after spitting", "time to post", "duration")
aq = "(2022) Our genotyping chip reads around 640,000 markers"
sq = "(2022) Our genotyping chip reads around 640,000 markers spread across all 23 pairs of chromosomes"
cl(H, aq, sq, "around 640,000 markers", 640000, 640000, "markers", "~", "genotyping chip", "markers read", "count")
cl(H, aq, sq, "23 pairs", 23, 23, "chromosome pairs", "=", "human genome", "chromosome pairs covered", "count")
aq = "Lab processing takes six to eight weeks"
cl(H, aq, "Lab processing takes six to eight weeks from the day your sample arrives", "six to eight weeks", 6, 8, "week", "=", "results after the sample arrives at the lab", "lab turnaround", "duration")
aq = "Origins Plus adds three health report sets"
cl(H, aq, "Origins Plus adds three health report sets: carrier status, wellness and traits", "three health report sets", 3, 3, "report sets", "=", "Origins Plus", "health report sets", "count")
aq = "DNA Relatives can show up to 5,000 matches"
cl(H, aq, "DNA Relatives can show up to 5,000 matches, sorted by how much DNA you share", "up to 5,000 matches", None, 5000, "matches", "<=", "DNA Relatives match list", "number of matches", "limit")
aq = "Kits usually reach Irish addresses in 2 to 3 working days"
cl(H, aq, "Kits usually reach Irish addresses in 2 to 3 working days", "2 to 3 working days", 2, 3, "working day", "=", "kit delivery to Ireland", "delivery time", "duration")
aq = "During the spring sale the Health Upgrade is 30% off"
sq = "During the spring sale the Health Upgrade is 30% off its usual €60, so you pay €36 to add health reports to an Origins account"
cl(H, aq, sq, "30% off", 30, 30, "%", "=", "Health Upgrade in the spring sale", "discount", "percentage")
cl(H, aq, sq, "€60", 60, 60, "EUR", "=", "Health Upgrade", "usual price", "price")
cl(H, aq, sq, "€36", 36, 36, "EUR", "=", "Health Upgrade in the spring sale", "sale price", "price")
aq = "Members of partner genealogy societies get 15% off Origins"
sq = "Members of partner genealogy societies get 15% off Origins, which brings €79 down to €67.15"
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "Origins for genealogy society members", "discount", "percentage")
cl(H, aq, sq, "€79", 79, 79, "EUR", "=", "Origins kit", "price before discount", "price")
cl(H, aq, sq, "€67.15", 67.15, 67.15, "EUR", "=", "Origins kit for genealogy society members", "price after discount", "price")
aq = "A Tree Builder membership costs €6.99 per month"
cl(H, aq, "A Tree Builder membership costs €6.99 per month and can be cancelled at any time", "€6.99 per month", 6.99, 6.99, "EUR/month", "=", "Tree Builder membership", "price", "price")

# knowledge base (9 answers)
aq = "We can't process samples from anyone under 18"
cl(J, aq, "We can't process samples from anyone under 18, even with a parent's permission", "under 18", 18, None, "year", ">=", "customer giving a sample", "minimum age", "duration")
aq = "Yes, as long as it's still sealed."
cl(J, aq, "Unopened kits can be returned for a full refund within 30 days", "within 30 days", None, 30, "day", "<=", "unopened kit return", "return window", "duration")
aq = "We keep it for 2 years and then destroy it."
cl(J, aq, "We keep it for 2 years and then destroy it", "2 years", 2, 2, "year", "=", "saliva sample", "storage period", "duration")
aq = "(2022) Our ancestry reference panel covers 1,100 regions"
cl(J, aq, "(2022) Our ancestry reference panel covers 1,100 regions, and we add more as the panel grows", "1,100 regions", 1100, 1100, "regions", "=", "ancestry reference panel", "reference regions", "count")
aq = "UK deliveries take 4 to 6 working days"
cl(J, aq, "UK deliveries take 4 to 6 working days, as kits go through customs on the way", "4 to 6 working days", 4, 6, "working day", "=", "kit delivery to the UK", "delivery time", "duration")
aq = "The Origins kit costs €79"
cl(J, aq, "The Origins kit costs €79 and covers ancestry only", "€79", 79, 79, "EUR", "=", "Origins kit", "price", "price")
aq = "Each friend who buys a kit with your link"
sq = "Each friend who buys a kit with your link earns you €10 credit, so five referrals add up to €50 off your next order"
cl(J, aq, sq, "€10 credit", 10, 10, "EUR", "=", "referral", "credit per referral", "price")
cl(J, aq, sq, "five referrals", 5, 5, "referrals", "=", "example referrals", "number of referrals", "count")
cl(J, aq, sq, "€50", 50, 50, "EUR", "=", "five referrals", "total credit", "price")
aq = "Go to Settings, then Privacy"
cl(J, aq, "Expect a download of around 20 MB", "around 20 MB", 20, 20, "MB", "~", "raw data download", "file size", "other")
aq = "Yes. Tree Builder used to be €5.99 a month"
cl(J, aq, "Tree Builder used to be €5.99 a month before the 2024 price change", "€5.99 a month", 5.99, 5.99, "EUR/month", "=", "Tree Builder before 2024", "price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
