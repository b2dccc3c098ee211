<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>LineText</name>
    <message>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>voorgesteld</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>Linked automatically; confirm it to keep it when ConnectWise changes</source>
        <translation>Automatisch gekoppeld; bevestig de koppeling om haar te bewaren als ConnectWise verandert</translation>
    </message>
    <message>
        <source>Suggested link, not yet confirmed</source>
        <translation>Voorgestelde koppeling, nog niet bevestigd</translation>
    </message>
    <message>
        <source>Confirmed link, remembered for next month</source>
        <translation>Bevestigde koppeling, onthouden voor volgende maand</translation>
    </message>
    <message>
        <source>Already in ConnectWise</source>
        <translation>Staat al in ConnectWise</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Doorgezet</translation>
    </message>
    <message>
        <source>Created in ConnectWise</source>
        <translation>Aangemaakt in ConnectWise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Refused: changed in ConnectWise</source>
        <translation>Geweigerd: gewijzigd in ConnectWise</translation>
    </message>
    <message>
        <source>Not pushed</source>
        <translation>Niet doorgezet</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Verkoopprijs</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Inkoopprijs</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>1 correction pushed</source>
        <translation>1 correctie doorgezet</translation>
    </message>
    <message>
        <source>%1 corrections pushed</source>
        <translation>%1 correcties doorgezet</translation>
    </message>
    <message>
        <source>%1 refused because ConnectWise changed since the load; load the month again</source>
        <translation>%1 geweigerd omdat ConnectWise sinds het laden is gewijzigd; laad de maand opnieuw</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>Nothing was pushed</source>
        <translation>Er is niets doorgezet</translation>
    </message>
</context>
<context>
    <name>SettingsWording</name>
    <message>
        <source>Exact Online address</source>
        <translation>Adres van Exact Online</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Client ID (Exact Online)</source>
        <translation>Client-ID (Exact Online)</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source>Invoice source</source>
        <translation>Factuurbron</translation>
    </message>
    <message>
        <source>Customer from</source>
        <translation>Klant uit</translation>
    </message>
    <message>
        <source>Customer pattern</source>
        <translation>Klantpatroon</translation>
    </message>
    <message>
        <source>Item from</source>
        <translation>Artikel uit</translation>
    </message>
    <message>
        <source>Item pattern</source>
        <translation>Artikelpatroon</translation>
    </message>
    <message>
        <source>ConnectWise site</source>
        <translation>ConnectWise-site</translation>
    </message>
    <message>
        <source>ConnectWise company</source>
        <translation>ConnectWise-bedrijf</translation>
    </message>
    <message>
        <source>ConnectWise timeout</source>
        <translation>ConnectWise-time-out</translation>
    </message>
    <message>
        <source>ConnectWise API version</source>
        <translation>ConnectWise-API-versie</translation>
    </message>
    <message>
        <source>Compare invoice price with</source>
        <translation>Factuurprijs vergelijken met</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Database-URL</translation>
    </message>
    <message>
        <source>Price tolerance</source>
        <translation>Prijstolerantie</translation>
    </message>
    <message>
        <source>Quantity tolerance</source>
        <translation>Aantaltolerantie</translation>
    </message>
    <message>
        <source>CSV format</source>
        <translation>CSV-opmaak</translation>
    </message>
</context>
<context>
    <name>il::ApiError</name>
    <message>
        <source>network error</source>
        <translation>netwerkfout</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>geen antwoord op tijd</translation>
    </message>
    <message>
        <source>HTTP %1, unreadable response</source>
        <translation>HTTP %1, onleesbaar antwoord</translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation>onleesbaar antwoord</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 mislukt: %3</translation>
    </message>
</context>
<context>
    <name>il::LineExplanation</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quantity differs</source>
        <translation>Aantal wijkt af</translation>
    </message>
    <message>
        <source>Price differs</source>
        <translation>Prijs wijkt af</translation>
    </message>
    <message>
        <source>Quantity and price differ</source>
        <translation>Aantal en prijs wijken af</translation>
    </message>
    <message>
        <source>Agreement not active</source>
        <translation>Overeenkomst niet actief</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Niet gekoppeld</translation>
    </message>
    <message>
        <source>Σ %1 = %2 (%3 lines)</source>
        <translation>Σ %1 = %2 (%3 regels)</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>verkoopprijs</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>inkoopprijs</translation>
    </message>
    <message>
        <source>invoice %1, line %2</source>
        <translation>factuur %1, regel %2</translation>
    </message>
    <message>
        <source>The invoice agrees with ConnectWise within the tolerance.</source>
        <translation>De factuur komt binnen de tolerantie overeen met ConnectWise.</translation>
    </message>
    <message>
        <source>The invoice has quantity %1, ConnectWise %2.</source>
        <translation>De factuur heeft aantal %1, ConnectWise %2.</translation>
    </message>
    <message>
        <source>The invoice&apos;s %1 is %2, ConnectWise&apos;s %3.</source>
        <translation>De %1 op de factuur is %2, in ConnectWise %3.</translation>
    </message>
    <message>
        <source>The addition for this product was cancelled on %1.</source>
        <translation>De toevoeging voor dit product is opgezegd op %1.</translation>
    </message>
    <message>
        <source>The addition for this product starts on %1.</source>
        <translation>De toevoeging voor dit product gaat in op %1.</translation>
    </message>
    <message>
        <source>Agreement %1 has no addition of %2 in %3.</source>
        <translation>Overeenkomst %1 heeft geen toevoeging van %2 in %3.</translation>
    </message>
    <message>
        <source>Agreement %1 no longer exists in ConnectWise.</source>
        <translation>Overeenkomst %1 bestaat niet meer in ConnectWise.</translation>
    </message>
    <message>
        <source>Agreement %1 is not active: its status is %2.</source>
        <translation>Overeenkomst %1 is niet actief: de status is %2.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>Agreement %1 is not active: it was cancelled.</source>
        <translation>Overeenkomst %1 is niet actief: zij is opgezegd.</translation>
    </message>
    <message>
        <source>Agreement %1 is not active: it ended on %2.</source>
        <translation>Overeenkomst %1 is niet actief: zij is geëindigd op %2.</translation>
    </message>
    <message>
        <source>Agreement %1 is not active: it starts on %2.</source>
        <translation>Overeenkomst %1 is niet actief: zij gaat in op %2.</translation>
    </message>
    <message>
        <source>The line is not linked to a ConnectWise agreement and product.</source>
        <translation>De regel is niet gekoppeld aan een ConnectWise-overeenkomst en -product.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The quantity of the product&apos;s lines on the agreement together (credit lines subtract) is compared with the quantity of its active additions, and each line&apos;s %1 with the addition&apos;s; a difference within the tolerance is no deviation.</source>
        <translation>Het aantal van de regels van het product op de overeenkomst samen (creditregels trekken af) wordt vergeleken met het aantal van de actieve toevoegingen, en de %1 van elke regel met die van de toevoeging; een verschil binnen de tolerantie is geen afwijking.</translation>
    </message>
    <message>
        <source>A line needs an addition of its product on its agreement that is active in %1: started by the month&apos;s last day and not cancelled before its first day.</source>
        <translation>Een regel heeft een toevoeging van zijn product op zijn overeenkomst nodig die actief is in %1: ingegaan uiterlijk op de laatste dag van de maand en niet opgezegd vóór de eerste dag.</translation>
    </message>
    <message>
        <source>A line&apos;s agreement must be active in %1: status Active, and its start and end dates overlapping the month.</source>
        <translation>De overeenkomst van een regel moet actief zijn in %1: status Active, en begin- en einddatum overlappen de maand.</translation>
    </message>
    <message>
        <source>A line is compared once it has a ConnectWise company, agreement and product.</source>
        <translation>Een regel wordt vergeleken zodra hij een ConnectWise-bedrijf, -overeenkomst en -product heeft.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerantie</translation>
    </message>
    <message>
        <source>quantity ± %1, %2 ± %3</source>
        <translation>aantal ± %1, %2 ± %3</translation>
    </message>
    <message>
        <source>Deviation amount</source>
        <translation>Afwijkingsbedrag</translation>
    </message>
    <message>
        <source>Exact Online invoice line</source>
        <translation>Factuurregel in Exact Online</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Verkoopprijs</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Inkoopprijs</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Compared as a group</source>
        <translation>Als groep vergeleken</translation>
    </message>
    <message>
        <source>This line</source>
        <translation>Deze regel</translation>
    </message>
    <message>
        <source>carries the group&apos;s difference and deviation amount</source>
        <translation>draagt het verschil en het afwijkingsbedrag van de groep</translation>
    </message>
    <message>
        <source>belongs to the group; its difference is counted on %1</source>
        <translation>hoort bij de groep; het verschil wordt geteld op %1</translation>
    </message>
    <message>
        <source>ConnectWise</source>
        <translation>ConnectWise</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation>Status overeenkomst</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>aantal %1</translation>
    </message>
    <message>
        <source>unit cost %1</source>
        <translation>inkoopprijs %1</translation>
    </message>
    <message>
        <source>unit price %1</source>
        <translation>verkoopprijs %1</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>ingang %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>opgezegd %1</translation>
    </message>
    <message>
        <source>not active in %1</source>
        <translation>niet actief in %1</translation>
    </message>
    <message>
        <source>Addition %1</source>
        <translation>Toevoeging %1</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <source>none of %1 on this agreement</source>
        <translation>geen van %1 op deze overeenkomst</translation>
    </message>
    <message>
        <source>Not linked to ConnectWise yet.</source>
        <translation>Nog niet aan ConnectWise gekoppeld.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Doorzetten</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Deze run</translation>
    </message>
    <message>
        <source>Needs a price</source>
        <translation>Prijs nodig</translation>
    </message>
    <message>
        <source>Cannot be pushed</source>
        <translation>Kan niet worden doorgezet</translation>
    </message>
    <message>
        <source>A push creates an addition of %1 on agreement %2:</source>
        <translation>Doorzetten maakt een toevoeging van %1 aan op overeenkomst %2:</translation>
    </message>
    <message>
        <source>A push changes addition %1:</source>
        <translation>Doorzetten wijzigt toevoeging %1:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>for the %1 lines of the group together</source>
        <translation>voor de %1 regels van de groep samen</translation>
    </message>
    <message>
        <source>Nothing to push: the line agrees with ConnectWise.</source>
        <translation>Niets door te zetten: de regel komt overeen met ConnectWise.</translation>
    </message>
    <message>
        <source>link the line to a company, agreement and product first</source>
        <translation>koppel de regel eerst aan een bedrijf, overeenkomst en product</translation>
    </message>
    <message>
        <source>nothing is written to an agreement that is not active</source>
        <translation>er wordt niets geschreven naar een overeenkomst die niet actief is</translation>
    </message>
    <message>
        <source>no push fixes this line; correct it in ConnectWise</source>
        <translation>doorzetten herstelt deze regel niet; corrigeer het in ConnectWise</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Wat u kunt doen</translation>
    </message>
    <message>
        <source>Open in ConnectWise</source>
        <translation>Openen in ConnectWise</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>overeenkomst %1</translation>
    </message>
    <message>
        <source>Check the addition&apos;s dates there, or accept or dismiss the line when the invoice is right as it is.</source>
        <translation>Controleer daar de data van de toevoeging, of accepteer de regel of wijs hem af als de factuur klopt zoals hij is.</translation>
    </message>
    <message>
        <source>Check the agreement there, link the line to an active agreement, or accept or dismiss the line when the invoice is right as it is.</source>
        <translation>Controleer daar de overeenkomst, koppel de regel aan een actieve overeenkomst, of accepteer de regel of wijs hem af als de factuur klopt zoals hij is.</translation>
    </message>
    <message>
        <source>Missing in ConnectWise</source>
        <translation>Ontbreekt in ConnectWise</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Genegeerd</translation>
    </message>
    <message>
        <source>the deviation is known and stays; the line is left out of every push</source>
        <translation>de afwijking is bekend en blijft; de regel gaat met geen enkele doorzetting mee</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>the correction below is approved</source>
        <translation>de correctie hieronder is goedgekeurd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>il::LoadProgress</name>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 van %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Exact Online: invoices</source>
        <translation>Exact Online: facturen</translation>
    </message>
    <message>
        <source>Exact Online: invoice lines</source>
        <translation>Exact Online: factuurregels</translation>
    </message>
    <message>
        <source>Exact Online: items, accounts and VAT codes</source>
        <translation>Exact Online: artikelen, relaties en btw-codes</translation>
    </message>
    <message>
        <source>ConnectWise: agreements of %1 companies</source>
        <translation>ConnectWise: overeenkomsten van %1 bedrijven</translation>
    </message>
    <message>
        <source>ConnectWise: agreements</source>
        <translation>ConnectWise: overeenkomsten</translation>
    </message>
    <message>
        <source>ConnectWise: additions of %1 of %2 agreements</source>
        <translation>ConnectWise: toevoegingen van %1 van %2 overeenkomsten</translation>
    </message>
    <message>
        <source>ConnectWise: additions</source>
        <translation>ConnectWise: toevoegingen</translation>
    </message>
    <message>
        <source>Linking and checking %1 lines</source>
        <translation>%1 regels koppelen en controleren</translation>
    </message>
    <message>
        <source>Loaded %1 lines</source>
        <translation>%1 regels geladen</translation>
    </message>
    <message>
        <source>%1 — waiting %2 s for Exact Online&apos;s rate limit</source>
        <translation>%1 — %2 s wachten op de aanroeplimiet van Exact Online</translation>
    </message>
