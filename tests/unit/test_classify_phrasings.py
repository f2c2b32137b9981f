"""Short everyday phrasings of each right, in the four languages: one sentence, no legal words
where people use none. Probed blind against the classifier, the misses fixed by general rules."""

from __future__ import annotations

import pytest

from worker.classify import classify

# expected types (comma-separated, empty for no request) | the mail's only sentence
PHRASINGS = """
objection | Hou op met me te bellen.
objection | Bel mij niet meer op.
objection | Stop met mij op te bellen voor reclame.
objection | Ik wil geen reclamefolders meer in mijn brievenbus.
objection | Stuur mij geen reclame meer per post.
objection | Ne m'appelez plus.
objection | Je ne veux plus être démarché par téléphone.
objection | Rufen Sie mich nicht mehr an.
objection | Hören Sie auf, mich anzurufen.
objection | Ich will keine Werbung mehr per Post.
objection | Don't phone me again.
objection | I object to you profiling me.
objection | Ik verzet me tegen het gebruik van mijn gegevens voor jullie marketing.
marketing_opt_out | Schrijf me uit van jullie mailinglijst.
marketing_opt_out | Geen mails meer aub.
marketing_opt_out | Ik wil geen sms'jes meer van jullie.
marketing_opt_out | Plus de newsletters svp.
marketing_opt_out | Retirez-moi de votre liste de diffusion.
marketing_opt_out | Keine E-Mails mehr bitte.
marketing_opt_out | Ich möchte Ihren Newsletter nicht mehr erhalten.
marketing_opt_out | Stop sending me emails.
marketing_opt_out | Take me off your mailing list.
access | Welke gegevens hebben jullie van mij?
access | Ik wil graag een kopie van mijn persoonsgegevens.
access | Quelles données avez-vous sur moi ?
access | Je demande l'accès à mes données personnelles.
access | Welche Daten haben Sie über mich?
access | Ich bitte um Auskunft nach Art. 15 DSGVO.
access | What data do you hold about me?
access | Subject access request.
access | Hoe komen jullie aan mijn gegevens?
access | Kan ik zien wat er in mijn klantendossier staat?
access | Je voudrais consulter mon dossier client.
access | Was steht in Ihrer Kartei über mich?
access | Could you let me see my file?
| Please attach the file I sent you to my order.
erasure | Verwijder al mijn gegevens.
erasure | Wis mijn account.
erasure | Ik wil vergeten worden.
erasure | Effacez toutes mes données.
erasure | Je veux que vous supprimiez toutes les informations me concernant.
erasure | Löschen Sie mein Konto.
erasure | Ich will, dass Sie alles über mich vergessen.
erasure | Please erase my personal data.
erasure | Remove all my data from your systems.
erasure | I want to be forgotten.
rectification | Mijn naam is verkeerd gespeld, het is Peeters met dubbel e.
rectification | Gelieve mijn telefoonnummer aan te passen naar 0470 12 34 56.
rectification | Mon adresse a changé : rue de la Gare 5, 7500 Tournai.
rectification | Veuillez corriger ma date de naissance.
rectification | Bitte korrigieren Sie meine Adresse.
rectification | Meine neue Adresse lautet Hauptstraße 1, 4700 Eupen.
rectification | My surname is misspelled, please correct it.
rectification | Please update my email address to jan@mail.example.
rectification | Please replace my old e-mail address with jan@new.example.
rectification | Vervang mijn oude e-mailadres door jan@new.example.
rectification | Remplacez mon ancienne adresse e-mail par jan@new.example.
rectification | Bitte ersetzen Sie meine alte E-Mail-Adresse durch jan@new.example.
| Kunnen jullie de kapotte rits vervangen door een nieuwe, mijn bestelnummer is 123.
| Please replace the damaged jacket in my order with a new one.
restriction | Gebruik mijn gegevens niet meer tot het geschil is opgelost.
restriction | Ik vraag de beperking van de verwerking van mijn gegevens.
restriction | Je demande la limitation du traitement de mes données.
restriction | Gelen Sie meine Daten sperren.
restriction | Bitte schränken Sie die Verarbeitung meiner Daten ein.
restriction | Don't delete my data yet, I need it for a court case, but stop using it.
portability | Ik wil mijn gegevens meenemen naar een andere leverancier.
portability | Stuur mij mijn gegevens in een CSV-bestand.
portability | Je souhaite récupérer mes données dans un format lisible par machine.
portability | Ich möchte meine Daten übertragen lassen.
portability | Bitte senden Sie mir meine Daten als CSV-Datei.
portability | Please transfer my data to my new provider.
complaint | Ik heb een klacht ingediend bij de Gegevensbeschermingsautoriteit.
complaint | Je porte plainte auprès de l'APD.
complaint | Ich beschwere mich über den Umgang mit meinen Daten.
complaint | I am filing a complaint about how you handled my data.
complaint | Ik ben niet tevreden over hoe jullie met mijn gegevens omgaan.
access,erasure | Send me what you have on me, and then delete it all.
access,erasure | Envoyez-moi une copie de mes données puis supprimez-les.
access,erasure | Schicken Sie mir eine Kopie meiner Daten und löschen Sie sie danach.
objection,marketing_opt_out | Geen nieuwsbrief meer en ook niet meer bellen.
| Wanneer wordt mijn bestelling geleverd?
| Pouvez-vous m'envoyer une copie de ma facture ?
| Können Sie mir die Rechnung noch einmal schicken?
| Thank you for your quick answer.
| Hebben jullie nog vacatures voor een magazijnmedewerker?
access | I don't want my data deleted, just a copy.
access | Je ne veux pas que mes données soient supprimées, juste une copie.
access | Ik wil niet dat mijn gegevens gewist worden, enkel een kopie.
access | Ich möchte nicht, dass meine Daten gelöscht werden, nur eine Kopie.
"""


def _cases() -> list[tuple[frozenset[str], str]]:
    cases = []
    for line in PHRASINGS.strip().splitlines():
        want, _, text = line.partition("|")
        cases.append((frozenset(w for w in want.strip().split(",") if w), text.strip()))
    return cases


@pytest.mark.parametrize(("want", "text"), _cases(), ids=[text for _, text in _cases()])
def test_everyday_phrasing(want, text):
    got = classify("", text)
    assert {t.value for t in got.request_types} == want
    if want:
        assert got.confidence >= 0.6
