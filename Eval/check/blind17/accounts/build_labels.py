#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the accounts domain (Quillstone)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "customer-answers.txt", "support-desk-notes.md", "help-centre.html", "kb-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The support notes accept bank statements as CSV, OFX or QIF, while the help centre accepts CSV and OFX only.",
  "bank statement file formats that can be imported", side(M, "Bank statements can be imported as CSV, OFX or QIF files"), side(H, "Statement imports accept CSV and OFX only")),
 ("list", "The customer answers offer payroll on Team and Team Plus, while the knowledge-base export offers it to Team Plus subscribers only.",
  "plans that can add payroll", side(T, "Payroll is available as an add-on on both Team and Team Plus"), side(J, "Only Team Plus subscribers can switch on the payroll add-on")),
 ("list", "The help centre pays staff weekly, fortnightly, four-weekly or monthly, while the knowledge-base export allows weekly or monthly only.",
  "pay frequencies supported by payroll", side(H, "Payroll can pay staff weekly, fortnightly, four-weekly or monthly"), side(J, "Pay runs can only be weekly or monthly")),
 # polarity
 ("polarity", "The customer answers say Solo can invoice in foreign currencies, while the help centre says multi-currency invoicing isn't included in Solo.",
  "multi-currency invoicing on the Solo plan", side(T, "Solo lets you invoice customers in foreign currencies such as euros and US dollars"), side(H, "Multi-currency invoicing isn't included in Solo")),
 ("polarity", "The support notes ask for card details at the start of a free trial, while the knowledge-base export says no card is needed.",
  "card needed to start the free trial", side(M, "We ask for card details when a customer starts a free trial"), side(J, "You don't need a card to start your free trial")),
 ("polarity", "The customer answers keep read-only access to the books after cancelling, while the help centre says access to the account ends with the subscription.",
  "access to your books after cancelling", side(T, "you can still log in and view your books in read-only mode"), side(H, "Once your subscription ends, you lose access to your account")),
 # numeric
 ("numeric", "The support notes keep a cancelled customer's data for 6 years, while the knowledge-base export deletes it after 90 days.",
  "how long data is kept after cancellation", side(M, "We keep a cancelled customer's data for 6 years"), side(J, "Data from cancelled accounts is permanently deleted after 90 days")),
 ("numeric", "The customer answers allow up to 20 sales invoices a month on Solo, while the support notes cap Solo at 30.",
  "monthly invoice limit on the Solo plan", side(T, "Solo covers up to 20 sales invoices a month"), side(M, "Solo is capped at 30 invoices per month")),
 ("numeric", "The help centre keeps phone support open until 6pm on weekdays, while the knowledge-base export closes the phone lines at 5.30pm.",
  "closing time of phone support on weekdays", side(H, "Phone support runs from 8am to 6pm, Monday to Friday"), side(J, "Our phone lines are open on weekdays and close at 5.30pm")),
 ("numeric", "The support notes price payroll at £1.50 per employee a month excluding VAT, while the customer answers say £2 a month plus VAT.",
  "payroll price per employee per month before VAT", side(M, "Payroll is £1.50 per employee per month, excluding VAT"), side(T, "Each employee you pay through Quillstone adds £2 a month plus VAT")),
 # arithmetic
 ("arithmetic", "£24 plus 20% VAT is £28.80, not £29.80.",
  "Team plan price including VAT", side(H, "The Team plan is £24 a month plus VAT at 20%"), side(H, "which comes to £29.80 a month in total")),
 ("arithmetic", "Ten months of Team Plus at £40 is £400, not £440.",
  "yearly price of Team Plus with annual billing", side(J, "With annual billing you pay for ten months and get twelve"), side(J, "On Team Plus (£40 a month) that means a yearly bill of £440")),
 ("arithmetic", "160 scans is 60 over the 100 included, and 60 x 5p is £3, not £2.",
  "charge for extra receipt scans on Team", side(T, "Team includes 100 receipt scans a month and extra scans cost 5p each"), side(T, "so 160 scans in a month adds £2 to your bill")),
 # stale
 ("stale", "A 2023 note prices Solo at £10 a month plus VAT, while the help centre gives £12 excluding VAT from April 2025.",
  "Solo plan price before VAT", side(M, "(2023) Solo is £10 a month plus VAT"), side(H, "From April 2025, the Solo plan costs £12 per month")),
 ("stale", "A 2022 article refreshes bank feeds once a day, while a 2024 answer says every 4 hours.",
  "how often bank feeds refresh", side(J, "(2022) Bank feeds refresh once a day, overnight"), side(T, "Since 2024, bank feeds update every 4 hours")),
 ("stale", "A 2023 note limits attachments to 10 MB, while the help centre allows 25 MB as of 2025.",
  "maximum attachment size", side(M, "(2023) Attachments can be up to 10 MB each"), side(H, "As of 2025, you can attach files of up to 25 MB")),
]