</context>
<context>
    <name>il::MonthRun</name>
    <message>
        <source>%1 is being pushed by %2; try again when that has finished</source>
        <translation>%1 wordt gepusht door %2; probeer het opnieuw als dat klaar is</translation>
    </message>
    <message>
        <source>Checking writes an interrupted push left unconfirmed</source>
        <translation>Wijzigingen controleren die een onderbroken push onbevestigd liet</translation>
    </message>
    <message>
        <source>the connection to the database was lost and with it the push lock of %1</source>
        <translation>de verbinding met de database is verbroken en daarmee de pushvergrendeling van %1</translation>
    </message>
    <message>
        <source>Pushing corrections to ConnectWise</source>
        <translation>Correcties doorzetten naar ConnectWise</translation>
    </message>
    <message>
        <source>Loading agreements of the company</source>
        <translation>Contracten van het bedrijf laden</translation>
    </message>
</context>
<context>
    <name>il::ReportExport</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Klantsleutel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Invoice unit price</source>
        <translation>Prijs per stuk op de factuur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>ConnectWise quantity</source>
        <translation>Aantal in ConnectWise</translation>
    </message>
    <message>
        <source>ConnectWise unit cost</source>
        <translation>Kostprijs in ConnectWise</translation>
    </message>
    <message>
        <source>ConnectWise unit price</source>
        <translation>Verkoopprijs in ConnectWise</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Deviation amount</source>
        <translation>Afwijkingsbedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Action detail</source>
        <translation>Toelichting actie</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Regel-id</translation>
    </message>
    <message>
        <source>Company id</source>
        <translation>Bedrijfs-id</translation>
    </message>
    <message>
        <source>Agreement id</source>
        <translation>Overeenkomst-id</translation>
    </message>
    <message>
        <source>Addition id</source>
        <translation>Toevoeging-id</translation>
    </message>
</context>
<context>
    <name>il::Settings</name>
    <message>
        <source>%1 is not set</source>
        <translation>%1 is niet ingevuld</translation>
    </message>
</context>
<context>
    <name>il::Validator</name>
    <message>
        <source>its status is %1</source>
        <translation>de status is %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>ze is opgezegd</translation>
    </message>
    <message>
        <source>it ended on %1</source>
        <translation>ze is geëindigd op %1</translation>
    </message>
    <message>
        <source>it starts on %1</source>
        <translation>ze begint op %1</translation>
    </message>
    <message>
        <source>not linked to a ConnectWise agreement and product</source>
        <translation>niet gekoppeld aan een ConnectWise-overeenkomst en -product</translation>
    </message>
    <message>
        <source>agreement %1 (id %2) is not active in %3: %4</source>
        <translation>overeenkomst %1 (id %2) is niet actief in %3: %4</translation>
    </message>
    <message>
        <source>agreement %1 no longer exists in ConnectWise</source>
        <translation>overeenkomst %1 bestaat niet meer in ConnectWise</translation>
    </message>
    <message>
        <source>no addition of %1 is active on agreement %2 in %3</source>
        <translation>geen toevoeging van %1 is actief op overeenkomst %2 in %3</translation>
    </message>
    <message>
        <source>; addition %1 was cancelled on %2</source>
        <translation>; toevoeging %1 is opgezegd op %2</translation>
    </message>
    <message>
        <source>; addition %1 starts on %2</source>
        <translation>; toevoeging %1 begint op %2</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>verkoopprijs per stuk</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>inkoopprijs per stuk</translation>
    </message>
    <message>
        <source>invoice quantity %1%2 vs ConnectWise %3</source>
        <translation>factuuraantal %1%2 tegenover ConnectWise %3</translation>
    </message>
    <message>
        <source> (%1 lines)</source>
        <translation> (%1 regels)</translation>
    </message>
    <message>
        <source>invoice %1 %2 vs ConnectWise %3%4</source>
        <translation>factuur %1 %2 tegenover ConnectWise %3%4</translation>
    </message>
    <message>
        <source> (booked in cents: ± %1)</source>
        <translation> (in centen geboekt: ± %1)</translation>
    </message>
    <message>
        <source>%1 active additions of %2 (ids %3) are compared summed; nothing is pushed</source>
        <translation>%1 actieve toevoegingen van %2 (ids %3) worden opgeteld vergeleken; er wordt niets doorgezet</translation>
    </message>
    <message>
        <source>invoiced including VAT (code %1, %2); compared excluding VAT</source>
        <translation>gefactureerd inclusief btw (code %1, %2); vergeleken exclusief btw</translation>
    </message>
    <message>
        <source>invoiced in %1; compared in %2 at the invoice&apos;s rate</source>
        <translation>gefactureerd in %1; vergeleken in %2 tegen de koers van de factuur</translation>
    </message>
    <message>
        <source>another currency</source>
        <translation>een andere valuta</translation>
    </message>
    <message>
        <source>the administration&apos;s currency</source>
        <translation>de valuta van de administratie</translation>
    </message>
</context>
<context>
    <name>il::ui::ChartsDialog</name>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
</context>
<context>
    <name>il::ui::CreateAgreementDialog</name>
    <message>
        <source>Create agreement in ConnectWise</source>
        <translation>Contract aanmaken in ConnectWise</translation>
    </message>
    <message>
        <source>For invoice line: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Voor factuurregel: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Billing cycle:</source>
        <translation>&amp;Factuurcyclus:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Load a month first.</source>
        <translation>Laad eerst een maand.</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Loading from ConnectWise…</source>
        <translation>Laden uit ConnectWise…</translation>
    </message>
    <message>
        <source>ConnectWise&apos;s default</source>
        <translation>Standaard van ConnectWise</translation>
    </message>
    <message>
        <source>Pick the company first</source>
        <translation>Kies eerst het bedrijf</translation>
    </message>
    <message>
        <source>This company has no contacts</source>
        <translation>Dit bedrijf heeft geen contactpersonen</translation>
    </message>
    <message>
        <source>Agreement %1 was created, but the line could not be linked to it: %2</source>
        <translation>Contract %1 is aangemaakt, maar de regel kon er niet aan worden gekoppeld: %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
</context>
<context>
    <name>il::ui::CreateProductDialog</name>
    <message>
        <source>Create product in ConnectWise</source>
        <translation>Product aanmaken in ConnectWise</translation>
    </message>
    <message>
        <source>For invoice line: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Voor factuurregel: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>&amp;Identificatie:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>C&amp;ustomer description:</source>
        <translation>Omschrijving voor de kla&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Subcategory:</source>
        <translation>&amp;Subcategorie:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>&amp;Kostprijs:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Verkoopprijs:</translation>
    </message>
    <message>
        <source>The line is linked to the new product at this company</source>
        <translation>De regel wordt bij dit bedrijf aan het nieuwe product gekoppeld</translation>
    </message>
    <message>
        <source>Link line at &amp;company:</source>
        <translation>Regel koppelen bij &amp;bedrijf:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>Load a month first.</source>
        <translation>Laad eerst een maand.</translation>
    </message>
    <message>
        <source>The identifier is empty.</source>
        <translation>De identificatie is leeg.</translation>
    </message>
    <message>
        <source>The description is empty.</source>
        <translation>De omschrijving is leeg.</translation>
    </message>
    <message>
        <source>The customer description is empty.</source>
        <translation>De omschrijving voor de klant is leeg.</translation>
    </message>
    <message>
        <source>Pick the company whose line links to the product.</source>
        <translation>Kies het bedrijf waarvan de regel aan het product wordt gekoppeld.</translation>
    </message>
    <message>
        <source>Loading from ConnectWise…</source>
        <translation>Laden uit ConnectWise…</translation>
    </message>
    <message>
        <source>Product %1 was created, but the line could not be linked to it: %2</source>
        <translation>Product %1 is aangemaakt, maar de regel kon er niet aan worden gekoppeld: %2</translation>
    </message>
    <message>
        <source>What it costs you (0 if nothing)</source>
        <translation>Wat het u kost (0 als niets)</translation>
    </message>
    <message>
        <source>What you charge the customer (0 if nothing)</source>
        <translation>Wat u de klant rekent (0 als niets)</translation>
    </message>
    <message>
        <source>Type the cost (0 if there is none).</source>
        <translation>Vul de kostprijs in (0 als er geen is).</translation>
    </message>
    <message>
        <source>Type the price (0 if there is none).</source>
        <translation>Vul de prijs in (0 als er geen is).</translation>
    </message>
    <message>
        <source>Choose a subcategory.</source>
        <translation>Kies een subcategorie.</translation>
    </message>
    <message>
        <source>Choose a type.</source>
        <translation>Kies een type.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>The cost is a number of 0 or more, such as %1.</source>
        <translation>De kostprijs is een getal van 0 of meer, zoals %1.</translation>
    </message>
    <message>
        <source>The price is a number of 0 or more, such as %1.</source>
        <translation>De prijs is een getal van 0 of meer, zoals %1.</translation>
    </message>
</context>
<context>
    <name>il::ui::DecisionActions</name>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepteren…</translation>
    </message>
    <message>
        <source>Approve the proposed correction of the selected lines (and their groups)</source>
        <translation>De voorgestelde correctie van de geselecteerde regels (en hun groepen) goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Negeren…</translation>
    </message>
    <message>
        <source>The deviation of the selected lines is known and stays: leave them out of the push</source>
        <translation>De afwijking van de geselecteerde regels is bekend en blijft: ze gaan niet mee in de push</translation>
    </message>
    <message>
        <source>&amp;Undo decision</source>
        <translation>Besluit &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Make the selected lines undecided again</source>
        <translation>Het besluit over de geselecteerde regels intrekken</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notitie…</translation>
    </message>
    <message>
        <source>Write a note on the selected lines; it goes into every export</source>
        <translation>Een notitie bij de geselecteerde regels schrijven; die gaat mee in elke export</translation>
    </message>
    <message>
        <source>De&amp;cide</source>
        <translation>Bes&amp;lissen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message numerus="yes">
        <source>Accept the correction of %n line(s). Note (optional):</source>
        <translation>
            <numerusform>De correctie van %n regel accepteren. Notitie (optioneel):</numerusform>
            <numerusform>De correctie van %n regels accepteren. Notitie (optioneel):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss the deviation of %n line(s); it stays as it is. Note (optional):</source>
        <translation>
            <numerusform>De afwijking van %n regel negeren; die blijft zoals hij is. Notitie (optioneel):</numerusform>
            <numerusform>De afwijking van %n regels negeren; die blijft zoals hij is. Notitie (optioneel):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) accepted.</source>
        <translation>
            <numerusform>%n regel geaccepteerd.</numerusform>
            <numerusform>%n regels geaccepteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) dismissed.</source>
        <translation>
            <numerusform>%n regel genegeerd.</numerusform>
            <numerusform>%n regels genegeerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decision undone on %n line(s).</source>
        <translation>
            <numerusform>Besluit over %n regel ongedaan gemaakt.</numerusform>
            <numerusform>Besluit over %n regels ongedaan gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n line(s); it goes into every export. Empty removes it:</source>
        <translation>
            <numerusform>Notitie bij %n regel; die gaat mee in elke export. Leeg maken verwijdert hem:</numerusform>
            <numerusform>Notitie bij %n regels; die gaat mee in elke export. Leeg maken verwijdert hem:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
</context>
<context>
    <name>il::ui::DecisionCell</name>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Genegeerd</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Dismissed: the deviation is known and stays; the push leaves it out.</source>
        <translation>Genegeerd: de afwijking is bekend en blijft; de push laat deze regel weg.</translation>
    </message>
    <message>
        <source>Accepted: the proposed correction is approved.</source>
        <translation>Geaccepteerd: de voorgestelde correctie is goedgekeurd.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
</context>
<context>
    <name>il::ui::DeviationCharts</name>
    <message>
        <source>Deviation amount</source>
        <translation>Afwijkingsbedrag</translation>
    </message>
    <message>
        <source>Deviation amount per month: no months recorded yet</source>
        <translation>Afwijkingsbedrag per maand: nog geen maanden vastgelegd</translation>
    </message>
    <message>
        <source>Deviation amount per month</source>
        <translation>Afwijkingsbedrag per maand</translation>
    </message>
    <message>
        <source>Customers by deviation amount: no month loaded</source>
        <translation>Klanten naar afwijkingsbedrag: geen maand geladen</translation>
    </message>
    <message>
        <source>Customers by deviation amount in %1: none</source>
        <translation>Klanten naar afwijkingsbedrag in %1: geen</translation>
    </message>
    <message>
        <source>Top customers by deviation amount in %1</source>
        <translation>Klanten met het grootste afwijkingsbedrag in %1</translation>
    </message>
</context>
<context>
    <name>il::ui::ErrorText</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>Sign in on the Exact Online page of Settings (Settings → Exact Online → Sign in).</source>
        <translation>Meld u aan op de pagina Exact Online van Instellingen (Instellingen → Exact Online → Aanmelden).</translation>
    </message>
    <message>
        <source>Sign in again on the Exact Online page of Settings.</source>
        <translation>Meld u opnieuw aan op de pagina Exact Online van Instellingen.</translation>
    </message>
    <message>
        <source>Sign in again on the Exact Online page of Settings and paste the address within 3 minutes.</source>
        <translation>Meld u opnieuw aan op de pagina Exact Online van Instellingen en plak het adres binnen 3 minuten.</translation>
    </message>
    <message>
        <source>Sign in again on the Exact Online page of Settings and paste the address that sign-in shows.</source>
        <translation>Meld u opnieuw aan op de pagina Exact Online van Instellingen en plak het adres dat die aanmelding toont.</translation>
    </message>
    <message>
        <source>Load any month before then to keep it.</source>
        <translation>Laad voor die tijd een willekeurige maand om de aanmelding te behouden.</translation>
    </message>
    <message>
        <source>Check the log with Verify log in the transfer log window.</source>
        <translation>Controleer de log met Log controleren in het venster Overdrachtslog.</translation>
    </message>
    <message>
        <source>Enter the Exact Online client secret on the Exact Online page of Settings.</source>
        <translation>Vul het client-secret van Exact Online in op de pagina Exact Online van Instellingen.</translation>
    </message>
    <message>
        <source>Enter the ConnectWise private key on the ConnectWise page of Settings.</source>
        <translation>Vul de privésleutel van ConnectWise in op de pagina ConnectWise van Instellingen.</translation>
    </message>
    <message>
        <source>Enter the ConnectWise public key on the ConnectWise page of Settings.</source>
        <translation>Vul de openbare sleutel van ConnectWise in op de pagina ConnectWise van Instellingen.</translation>
    </message>
    <message>
        <source>Enter the ConnectWise client ID on the ConnectWise page of Settings.</source>
        <translation>Vul de client-ID van ConnectWise in op de pagina ConnectWise van Instellingen.</translation>
    </message>
    <message>
        <source>Enter the database password on the Database page of Settings.</source>
        <translation>Vul het databasewachtwoord in op de pagina Database van Instellingen.</translation>
    </message>
    <message>
        <source>Store the secret %1 in the keychain.</source>
        <translation>Bewaar het geheim %1 in de sleutelbos.</translation>
    </message>
    <message>
        <source>Enter them on the ConnectWise page of Settings.</source>
        <translation>Vul ze in op de pagina ConnectWise van Instellingen.</translation>
    </message>
    <message>
        <source>Store them in the keychain.</source>
        <translation>Bewaar ze in de sleutelbos.</translation>
    </message>