traps = [
 ("Similarly named plans: Team includes 3 users, Team Plus up to 10.",
  side(M, "The Team plan includes 3 users"), side(J, "Team Plus has room for up to 10 users")),
 ("Different condition (with or without VAT): Team Plus is £48 a month including VAT and £40 excluding it (£40 plus 20% is £48).",
  side(T, "Team Plus costs £48 a month including VAT"), side(J, "Team Plus is listed at £40 per month excluding VAT")),
 ("Different region: UK customers pay VAT at 20%, businesses in Jersey or Guernsey pay none.",
  side(M, "UK customers are charged VAT at 20% on top of the plan price"), side(H, "Businesses based in Jersey or Guernsey pay no VAT on their subscription")),
 ("Different tier: Solo comes with 5 GB of storage, Team Plus with 50 GB.",
  side(T, "Solo comes with 5 GB of file storage"), side(J, "Team Plus accounts get 50 GB of storage")),
 ("Different condition (how the trial starts): a partner trial lasts 60 days, the standard trial 30 days.",
  side(M, "Trials started through an accountant partner last 60 days"), side(H, "The standard free trial lasts 30 days")),
 ("Same value in other units: 30 minutes is half an hour.",
  side(T, "we sign you out after 30 minutes of inactivity"), side(H, "Sessions time out after half an hour without activity")),
 ("Correct computation: 3 blocks of 10 GB at £3 is £9 a month.",
  side(M, "Extra storage comes in 10 GB blocks at £3 a month each"), side(M, "so adding 30 GB costs £9 a month")),
 ("Correct percentage: 25% off £24 is £18.",
  side(J, "Registered charities get 25% off any plan"), side(J, "so Team drops from £24 to £18 a month")),
 ("About 2 working days lies inside the 1 to 3 working day range.",
  side(H, "Connecting a bank feed usually takes 1 to 3 working days"), side(J, "Most bank feeds are live in about 2 working days")),
 ("15 minutes is a hedged example ('For example ... might') for the simplest case, not the usual set-up time of about 45 minutes.",
  side(M, "a sole trader with a single bank account might be set up in 15 minutes"), side(T, "Setting up a new business usually takes about 45 minutes")),
 ("One bank account on Solo is explicitly the pre-2024 allowance; up to 2 is current.",
  side(J, "Solo used to include just one bank account before the 2024 plan changes"), side(H, "You can now connect up to 2 bank accounts on Solo")),
 ("'Up to 2 working days' is the month-end maximum; emails are usually answered within 4 hours.",
  side(M, "email replies can take up to 2 working days"), side(T, "We usually answer emails within 4 hours during office hours")),
 ("The integrations list is open ('such as'), so a Square connection is consistent.",
  side(M, "integrations such as Stripe, PayPal, Shopify and GoCardless"), side(H, "Square can be connected too, and card sales flow into your books")),
 ("The same 2-working-day pay run approval rule stated in both directions.",
  side(T, "Pay runs need approving at least 2 working days before payday"), side(J, "Approvals made in the last 2 working days before payday miss the BACS deadline")),
]