</context>
<context>
    <name>il::ui::GridContextMenu</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation>Kopiëren met &amp;kolomnamen</translation>
    </message>
    <message>
        <source>&amp;Open in ConnectWise</source>
        <translation>&amp;Openen in ConnectWise</translation>
    </message>
    <message>
        <source>Copy the selected rows as a table to paste in Excel or LibreOffice</source>
        <translation>De geselecteerde regels als tabel kopiëren om in Excel of LibreOffice te plakken</translation>
    </message>
    <message>
        <source>Copy the selected rows with the column names above them</source>
        <translation>De geselecteerde regels kopiëren met de kolomnamen erboven</translation>
    </message>
    <message>
        <source>Open the line&apos;s agreement in ConnectWise in your browser</source>
        <translation>De overeenkomst van de regel in ConnectWise openen in uw browser</translation>
    </message>
</context>
<context>
    <name>il::ui::GridPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Customer, item or description</source>
        <translation>Klant, artikel of omschrijving</translation>
    </message>
    <message>
        <source>%1 of %2 lines shown</source>
        <translation>%1 van %2 regels getoond</translation>
    </message>
    <message>
        <source>Select the line&apos;s &amp;group</source>
        <translation>&amp;Groep van de regel selecteren</translation>
    </message>
    <message>
        <source>Select every line compared together with the current one</source>
        <translation>Selecteer alle regels die samen met de huidige regel worden vergeleken</translation>
    </message>
</context>
<context>
    <name>il::ui::LineDetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the current line</source>
        <translation>Details van de huidige regel</translation>
    </message>
    <message>
        <source>Choose a line to see why it has its status.</source>
        <translation>Kies een regel om te zien waarom hij deze status heeft.</translation>
    </message>
</context>
<context>
    <name>il::ui::LineTableModel</name>
    <message>
        <source>Create addition</source>
        <translation>Toevoeging aanmaken</translation>
    </message>
    <message>
        <source>Push both</source>
        <translation>Beide doorzetten</translation>
    </message>
    <message>
        <source>Push quantity</source>
        <translation>Aantal doorzetten</translation>
    </message>
    <message>
        <source>Push price</source>
        <translation>Prijs doorzetten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>CW quantity</source>
        <translation>CW-aantal</translation>
    </message>
    <message>
        <source>CW %1</source>
        <translation>CW-%1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>From the Exact Online invoice</source>
        <translation>Uit de factuur in Exact Online</translation>
    </message>
    <message>
        <source>The ConnectWise link; double-click or press F2 to choose</source>
        <translation>De koppeling met ConnectWise; dubbelklik of druk op F2 om te kiezen</translation>
    </message>
    <message>
        <source>From the ConnectWise agreement addition</source>
        <translation>Uit de toevoeging op het ConnectWise-contract</translation>
    </message>
    <message>
        <source>Invoice amount minus ConnectWise quantity × %1, for the lines of one product together</source>
        <translation>Factuurbedrag min ConnectWise-aantal × %1, voor de regels van één product samen</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>niet gekoppeld</translation>
    </message>
    <message>
        <source>company %1</source>
        <translation>bedrijf %1</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>kiezen…</translation>
    </message>
    <message>
        <source>agreement %1</source>
        <translation>contract %1</translation>
    </message>
    <message>
        <source>Fix by hand</source>
        <translation>Met de hand oplossen</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Niet doorgezet: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 on addition of %2: %3</source>
        <translation>%1 op de toevoeging van %2: %3</translation>
    </message>
    <message>
        <source>Fixes the %1 lines of this product together</source>
        <translation>Corrigeert de %1 regels van dit product samen</translation>
    </message>
    <message>
        <source>ConnectWise: %1 × %2 %3 = %4</source>
        <translation>ConnectWise: %1 × %2 %3 = %4</translation>
    </message>
    <message>
        <source>ConnectWise has no addition for this product</source>
        <translation>ConnectWise heeft geen toevoeging voor dit product</translation>
    </message>
    <message>
        <source>Invoice minus ConnectWise: %1</source>
        <translation>Factuur min ConnectWise: %1</translation>
    </message>
    <message>
        <source>Invoice amount: %1</source>
        <translation>Factuurbedrag: %1</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (sleutel %2)</translation>
    </message>
    <message>
        <source>%1
Invoice %2, line %3</source>
        <translation>%1
Factuur %2, regel %3</translation>
    </message>
    <message>
        <source>ConnectWise: %1</source>
        <translation>ConnectWise: %1</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Factuur: %1</translation>
    </message>
    <message>
        <source>Not linked; double-click to choose</source>
        <translation>Niet gekoppeld; dubbelklik om te kiezen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Create addition…</source>
        <translation>Toevoeging aanmaken…</translation>
    </message>
    <message>
        <source>%1 of %2: %3; the review asks you for it</source>
        <translation>%1 van %2: %3; het overzicht vraagt u erom</translation>
    </message>
    <message>
        <source>in group</source>
        <translation>in groep</translation>
    </message>
    <message>
        <source>This line is compared with the other lines of its product (%1); the group&apos;s difference is counted once, on invoice %2, line %3</source>
        <translation>Deze regel wordt vergeleken met de andere regels van zijn product (%1); het verschil van de groep wordt één keer geteld, op factuur %2, regel %3</translation>
    </message>
    <message>
        <source>For the %1 invoice lines of this product together (%2)</source>
        <translation>Voor de %1 factuurregels van dit product samen (%2)</translation>
    </message>
    <message>
        <source>Compared as a group: %1</source>
        <translation>Als groep vergeleken: %1</translation>
    </message>
</context>
<context>
    <name>il::ui::LinkDelegate</name>
    <message>
        <source>%1 — %2 (%3, %4 to %5)</source>
        <translation>%1 — %2 (%3, %4 tot %5)</translation>
    </message>
    <message>
        <source>This company has no agreements</source>
        <translation>Dit bedrijf heeft geen contracten</translation>
    </message>
    <message>
        <source>%1 — %2 (inactive)</source>
        <translation>%1 — %2 (inactief)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Link a company first</source>
        <translation>Koppel eerst een bedrijf</translation>
    </message>
    <message>
        <source>Link a company first.</source>
        <translation>Koppel eerst een bedrijf.</translation>
    </message>
    <message>
        <source>%1 (on the chosen agreement)</source>
        <translation>%1 (op de gekozen overeenkomst)</translation>
    </message>
</context>
<context>
    <name>il::ui::MainWindow</name>
    <message>
        <source>Linked; the month is checked again.</source>
        <translation>Gekoppeld; de maand is opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <source>%1 loaded: %2 lines, %3 OK, %4 to look at, %5 not linked.</source>
        <translation>%1 geladen: %2 regels, %3 OK, %4 om na te kijken, %5 niet gekoppeld.</translation>
    </message>
    <message>
        <source>The invoice could not be loaded:
%1</source>
        <translation>De factuur kon niet worden geladen:
%1</translation>
    </message>
    <message>
        <source>Stopping before closing…</source>
        <translation>Stoppen voor het afsluiten…</translation>
    </message>
    <message>
        <source>InvoiceLink cannot start with these settings:
%1

Open Settings… (%2) to fix them.</source>
        <translation>InvoiceLink kan met deze instellingen niet starten:
%1

Open Instellingen… (%2) om ze te herstellen.</translation>
    </message>
    <message>
        <source>Choose a month and press Load invoice (%1).</source>
        <translation>Kies een maand en druk op Factuur laden (%1).</translation>
    </message>
    <message>
        <source>Loading the invoice of %1…</source>
        <translation>Factuur van %1 laden…</translation>
    </message>
    <message>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <source>Pushing to ConnectWise…</source>
        <translation>Doorzetten naar ConnectWise…</translation>
    </message>
    <message>
        <source>The selected lines need no push.</source>
        <translation>De gekozen regels hoeven niet te worden doorgezet.</translation>
    </message>
    <message>
        <source>Nothing to push: ConnectWise agrees with the invoice where it can be corrected.</source>
        <translation>Niets door te zetten: ConnectWise klopt met de factuur waar dat te corrigeren is.</translation>
    </message>
    <message>
        <source>Push both</source>
        <translation>Beide doorzetten</translation>
    </message>
    <message>
        <source>Push quantity only</source>
        <translation>Alleen aantal doorzetten</translation>
    </message>
    <message>
        <source>Push price only</source>
        <translation>Alleen prijs doorzetten</translation>
    </message>
    <message>
        <source>Confirmed the link of 1 line; it is remembered for next month.</source>
        <translation>De koppeling van 1 regel is bevestigd en wordt onthouden voor volgende maand.</translation>
    </message>
    <message>
        <source>Confirmed the links of %1 lines; they are remembered for next month.</source>
        <translation>De koppelingen van %1 regels zijn bevestigd en worden onthouden voor volgende maand.</translation>
    </message>
    <message>
        <source>About InvoiceLink</source>
        <translation>Over InvoiceLink</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InvoiceLink %1&lt;/h3&gt;&lt;p&gt;Reconciles the monthly Exact Online invoice with the ConnectWise agreements it bills, and corrects ConnectWise where they differ, keeping a log of every change.&lt;/p&gt;&lt;p&gt;Settings: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InvoiceLink %1&lt;/h3&gt;&lt;p&gt;Stemt de maandelijkse factuur in Exact Online af met de ConnectWise-contracten die zij factureert, en corrigeert ConnectWise waar ze verschillen, met een log van elke wijziging.&lt;/p&gt;&lt;p&gt;Instellingen: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the built-in demo (temporary, nothing is saved)</source>
        <translation>de ingebouwde demo (tijdelijk, er wordt niets bewaard)</translation>
    </message>
    <message>
        <source>No suggested link is left to confirm.</source>
        <translation>Er is geen voorgestelde koppeling meer te bevestigen.</translation>
    </message>
    <message>
        <source>Confirm all suggestions</source>
        <translation>Alle voorstellen bevestigen</translation>
    </message>
    <message>
        <source>Confirm the suggested link of 1 line?</source>
        <translation>De voorgestelde koppeling van 1 regel bevestigen?</translation>
    </message>
    <message>
        <source>Confirm the suggested links of %1 lines?</source>
        <translation>De voorgestelde koppelingen van %1 regels bevestigen?</translation>
    </message>
    <message>
        <source>Confirmed links are used as they are, also next month. Links to agreements that are not active this month are left out: check those by hand.</source>
        <translation>Bevestigde koppelingen worden gebruikt zoals ze zijn, ook volgende maand. Koppelingen naar contracten die deze maand niet actief zijn, worden overgeslagen: controleer die met de hand.</translation>
    </message>
    <message>
        <source>The agreement is kept for this line and remembered; pick its product next (the products on that agreement are listed first).</source>
        <translation>De overeenkomst blijft bij deze regel en wordt onthouden; kies nu het product (de producten op die overeenkomst staan bovenaan).</translation>
    </message>
    <message>
        <source>Cancelled; %1 stays loaded as it was.</source>
        <translation>Geannuleerd; %1 blijft geladen zoals het was.</translation>
    </message>
    <message>
        <source>Loading was cancelled; no month is loaded.
Choose a month and press Load invoice (%1).</source>
        <translation>Het laden is geannuleerd; er is geen maand geladen.
Kies een maand en druk op Factuur laden (%1).</translation>
    </message>
    <message>
        <source>Cancelled; no month is loaded.</source>
        <translation>Geannuleerd; er is geen maand geladen.</translation>
    </message>
    <message>
        <source>load a month first</source>
        <translation>laad eerst een maand</translation>
    </message>
    <message>
        <source>a job is running; wait for it or cancel it (Esc)</source>
        <translation>er loopt een taak; wacht erop of annuleer hem (Esc)</translation>
    </message>
    <message>
        <source>connect Exact Online and ConnectWise in Settings first</source>
        <translation>koppel eerst Exact Online en ConnectWise in Instellingen</translation>
    </message>
    <message>
        <source>no row is chosen</source>
        <translation>er is geen regel gekozen</translation>
    </message>
    <message>
        <source>this row needs no push</source>
        <translation>deze regel hoeft niet doorgezet te worden</translation>
    </message>
    <message>
        <source>no rows are selected</source>
        <translation>er zijn geen regels geselecteerd</translation>
    </message>
    <message>
        <source>the settings do not open a database</source>
        <translation>met deze instellingen opent er geen database</translation>
    </message>
    <message>
        <source>A job is running: push when it has finished, or cancel it (Esc).</source>
        <translation>Er loopt een taak: zet door als die klaar is, of annuleer hem (Esc).</translation>
    </message>
    <message>
        <source>Nothing is pushed: load a month first.</source>
        <translation>Er wordt niets doorgezet: laad eerst een maand.</translation>
    </message>
    <message>
        <source>Nothing is pushed: there is no correction to send.</source>
        <translation>Er wordt niets doorgezet: er is geen correctie om te versturen.</translation>
    </message>
    <message>
        <source>This line needs no push.</source>
        <translation>Deze regel hoeft niet doorgezet te worden.</translation>
    </message>
    <message>
        <source>Not pushed: %1</source>
        <translation>Niet doorgezet: %1</translation>
    </message>
    <message>
        <source>The price of this line needs no push.</source>
        <translation>De prijs van deze regel hoeft niet doorgezet te worden.</translation>
    </message>
    <message>
        <source>The quantity of this line needs no push.</source>
        <translation>Het aantal van deze regel hoeft niet doorgezet te worden.</translation>
    </message>
    <message>
        <source>Pushing accepted corrections to ConnectWise…</source>
        <translation>Geaccepteerde correcties naar ConnectWise pushen…</translation>
    </message>
</context>
<context>
    <name>il::ui::PasteAddressDialog</name>
    <message>
        <source>Sign in to Exact Online</source>
        <translation>Aanmelden bij Exact Online</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your browser shows Exact Online&apos;s sign-in page. Sign in there and allow InvoiceLink access.&lt;/p&gt;&lt;p&gt;The browser then goes to an address starting with &lt;b&gt;%1&lt;/b&gt;. Copy that whole address from the browser&apos;s address bar and paste it below within 3 minutes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uw browser toont de aanmeldpagina van Exact Online. Meld u daar aan en geef InvoiceLink toegang.&lt;/p&gt;&lt;p&gt;De browser gaat daarna naar een adres dat begint met &lt;b&gt;%1&lt;/b&gt;. Kopieer dat hele adres uit de adresbalk van de browser en plak het hieronder, binnen 3 minuten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Aanmeldadres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Open &amp;browser again</source>
        <translation>&amp;Browser opnieuw openen</translation>
    </message>
    <message>
        <source>&amp;Address after signing in:</source>
        <translation>&amp;Adres na het aanmelden:</translation>
    </message>
    <message>
        <source>%1?code=…&amp;state=…</source>
        <translation>%1?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Aan&amp;melden</translation>
    </message>
</context>
<context>
    <name>il::ui::PushReviewDialog</name>
    <message>
        <source>Push to ConnectWise</source>
        <translation>Doorzetten naar ConnectWise</translation>
    </message>
    <message>
        <source>These changes will be written to the ConnectWise agreement additions. Each addition is read again first; one that changed since the load is left alone.</source>
        <translation>Deze wijzigingen worden in de toevoegingen van de ConnectWise-contracten geschreven. Elke toevoeging wordt eerst opnieuw gelezen; een toevoeging die sinds het laden is gewijzigd, blijft ongemoeid.</translation>
    </message>
    <message>
        <source>&amp;Push 1 change</source>
        <translation>1 wijziging &amp;doorzetten</translation>
    </message>
    <message>
        <source>&amp;Push %1 changes</source>
        <translation>%1 wijzigingen &amp;doorzetten</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 wijziging</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 wijzigingen</translation>
    </message>
    <message>
        <source>to 1 addition</source>
        <translation>in 1 toevoeging</translation>
    </message>
    <message>
        <source>to %1 additions</source>
        <translation>in %1 toevoegingen</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>aantal %1</translation>
    </message>
    <message>
        <source>monthly amount %1</source>
        <translation>maandbedrag %1</translation>
    </message>
    <message>
        <source>Left out, as they cannot be pushed: %1 (the rows in grey).</source>
        <translation>Weggelaten omdat ze niet kunnen worden doorgezet: %1 (de grijze rijen).</translation>
    </message>
    <message>
        <source>Some new additions have no price in the ConnectWise catalog. Type it in their After cell (double-click it); 0 only if the product is free. Nothing is pushed until every one is given.</source>
        <translation>Sommige nieuwe toevoegingen hebben geen prijs in de ConnectWise-catalogus. Vul die in hun cel Nieuw in (dubbelklik erop); 0 alleen als het product gratis is. Er wordt niets doorgezet tot ze allemaal zijn ingevuld.</translation>
    </message>
    <message>
        <source>Type the missing price of 1 new addition to push.</source>
        <translation>Vul de ontbrekende prijs van 1 nieuwe toevoeging in om door te zetten.</translation>
    </message>
    <message>
        <source>Type the missing prices of %1 new additions to push.</source>
        <translation>Vul de ontbrekende prijzen van %1 nieuwe toevoegingen in om door te zetten.</translation>
    </message>
    <message>
        <source>Type the missing prices first.</source>
        <translation>Vul eerst de ontbrekende prijzen in.</translation>
    </message>
    <message>
        <source>Nothing here can be pushed; each row says why.</source>
        <translation>Hier kan niets worden doorgezet; elke regel zegt waarom.</translation>
    </message>