DOMAIN = ("Quillstone, a fictional UK cloud accounting and payroll subscription for small businesses (prices in pounds "
          "sterling, with and without 20% VAT): the Solo, Team and Team Plus plans, user seats, invoice, scan and storage "
          "limits, the payroll add-on and pay runs, annual billing and discounts, free trials, bank feeds and statement "
          "imports, integrations, attachments, data retention after cancellation, sessions and support hours.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
CL = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    CL.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
               "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# customer answers (10 answers)
aq = "Solo covers up to 20 sales invoices a month"
cl(T, aq, "Solo covers up to 20 sales invoices a month; quotes and credit notes don't count towards that", "up to 20 sales invoices a month", None, 20, "invoices/month", "<=", "Solo plan", "sales invoices per month", "limit")
aq = "Each employee you pay through Quillstone"
cl(T, aq, "Each employee you pay through Quillstone adds £2 a month plus VAT, and there's nothing to pay in a month when you don't run payroll", "£2 a month", 2, 2, "GBP/month", "=", "payroll add-on, per employee", "price before VAT", "price")
aq = "Team includes 100 receipt scans a month"
sq = "Team includes 100 receipt scans a month and extra scans cost 5p each, so 160 scans in a month adds £2 to your bill"
cl(T, aq, sq, "100 receipt scans a month", 100, 100, "scans/month", "=", "Team plan", "receipt scans included", "count")
cl(T, aq, sq, "5p each", 0.05, 0.05, "GBP", "=", "extra receipt scan on Team", "price per scan", "price")
cl(T, aq, sq, "160 scans", 160, 160, "scans", "=", "receipt scan example on Team", "scans in a month", "count")
cl(T, aq, sq, "£2", 2, 2, "GBP", "=", "160 receipt scans in a month on Team", "extra charge", "price")
aq = "Since 2024, bank feeds update every 4 hours"
cl(T, aq, "Since 2024, bank feeds update every 4 hours, so new transactions usually show up the same day", "every 4 hours", 4, 4, "hour", "=", "bank feeds", "refresh interval", "duration")
aq = "Team Plus costs £48 a month including VAT"
cl(T, aq, "Team Plus costs £48 a month including VAT, billed on the same date each month", "£48 a month", 48, 48, "GBP/month", "=", "Team Plus plan", "price including VAT", "price")
aq = "Solo comes with 5 GB of file storage"
cl(T, aq, "Solo comes with 5 GB of file storage, which is plenty for most sole traders' receipts and invoices", "5 GB", 5, 5, "GB", "=", "Solo plan", "file storage included", "other")
aq = "For security, we sign you out after 30 minutes"
cl(T, aq, "For security, we sign you out after 30 minutes of inactivity, and anything you were typing is kept as a draft", "30 minutes", 30, 30, "minute", "=", "signed-in session", "inactivity timeout", "duration")
aq = "Setting up a new business usually takes about 45 minutes"
cl(T, aq, "Setting up a new business usually takes about 45 minutes, including importing your contacts and entering opening balances", "about 45 minutes", 45, 45, "minute", "~", "setting up a new business", "typical set-up time", "duration")
aq = "We usually answer emails within 4 hours"
cl(T, aq, "We usually answer emails within 4 hours during office hours, and live chat is quicker still", "within 4 hours", None, 4, "hour", "<=", "email support", "typical reply time", "duration")
aq = "Pay runs need approving at least 2 working days before payday"
cl(T, aq, "Pay runs need approving at least 2 working days before payday, so that your staff are paid on time by BACS", "at least 2 working days", 2, None, "working day", ">=", "pay run approval", "notice before payday", "duration")

# support desk notes (11 answers)
aq = "We keep a cancelled customer's data for 6 years"
cl(M, aq, "We keep a cancelled customer's data for 6 years, in line with HMRC record-keeping rules, and we can restore the account if they come back", "6 years", 6, 6, "year", "=", "cancelled account", "data retention", "duration")
aq = "Solo is capped at 30 invoices per month."
cl(M, aq, "Solo is capped at 30 invoices per month", "capped at 30 invoices per month", None, 30, "invoices/month", "<=", "Solo plan", "sales invoices per month", "limit")
aq = "Payroll is £1.50 per employee per month"
cl(M, aq, "Payroll is £1.50 per employee per month, excluding VAT", "£1.50", 1.5, 1.5, "GBP/month", "=", "payroll add-on, per employee", "price before VAT", "price")
aq = "(2023) Solo is £10 a month plus VAT"
cl(M, aq, "(2023) Solo is £10 a month plus VAT, with no setup fee and no minimum term", "£10 a month", 10, 10, "GBP/month", "=", "Solo plan", "price before VAT", "price")
aq = "(2023) Attachments can be up to 10 MB each"
cl(M, aq, "(2023) Attachments can be up to 10 MB each, so larger PDFs need compressing first", "up to 10 MB", None, 10, "MB", "<=", "attachment", "maximum file size", "limit")
aq = "UK customers are charged VAT at 20%"
cl(M, aq, "UK customers are charged VAT at 20% on top of the plan price, and the invoice shows it on a separate line", "20%", 20, 20, "%", "=", "UK customers", "VAT rate", "percentage")
aq = "Trials started through an accountant partner last 60 days"
cl(M, aq, "Trials started through an accountant partner last 60 days, which gives the partner time to move the client's books across", "60 days", 60, 60, "day", "=", "free trial started through an accountant partner", "trial length", "duration")
aq = "The Team plan includes 3 users."
cl(M, aq, "The Team plan includes 3 users", "3 users", 3, 3, "users", "=", "Team plan", "users included", "count")
aq = "Extra storage comes in 10 GB blocks"
sq = "Extra storage comes in 10 GB blocks at £3 a month each, so adding 30 GB costs £9 a month"
cl(M, aq, sq, "10 GB blocks", 10, 10, "GB", "=", "extra storage block", "block size", "other")
cl(M, aq, sq, "£3 a month each", 3, 3, "GBP/month", "=", "extra storage block of 10 GB", "price", "price")
cl(M, aq, sq, "30 GB", 30, 30, "GB", "=", "extra storage example", "storage added", "other")
cl(M, aq, sq, "£9 a month", 9, 9, "GBP/month", "=", "30 GB of extra storage", "price", "price")
aq = "It varies."
sq = "For example, a sole trader with a single bank account might be set up in 15 minutes"
cl(M, aq, sq, "a single bank account", 1, 1, "bank accounts", "=", "sole trader in the set-up example", "bank accounts", "count", True)
cl(M, aq, sq, "15 minutes", 15, 15, "minute", "=", "sole trader with one bank account", "set-up time", "duration", True)
aq = "At month end and around the January tax deadline"
cl(M, aq, "At month end and around the January tax deadline, email replies can take up to 2 working days", "up to 2 working days", None, 2, "working day", "<=", "email support at busy times", "maximum reply time", "duration")

# help centre (7 answers)
aq = "From April 2025, the Solo plan costs £12 per month"
cl(H, aq, "From April 2025, the Solo plan costs £12 per month, excluding VAT", "£12 per month", 12, 12, "GBP/month", "=", "Solo plan", "price before VAT", "price")
aq = "The Team plan is £24 a month plus VAT at 20%"
sq = "The Team plan is £24 a month plus VAT at 20%, which comes to £29.80 a month in total"
cl(H, aq, sq, "£24 a month", 24, 24, "GBP/month", "=", "Team plan", "price before VAT", "price")
cl(H, aq, sq, "20%", 20, 20, "%", "=", "VAT", "tax rate", "percentage")
cl(H, aq, sq, "£29.80 a month", 29.8, 29.8, "GBP/month", "=", "Team plan", "price including VAT", "price")
aq = "The standard free trial lasts 30 days"
cl(H, aq, "The standard free trial lasts 30 days and includes every feature of Team Plus", "30 days", 30, 30, "day", "=", "standard free trial", "trial length", "duration")
aq = "Connecting a bank feed usually takes 1 to 3 working days"
cl(H, aq, "Connecting a bank feed usually takes 1 to 3 working days, depending on your bank", "1 to 3 working days", 1, 3, "working day", "=", "connecting a bank feed", "time to go live", "duration")
aq = "You can now connect up to 2 bank accounts on Solo"
cl(H, aq, "You can now connect up to 2 bank accounts on Solo, for instance a current account and a business savings account", "up to 2 bank accounts", None, 2, "bank accounts", "<=", "Solo plan", "bank accounts connected", "limit")
aq = "As of 2025, you can attach files of up to 25 MB"
cl(H, aq, "As of 2025, you can attach files of up to 25 MB to any invoice, bill or expense claim", "up to 25 MB", None, 25, "MB", "<=", "attachment", "maximum file size", "limit")
aq = "Sessions time out after half an hour without activity"
cl(H, aq, "Sessions time out after half an hour without activity, to keep your books safe on shared computers", "half an hour", 0.5, 0.5, "hour", "=", "signed-in session", "inactivity timeout", "duration")

# knowledge-base export (10 answers)
aq = "Data from cancelled accounts is permanently deleted after 90 days"
cl(J, aq, "Data from cancelled accounts is permanently deleted after 90 days, so download anything you need to keep before then", "90 days", 90, 90, "day", "=", "cancelled account", "data retention", "duration")
aq = "With annual billing you pay for ten months and get twelve."
cl(J, aq, "With annual billing you pay for ten months and get twelve", "ten months", 10, 10, "months", "=", "annual billing", "months paid for", "count")
cl(J, aq, "With annual billing you pay for ten months and get twelve", "twelve", 12, 12, "months", "=", "annual billing", "months of service", "count")
sq = "On Team Plus (£40 a month) that means a yearly bill of £440 before VAT"
cl(J, aq, sq, "£40 a month", 40, 40, "GBP/month", "=", "Team Plus plan", "price before VAT", "price")
cl(J, aq, sq, "£440", 440, 440, "GBP/year", "=", "Team Plus plan with annual billing", "yearly price before VAT", "price")
aq = "(2022) Bank feeds refresh once a day, overnight"
cl(J, aq, "(2022) Bank feeds refresh once a day, overnight, so today's transactions appear the next morning", "once a day", 1, 1, "refreshes/day", "=", "bank feeds", "refreshes per day", "count")
aq = "Team Plus is listed at £40 per month excluding VAT."
cl(J, aq, "Team Plus is listed at £40 per month excluding VAT", "£40 per month", 40, 40, "GBP/month", "=", "Team Plus plan", "price before VAT", "price")
aq = "Team Plus accounts get 50 GB of storage"
cl(J, aq, "Team Plus accounts get 50 GB of storage for receipts and documents", "50 GB", 50, 50, "GB", "=", "Team Plus plan", "file storage included", "other")
aq = "Team Plus has room for up to 10 users"
cl(J, aq, "Team Plus has room for up to 10 users, each with their own login and permissions", "up to 10 users", None, 10, "users", "<=", "Team Plus plan", "users included", "limit")
aq = "Registered charities get 25% off any plan"
sq = "Registered charities get 25% off any plan, so Team drops from £24 to £18 a month"
cl(J, aq, sq, "25% off", 25, 25, "%", "=", "charity discount", "discount on any plan", "percentage")
cl(J, aq, sq, "£24", 24, 24, "GBP/month", "=", "Team plan", "price before discount", "price")
cl(J, aq, sq, "£18 a month", 18, 18, "GBP/month", "=", "Team plan for a registered charity", "price after discount", "price")
aq = "Most bank feeds are live in about 2 working days"
cl(J, aq, "Most bank feeds are live in about 2 working days, and we'll email you once the first transactions arrive", "about 2 working days", 2, 2, "working day", "~", "connecting a bank feed", "time to go live", "duration")
aq = "Solo used to include just one bank account"
cl(J, aq, "Solo used to include just one bank account before the 2024 plan changes", "just one bank account", 1, 1, "bank accounts", "=", "Solo plan before 2024", "bank accounts connected", "limit")
aq = "Approvals made in the last 2 working days"
cl(J, aq, "Approvals made in the last 2 working days before payday miss the BACS deadline, so staff would be paid late", "the last 2 working days", 2, None, "working day", ">=", "pay run approval", "notice before payday", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in CL:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(CL)} claims")