</context>
<context>
    <name>il::ui::PushReviewModel</name>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>not pushed</source>
        <translation>niet doorgezet</translation>
    </message>
    <message>
        <source>New addition: %1</source>
        <translation>Nieuwe toevoeging: %1</translation>
    </message>
    <message>
        <source>type the cost</source>
        <translation>vul de kostprijs in</translation>
    </message>
    <message>
        <source>type the price</source>
        <translation>vul de prijs in</translation>
    </message>
    <message>
        <source>not in the catalog: type it in After (0 only if free)</source>
        <translation>niet in de catalogus: vul in bij Nieuw (0 alleen als gratis)</translation>
    </message>
</context>
<context>
    <name>il::ui::ReportSaver</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Het rapport is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>The chart was not saved to %1: %2</source>
        <translation>De grafiek is niet opgeslagen in %1: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1 and its chart to %2.</source>
        <translation>Het rapport is opgeslagen in %1 en de grafiek in %2.</translation>
    </message>
</context>
<context>
    <name>il::ui::RunController</name>
    <message>
        <source>The push stopped: %1</source>
        <translation>De push is gestopt: %1</translation>
    </message>
</context>
<context>
    <name>il::ui::RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the running job (Esc)</source>
        <translation>Het lopende werk stoppen (Esc)</translation>
    </message>
</context>
<context>
    <name>il::ui::SearchPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Typ om te zoeken</translation>
    </message>
    <message>
        <source>Loading from ConnectWise…</source>
        <translation>Laden uit ConnectWise…</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>This is the demo&apos;s own configuration; your real settings are not touched.</source>
        <translation>Dit is de eigen configuratie van de demo; uw echte instellingen blijven onaangeroerd.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The settings were saved, but the secrets could not be stored in the keychain: %1</source>
        <translation>De instellingen zijn opgeslagen, maar de geheimen konden niet in de sleutelbos worden bewaard: %1</translation>
    </message>
    <message>
        <source>Saved. InvoiceLink cannot start work with these settings yet: %1</source>
        <translation>Opgeslagen. InvoiceLink kan met deze instellingen nog niet aan het werk: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Nothing was changed, so nothing was saved. InvoiceLink cannot start work with these settings yet: %1</source>
        <translation>Er is niets gewijzigd, dus er is niets opgeslagen. InvoiceLink kan met deze instellingen nog niet aan het werk: %1</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPage</name>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Bewaard in de sleutelbos; typ om te vervangen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPageConnectWise</name>
    <message>
        <source>ConnectWise PSA</source>
        <translation>ConnectWise PSA</translation>
    </message>
    <message>
        <source>The API host of your ConnectWise site (api-na, api-eu, api-au…), or your own server</source>
        <translation>De API-host van uw ConnectWise-site (api-na, api-eu, api-au…), of uw eigen server</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>The company id you type when logging in</source>
        <translation>De bedrijfs-id die u bij het inloggen typt</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Bedrijf:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>&amp;Openbare sleutel:</translation>
    </message>
    <message>
        <source>P&amp;rivate key:</source>
        <translation>&amp;Privésleutel:</translation>
    </message>
    <message>
        <source>The clientId of your integration, from developer.connectwise.com</source>
        <translation>De clientId van uw integratie, van developer.connectwise.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>%1 (the version InvoiceLink was checked against)</source>
        <translation>%1 (de versie waarmee InvoiceLink is gecontroleerd)</translation>
    </message>
    <message>
        <source>The ConnectWise API version InvoiceLink asks for, as year.release (e.g. 2024.2). Leave it empty unless your ConnectWise refuses the default.</source>
        <translation>De ConnectWise-API-versie die InvoiceLink vraagt, als jaar.release (bijv. 2024.2). Laat leeg, tenzij uw ConnectWise de standaardversie weigert.</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;versie:</translation>
    </message>
    <message>
        <source>The ConnectWise API version must be year.release, like 2024.2.</source>
        <translation>De ConnectWise-API-versie moet jaar.release zijn, zoals 2024.2.</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test annuleren</translation>
    </message>
    <message>
        <source>Connected to %1 (%2), ConnectWise %3.</source>
        <translation>Verbonden met %1 (%2), ConnectWise %3.</translation>
    </message>
    <message>
        <source>The site or the company is missing.</source>
        <translation>De site of het bedrijf ontbreekt.</translation>
    </message>
    <message>
        <source>The site address is wrong: no ConnectWise API answers there.</source>
        <translation>Het siteadres klopt niet: daar antwoordt geen ConnectWise-API.</translation>
    </message>
    <message>
        <source>The company is wrong: ConnectWise knows no company with this id.</source>
        <translation>Het bedrijf klopt niet: ConnectWise kent geen bedrijf met deze id.</translation>
    </message>
    <message>
        <source>The API keys are wrong: check the public and the private key.</source>
        <translation>De API-sleutels kloppen niet: controleer de openbare en de privésleutel.</translation>
    </message>
    <message>
        <source>The client ID is wrong or missing.</source>
        <translation>De client-ID klopt niet of ontbreekt.</translation>
    </message>
    <message>
        <source>The keys work, but the API member&apos;s security role may not read what InvoiceLink needs.</source>
        <translation>De sleutels werken, maar de beveiligingsrol van het API-lid mag niet lezen wat InvoiceLink nodig heeft.</translation>
    </message>
    <message>
        <source>ConnectWise did not accept the connection.</source>
        <translation>ConnectWise heeft de verbinding niet geaccepteerd.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test geannuleerd.</translation>
    </message>
    <message>
        <source>ConnectWise</source>
        <translation>ConnectWise</translation>
    </message>
    <message>
        <source>The ConnectWise site “%1” is not a valid address: write its host, such as api-eu.myconnectwise.net, or https://host.</source>
        <translation>De ConnectWise-site “%1” is geen geldig adres: vul de host in, zoals api-eu.myconnectwise.net, of https://host.</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPageDatabase</name>
    <message>
        <source>Links and transfer log</source>
        <translation>Koppelingen en overdrachtslog</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-bestand op deze computer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Bestan&amp;d:</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server shared by the team</source>
        <translation>&amp;PostgreSQL-server die het team deelt</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Links you confirm and every push are kept here. Point the whole team at one PostgreSQL database to share them.</source>
        <translation>Hier worden de koppelingen die u bevestigt en elke doorzetting bewaard. Laat het hele team één PostgreSQL-database gebruiken om ze te delen.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL looks like postgresql://user@host:5432/database.</source>
        <translation>De PostgreSQL-URL ziet eruit als postgresql://gebruiker@host:5432/database.</translation>
    </message>
    <message>
        <source>The SQLite file needs a full path, such as /home/you/invoicelink.sqlite.</source>
        <translation>Het SQLite-bestand heeft een volledig pad nodig, zoals /home/u/invoicelink.sqlite.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPageExact</name>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Duitsland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanje</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrijk</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Eigen adres</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <source>Custom &amp;address:</source>
        <translation>Eigen adr&amp;es:</translation>
    </message>
    <message>
        <source>From your Exact App Center registration</source>
        <translation>Uit uw registratie in het Exact App Center</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;secret:</translation>
    </message>
    <message>
        <source>https://… as registered, or http://127.0.0.1:PORT/…</source>
        <translation>https://… zoals geregistreerd, of http://127.0.0.1:POORT/…</translation>
    </message>
    <message>
        <source>The redirect URI registered for the app. An https address uses the paste sign-in; http://127.0.0.1:PORT/… receives the sign-in by itself.</source>
        <translation>De redirect-URI die voor de app is geregistreerd. Met een https-adres plakt u het adres na het aanmelden; http://127.0.0.1:POORT/… ontvangt de aanmelding zelf.</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>Re&amp;direct-URI:</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Aan&amp;melden…</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Sign in to see your current division, or type its code</source>
        <translation>Meld u aan om uw huidige administratie te zien, of typ de code</translation>
    </message>
    <message>
        <source>&amp;Division:</source>
        <translation>&amp;Administratie:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Purchase invoices (a supplier bills you)</source>
        <translation>Inkoopfacturen (een leverancier factureert u)</translation>
    </message>
    <message>
        <source>Sales invoices (you bill your customers)</source>
        <translation>Verkoopfacturen (u factureert uw klanten)</translation>
    </message>
    <message>
        <source>Invoice s&amp;ource:</source>
        <translation>Factuurbr&amp;on:</translation>
    </message>
    <message>
        <source>Invoice account</source>
        <translation>Factuurrelatie</translation>
    </message>
    <message>
        <source>Cost center of the line</source>
        <translation>Kostenplaats van de regel</translation>
    </message>
    <message>
        <source>Cost unit of the line</source>
        <translation>Kostendrager van de regel</translation>
    </message>
    <message>
        <source>Project of the line</source>
        <translation>Project van de regel</translation>
    </message>
    <message>
        <source>Pattern over the line description</source>
        <translation>Patroon in de regelomschrijving</translation>
    </message>
    <message>
        <source>Purchase entries (the supplier&apos;s invoice booked in a purchase journal)</source>
        <translation>Inkoopboekingen (de factuur van de leverancier geboekt in een inkoopdagboek)</translation>
    </message>
    <message>
        <source>Item of the line</source>
        <translation>Artikel van de regel</translation>
    </message>
    <message>
        <source>Purchase entries carry no item: take the item code from the description.</source>
        <translation>Inkoopboekingen hebben geen artikel: neem de artikelcode uit de omschrijving.</translation>
    </message>
    <message>
        <source>I&amp;tem from:</source>
        <translation>Ar&amp;tikel uit:</translation>
    </message>
    <message>
        <source>Regular expression; its first group is the item code, e.g. ^(\S+)</source>
        <translation>Reguliere expressie; de eerste groep is de artikelcode, bijv. ^(\S+)</translation>
    </message>
    <message>
        <source>Item patter&amp;n:</source>
        <translation>Artikelpatroo&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Customer from:</source>
        <translation>&amp;Klant uit:</translation>
    </message>
    <message>
        <source>Regular expression; its first group is the customer, e.g. ^\[(.+?)\]</source>
        <translation>Reguliere expressie; de eerste groep is de klant, bijv. ^\[(.+?)\]</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patroon:</translation>
    </message>
    <message>
        <source>By source (unit cost for purchase, unit price for sales)</source>
        <translation>Volgens de bron (inkoopprijs bij inkoop, verkoopprijs bij verkoop)</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Inkoopprijs per stuk</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Verkoopprijs per stuk</translation>
    </message>
    <message>
        <source>Compare &amp;invoice price with:</source>
        <translation>Factuurprijs &amp;vergelijken met:</translation>
    </message>
    <message>
        <source>The division is a number, such as 123456.</source>
        <translation>De administratie is een getal, zoals 123456.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelden annuleren</translation>
    </message>
    <message>
        <source>Sign in to Exact Online in your browser…</source>
        <translation>Meld u in uw browser aan bij Exact Online…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Aanmelden geannuleerd.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Aangemeld als %1 (%2).</translation>
    </message>
    <message>
        <source>The app lacks the scope %1; grant it in the Exact App Center.</source>
        <translation>De app mist de scope %1; ken die toe in het Exact App Center.</translation>
    </message>
    <message>
        <source>This user may not read %1; ask your Exact administrator for these rights.</source>
        <translation>Deze gebruiker mag %1 niet lezen; vraag uw Exact-beheerder om deze rechten.</translation>
    </message>
    <message>
        <source>%1 — %2 (current in Exact)</source>
        <translation>%1 — %2 (huidige in Exact)</translation>
    </message>
    <message>
        <source>%1 (current in Exact)</source>
        <translation>%1 (huidige in Exact)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exact Online</source>
        <translation>Exact Online</translation>
    </message>
    <message>
        <source>The Exact Online address “%1” is not a valid web address: write it as https://host.</source>
        <translation>Het adres van Exact Online “%1” is geen geldig webadres: schrijf het als https://host.</translation>
    </message>
    <message>
        <source>The redirect URI “%1” is not a valid web address.</source>
        <translation>De redirect-URI “%1” is geen geldig webadres.</translation>
    </message>
    <message>
        <source>Customer from “Pattern over the line description” needs a pattern.</source>
        <translation>Klant uit “Patroon in de regelomschrijving” heeft een patroon nodig.</translation>
    </message>
    <message>
        <source>The pattern “%1” is no regular expression with a group for the customer, such as ^\[(.+?)\].</source>
        <translation>Het patroon “%1” is geen reguliere expressie met een groep voor de klant, zoals ^\[(.+?)\].</translation>
    </message>
    <message>
        <source>Purchase entries carry no item: set Item from to “Pattern over the line description” and fill in the item pattern.</source>
        <translation>Inkoopboekingen hebben geen artikel: zet Artikel uit op “Patroon in de regelomschrijving” en vul het artikelpatroon in.</translation>
    </message>
    <message>
        <source>Item from “Pattern over the line description” needs an item pattern.</source>
        <translation>Artikel uit “Patroon in de regelomschrijving” heeft een artikelpatroon nodig.</translation>
    </message>
    <message>
        <source>The item pattern “%1” is no regular expression with a group for the item code, such as ^(\S+).</source>
        <translation>Het artikelpatroon “%1” is geen reguliere expressie met een groep voor de artikelcode, zoals ^(\S+).</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPageLanguage</name>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language shows the next time InvoiceLink starts.</source>
        <translation>Een nieuwe taal is te zien zodra InvoiceLink opnieuw start.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
</context>
<context>
    <name>il::ui::SettingsPageTolerances</name>
    <message>
        <source>A difference up to this is no deviation</source>
        <translation>Een verschil tot hier is geen afwijking</translation>
    </message>
    <message>
        <source>In the invoice&apos;s currency, per unit</source>
        <translation>In de valuta van de factuur, per stuk</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Prijs:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Aantal:</translation>
    </message>
    <message>
        <source>Tolerances</source>
        <translation>Toleranties</translation>
    </message>
    <message>
        <source>The price tolerance “%1” is not a number of 0 or more, such as %2.</source>
        <translation>De prijstolerantie “%1” is geen getal van 0 of meer, zoals %2.</translation>
    </message>
    <message>
        <source>The quantity tolerance “%1” is not a number of 0 or more, such as %2.</source>
        <translation>De aantaltolerantie “%1” is geen getal van 0 of meer, zoals %2.</translation>
    </message>
</context>
<context>
    <name>il::ui::SummaryTiles</name>
    <message>
        <source>&amp;Lines</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>All invoice lines of the month</source>
        <translation>Alle factuurregels van de maand</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Lines that agree with ConnectWise</source>
        <translation>Regels die kloppen met ConnectWise</translation>
    </message>
    <message>
        <source>&amp;Deviations</source>
        <translation>Af&amp;wijkingen</translation>
    </message>
    <message>
        <source>Lines whose quantity or price differs, whose addition is missing or whose agreement is not active</source>
        <translation>Regels waarvan het aantal of de prijs afwijkt, de toevoeging ontbreekt of het contract niet actief is</translation>
    </message>
    <message>
        <source>&amp;Unlinked</source>
        <translation>&amp;Niet gekoppeld</translation>
    </message>
    <message>
        <source>Lines without a ConnectWise company, agreement or product</source>
        <translation>Regels zonder ConnectWise-bedrijf, -contract of -product</translation>
    </message>
    <message>
        <source>Deviation &amp;amount</source>
        <translation>Afwijkings&amp;bedrag</translation>
    </message>
    <message>
        <source>The sum, over the products whose quantity or price differs or whose addition is missing (%1), of |invoice amount − ConnectWise quantity × %2|. Click to show those lines.</source>
        <translation>De som, over de producten waarvan het aantal of de prijs afwijkt of de toevoeging ontbreekt (%1), van |factuurbedrag − ConnectWise-aantal × %2|. Klik om die regels te tonen.</translation>
    </message>
    <message>
        <source>Dis&amp;missed</source>
        <translation>&amp;Genegeerd</translation>
    </message>
    <message>
        <source>Lines whose deviation is known and stays: left out of the push</source>
        <translation>Regels waarvan de afwijking bekend is en blijft: niet in de push</translation>
    </message>
    <message>
        <source>Acce&amp;pted</source>
        <translation>Geacce&amp;pteerd</translation>
    </message>
    <message>
        <source>Lines whose proposed correction is approved</source>
        <translation>Regels waarvan de voorgestelde correctie is goedgekeurd</translation>
    </message>
</context>
<context>
    <name>il::ui::TransferLogWindow</name>
    <message>
        <source>Written to</source>
        <translation>Geschreven naar</translation>
    </message>
    <message>
        <source>Exact Online&apos;s message</source>
        <translation>Bericht van Exact Online</translation>
    </message>
    <message>
        <source>Transfer log</source>
        <translation>Overdrachtslog</translation>
    </message>
    <message>
        <source>&amp;All months</source>
        <translation>&amp;Alle maanden</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle uitkomsten</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Uitkomst:</translation>
    </message>
    <message>
        <source>&amp;Verify log</source>
        <translation>Log &amp;controleren</translation>
    </message>
    <message>
        <source>Checks that no row of the log was changed or removed since it was written</source>
        <translation>Controleert dat geen rij van de log is gewijzigd of verwijderd sinds ze is geschreven</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporteren als &amp;XLSX…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Note on this invoice line</source>
        <translation>Notitie bij deze factuurregel</translation>
    </message>
    <message>
        <source>For example: credited in May, asked sales to check</source>
        <translation>Bijvoorbeeld: in mei gecrediteerd, verkoop gevraagd het na te kijken</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notitie &amp;opslaan</translation>
    </message>
    <message>
        <source>No month loaded</source>
        <translation>Geen maand geladen</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Maand %1</translation>
    </message>
    <message>
        <source>Transfer log — %1</source>
        <translation>Overdrachtslog — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) shown</source>
        <translation>
            <numerusform>%n overdracht getoond</numerusform>
            <numerusform>%n overdrachten getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer log is not available: %1</source>
        <translation>De overdrachtslog is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Select a row to see everything about it.</source>
        <translation>Kies een rij om er alles over te zien.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Verwerking</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Factuurregel</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Regel-id</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>ConnectWise&apos;s message</source>
        <translation>Bericht van ConnectWise</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request-id</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n transfer(s) to %1.</source>
        <translation>
            <numerusform>%n overdracht geëxporteerd naar %1.</numerusform>
            <numerusform>%n overdrachten geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export transfer log</source>
        <translation>Overdrachtslog exporteren</translation>
    </message>
    <message numerus="yes">
        <source>The transfer log is intact: %n row(s) checked.</source>
        <translation>
            <numerusform>De overdrachtslog is intact: %n rij gecontroleerd.</numerusform>
            <numerusform>De overdrachtslog is intact: %n rijen gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transfer log is NOT intact; the first bad row is %1: %2</source>
        <translation>De overdrachtslog is NIET intact; de eerste foute rij is %1: %2</translation>
    </message>
    <message>
        <source>The transfer log is available once the settings are complete.</source>
        <translation>De overdrachtslog is beschikbaar zodra de instellingen compleet zijn.</translation>
    </message>
</context>
<context>
    <name>il::ui::TransferTableModel</name>
    <message>
        <source>agreement addition</source>
        <translation>toevoeging op contract</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>catalog item</source>
        <translation>catalogusartikel</translation>
    </message>
    <message>
        <source>sales invoice</source>
        <translation>verkoopfactuur</translation>
    </message>
    <message>
        <source>Sent, outcome unknown</source>
        <translation>Verzonden, uitkomst onbekend</translation>
    </message>
    <message>
        <source>Not applied (answer lost)</source>
        <translation>Niet doorgevoerd (antwoord verloren)</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Doorgezet</translation>
    </message>
    <message>
        <source>Already in effect</source>
        <translation>Was al doorgevoerd</translation>
    </message>
    <message>
        <source>Refused: changed in ConnectWise</source>
        <translation>Geweigerd: gewijzigd in ConnectWise</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Inkoopprijs per stuk</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Verkoopprijs per stuk</translation>
    </message>
    <message>
        <source>New addition</source>
        <translation>Nieuwe toevoeging</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Invoice line</source>
        <translation>Factuurregel</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Toevoeging</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>ConnectWise&apos;s message</source>
        <translation>Bericht van ConnectWise</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Besluit vastgelegd</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>il::ui::WelcomePanel</name>
    <message>
        <source>&amp;Try the demo</source>
        <translation>De demo &amp;proberen</translation>
    </message>
    <message>
        <source>&amp;Connect your systems…</source>
        <translation>Uw systemen &amp;koppelen…</translation>
    </message>
    <message>
        <source>Welcome to InvoiceLink</source>
        <translation>Welkom bij InvoiceLink</translation>
    </message>
    <message>
        <source>Every month InvoiceLink reads your supplier&apos;s invoice from Exact Online, links each line to the customer&apos;s ConnectWise agreement, shows where quantities and prices differ, and corrects ConnectWise with one click — keeping a log of every change.</source>
        <translation>Elke maand leest InvoiceLink de factuur van uw leverancier uit Exact Online, koppelt elke regel aan het ConnectWise-contract van de klant, laat zien waar aantallen en prijzen afwijken en corrigeert ConnectWise met één klik — met een log van elke wijziging.</translation>
    </message>
    <message>
        <source>The demo runs on built-in sample systems: nothing is sent anywhere and no settings are saved.</source>
        <translation>De demo draait op ingebouwde voorbeeldsystemen: er wordt niets verstuurd en er worden geen instellingen bewaard.</translation>
    </message>
</context>
<context>
    <name>il::ui::WindowActions</name>
    <message>
        <source>&amp;Load invoice</source>
        <translation>Factuur &amp;laden</translation>
    </message>
    <message>
        <source>Read the chosen month&apos;s invoice from Exact Online and compare it with ConnectWise</source>
        <translation>De factuur van de gekozen maand uit Exact Online lezen en vergelijken met ConnectWise</translation>
    </message>
    <message>
        <source>Push this &amp;row</source>
        <translation>Deze &amp;regel doorzetten</translation>
    </message>
    <message>
        <source>Send the current row&apos;s correction to ConnectWise</source>
        <translation>De correctie van de huidige regel naar ConnectWise sturen</translation>
    </message>
    <message>
        <source>&amp;Push selected…</source>
        <translation>Selectie &amp;doorzetten…</translation>
    </message>
    <message>
        <source>Review and push the corrections of the selected rows</source>
        <translation>De correcties van de gekozen regels bekijken en doorzetten</translation>
    </message>
    <message>
        <source>Push &amp;all deviations…</source>
        <translation>&amp;Alle afwijkingen doorzetten…</translation>
    </message>
    <message>
        <source>Review and push every correction of the month</source>
        <translation>Alle correcties van de maand bekijken en doorzetten</translation>
    </message>
    <message>
        <source>&amp;Confirm all suggestions</source>
        <translation>Alle voorstellen &amp;bevestigen</translation>
    </message>
    <message>
        <source>Keep every automatic link as confirmed, also for next month</source>
        <translation>Elke automatische koppeling als bevestigd bewaren, ook voor volgende maand</translation>
    </message>
    <message>
        <source>Create a&amp;greement…</source>
        <translation>&amp;Contract aanmaken…</translation>
    </message>
    <message>
        <source>Create a ConnectWise agreement for the current row&apos;s company</source>
        <translation>Een ConnectWise-contract aanmaken voor het bedrijf van de huidige regel</translation>
    </message>
    <message>
        <source>Create pro&amp;duct…</source>
        <translation>Pro&amp;duct aanmaken…</translation>
    </message>
    <message>
        <source>Create a ConnectWise product for the current row&apos;s item</source>
        <translation>Een ConnectWise-product aanmaken voor het artikel van de huidige regel</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the month&apos;s comparison as an Excel or CSV file</source>
        <translation>De vergelijking van de maand bewaren als Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Transfer log</source>
        <translation>&amp;Overdrachtslog</translation>
    </message>
    <message>
        <source>Every push to ConnectWise, with its outcome</source>
        <translation>Elke doorzetting naar ConnectWise, met de uitkomst</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Connect Exact Online and ConnectWise, the database and the tolerances</source>
        <translation>Exact Online en ConnectWise koppelen, de database en de toleranties</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search customers, items and descriptions</source>
        <translation>Klanten, artikelen en omschrijvingen zoeken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close InvoiceLink</source>
        <translation>InvoiceLink sluiten</translation>
    </message>
    <message>
        <source>&amp;About InvoiceLink</source>
        <translation>&amp;Over InvoiceLink</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versie en licentie</translation>
    </message>
    <message>
        <source>Show all lines</source>
        <translation>Alle regels tonen</translation>
    </message>
    <message>
        <source>Show OK lines</source>
        <translation>OK-regels tonen</translation>
    </message>
    <message>
        <source>Show deviations</source>
        <translation>Afwijkingen tonen</translation>
    </message>
    <message>
        <source>Show unlinked lines</source>
        <translation>Niet-gekoppelde regels tonen</translation>
    </message>
    <message>
        <source>Show lines whose amount differs</source>
        <translation>Regels met een afwijkend bedrag tonen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Invoice</source>
        <translation>&amp;Factuur</translation>
    </message>
    <message>
        <source>Li&amp;nes</source>
        <translation>&amp;Regels</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Maand:</translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation>%1
Niet beschikbaar: %2</translation>
    </message>
    <message>
        <source>C&amp;harts…</source>
        <translation>&amp;Grafieken…</translation>
    </message>
    <message>
        <source>Deviation amount per month, and the customers with the largest in this month</source>
        <translation>Afwijkingsbedrag per maand, en de klanten met het grootste afwijkingsbedrag in deze maand</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Log the phases of each run (loads, pushes, locks) to standard error.</source>
        <translation>Log de fasen van elke run (laden, doorzetten, vergrendelingen) naar standaardfout.</translation>
    </message>
    <message>
        <source>Also log every HTTP request (never a secret) to standard error.</source>
        <translation>Log ook elk HTTP-verzoek (nooit een geheim) naar standaardfout.</translation>
    </message>
    <message>
        <source>With --demo: book the supplier&apos;s invoices as invoices (default), entries or both.</source>
        <translation>Met --demo: boek de facturen van de leverancier als facturen (standaard), inkoopboekingen (entries) of beide (both).</translation>
    </message>
    <message>
        <source>--demo-booking must be invoices, entries or both</source>
        <translation>--demo-booking moet invoices, entries of both zijn</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>De demo-sandbox kon niet starten: %1</translation>
    </message>
    <message>
        <source>No temporary folder for the demo: %1</source>
        <translation>Geen tijdelijke map voor de demo: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kan %1 niet schrijven</translation>
    </message>
    <message>
        <source>Reconcile the monthly Exact Online invoice with ConnectWise agreements.</source>
        <translation>De maandelijkse factuur in Exact Online afstemmen met de ConnectWise-contracten.</translation>
    </message>
    <message>
        <source>Run on the built-in demo sandbox.</source>
        <translation>Draaien op de ingebouwde demo-sandbox.</translation>
    </message>
    <message>
        <source>Use this settings file.</source>
        <translation>Dit instellingenbestand gebruiken.</translation>
    </message>
</context>
</TS>
