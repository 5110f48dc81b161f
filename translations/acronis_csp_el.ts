<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>Audit</name>
    <message>
        <source>Instance added</source>
        <translation>Προστέθηκε στιγμιότυπο</translation>
    </message>
    <message>
        <source>Instance edited</source>
        <translation>Άλλαξε στιγμιότυπο</translation>
    </message>
    <message>
        <source>Instance removed</source>
        <translation>Αφαιρέθηκε στιγμιότυπο</translation>
    </message>
    <message>
        <source>Instance imported</source>
        <translation>Εισήχθη στιγμιότυπο</translation>
    </message>
    <message>
        <source>Client secret replaced</source>
        <translation>Αντικαταστάθηκε το client secret</translation>
    </message>
    <message>
        <source>Price set by hand</source>
        <translation>Τιμή ορίστηκε με το χέρι</translation>
    </message>
    <message>
        <source>Product renamed</source>
        <translation>Μετονομάστηκε προϊόν</translation>
    </message>
    <message>
        <source>Discount set</source>
        <translation>Ορίστηκε έκπτωση</translation>
    </message>
    <message>
        <source>Discount cleared</source>
        <translation>Αφαιρέθηκε έκπτωση</translation>
    </message>
    <message>
        <source>Contract tier set</source>
        <translation>Ορίστηκε βαθμίδα συμβολαίου</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <translation>Get Services Definition</translation>
    </message>
    <message>
        <source>Catalogue copied</source>
        <translation>Αντιγράφηκε ο κατάλογος</translation>
    </message>
    <message>
        <source>Provider operations</source>
        <translation>Ενέργειες παρόχων</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Πάροχος: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>system name</source>
        <translation>όνομα συστήματος</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>πύλη</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>αναγνωριστικό πελάτη</translation>
    </message>
    <message>
        <source>Distributor Discount</source>
        <translation>έκπτωση διανομέα</translation>
    </message>
    <message>
        <source>primary currency</source>
        <translation>κύριο νόμισμα</translation>
    </message>
    <message>
        <source>product names</source>
        <translation>ονόματα προϊόντων</translation>
    </message>
    <message>
        <source>keep the names of the first run</source>
        <translation>διατήρηση των ονομάτων της πρώτης εκτέλεσης</translation>
    </message>
    <message>
        <source>continuously update names</source>
        <translation>συνεχής ενημέρωση ονομάτων</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Linked the Acronis account %1 (%2).</source>
        <translation>Συνδέθηκε ο λογαριασμός Acronis %1 (%2).</translation>
    </message>
    <message>
        <source>Removed the instance %1 with its products and its client secret.</source>
        <translation>Αφαιρέθηκε η παρουσία %1 μαζί με τα προϊόντα και το μυστικό πελάτη της.</translation>
    </message>
    <message>
        <source>Imported the settings of %1 from a configuration file.</source>
        <translation>Εισήχθησαν οι ρυθμίσεις της %1 από αρχείο διαμόρφωσης.</translation>
    </message>
    <message>
        <source>Changed the %1 of %2 from %3 to %4.</source>
        <translation>Άλλαξε το πεδίο «%1» της %2 από %3 σε %4.</translation>
    </message>
    <message>
        <source>Set the sell price of %1 by hand to %2.</source>
        <translation>Η τιμή πώλησης του %1 ορίστηκε χειροκίνητα σε %2.</translation>
    </message>
    <message>
        <source>Changed the sell price of %1 by hand from %2 to %3.</source>
        <translation>Η τιμή πώλησης του %1 άλλαξε χειροκίνητα από %2 σε %3.</translation>
    </message>
    <message>
        <source>the application %1</source>
        <translation>την εφαρμογή %1</translation>
    </message>
    <message>
        <source>the product %1</source>
        <translation>το προϊόν %1</translation>
    </message>
    <message>
        <source>Removed the discount of %1 (it was %2); the Distributor Discount applies to it again.</source>
        <translation>Αφαιρέθηκε η έκπτωση για %1 (ήταν %2)· ισχύει ξανά η έκπτωση διανομέα.</translation>
    </message>
    <message>
        <source>Set a discount of %1 for %2.</source>
        <translation>Ορίστηκε έκπτωση %1 για %2.</translation>
    </message>
    <message>
        <source>Changed the discount of %1 from %2 to %3.</source>
        <translation>Η έκπτωση για %1 άλλαξε από %2 σε %3.</translation>
    </message>
    <message>
        <source>Added the contract tier %1 (at Acronis: %2) with a minimum commitment of %3 a month.</source>
        <translation>Προστέθηκε η βαθμίδα σύμβασης %1 (στην Acronis: %2) με ελάχιστη δέσμευση %3 τον μήνα.</translation>
    </message>
    <message>
        <source>minimum commitment from %1 to %2</source>
        <translation>ελάχιστη δέσμευση από %1 σε %2</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>μετονομάστηκε από %1</translation>
    </message>
    <message>
        <source>at Acronis from %1 to %2</source>
        <translation>στην Acronis από %1 σε %2</translation>
    </message>
    <message>
        <source>now a promotion</source>
        <translation>πλέον προσφορά</translation>
    </message>
    <message>
        <source>no longer a promotion</source>
        <translation>όχι πλέον προσφορά</translation>
    </message>
    <message>
        <source>Changed the contract tier %1: %2.</source>
        <translation>Άλλαξε η βαθμίδα σύμβασης %1: %2.</translation>
    </message>
    <message>
        <source>%1 added, %2 renamed, %3 updated, %4 retired</source>
        <translation>%1 προστέθηκαν, %2 μετονομάστηκαν, %3 ενημερώθηκαν, %4 αποσύρθηκαν</translation>
    </message>
    <message>
        <source>cancelled, nothing changed</source>
        <translation>ακυρώθηκε, τίποτα δεν άλλαξε</translation>
    </message>
    <message>
        <source>failed, nothing changed (%1)</source>
        <translation>απέτυχε, τίποτα δεν άλλαξε (%1)</translation>
    </message>
    <message>
        <source>Get Services Definition: %1.</source>
        <translation>Get Services Definition: %1.</translation>
    </message>
    <message>
        <source>Get Services Definition, started from %1: %2.</source>
        <translation>Get Services Definition, με εκκίνηση από %1: %2.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1: απέτυχε</translation>
    </message>
    <message>
        <source>Service provider %1: %2.</source>
        <translation>Πάροχος υπηρεσιών %1: %2.</translation>
    </message>
    <message>
        <source>Service provider %1: %2. %3</source>
        <translation>Πάροχος υπηρεσιών %1: %2. %3</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Παραδόθηκε</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Εισήχθη</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Σε αναστολή</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Επανενεργοποιήθηκε</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Tier changed</source>
        <translation>Άλλαξε η βαθμίδα</translation>
    </message>
    <message>
        <source>Products changed</source>
        <translation>Άλλαξαν τα προϊόντα</translation>
    </message>
    <message>
        <source>Products read</source>
        <translation>Διαβάστηκαν τα προϊόντα</translation>
    </message>
    <message>
        <source>Replaced the client secret of %1 (a secret&apos;s value is never recorded).</source>
        <translation>Αντικαταστάθηκε το μυστικό πελάτη της %1 (η τιμή ενός μυστικού δεν καταγράφεται ποτέ).</translation>
    </message>
    <message>
        <source>Renamed the product %1 to %2.</source>
        <translation>Το προϊόν %1 μετονομάστηκε σε %2.</translation>
    </message>
    <message>
        <source>Copied the catalogue from %1 to %2.</source>
        <translation>Ο κατάλογος αντιγράφηκε από %1 σε %2.</translation>
    </message>
    <message>
        <source>%1: %2 (before: %3; after: %4)</source>
        <translation>%1: %2 (πριν: %3· μετά: %4)</translation>
    </message>
    <message>
        <source>Customer id set</source>
        <translation>Ορίστηκε κωδικός πελάτη</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>Σ&amp;τιγμιότυπο:</translation>
    </message>
    <message>
        <source>Only the changes of this instance</source>
        <translation>Μόνο οι αλλαγές αυτού του στιγμιότυπου</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>Only this kind of change</source>
        <translation>Μόνο αυτό το είδος αλλαγής</translation>
    </message>
    <message>
        <source>Only changes from the chosen day on</source>
        <translation>Μόνο αλλαγές από την επιλεγμένη ημέρα</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Α&amp;πό</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Από ημέρα</translation>
    </message>
    <message>
        <source>The first day whose changes are shown</source>
        <translation>Η πρώτη ημέρα της οποίας οι αλλαγές εμφανίζονται</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Shows only the changes that contain this text</source>
        <translation>Εμφανίζει μόνο τις αλλαγές που περιέχουν αυτό το κείμενο</translation>
    </message>
    <message>
        <source>Search who, what and values</source>
        <translation>Αναζήτηση σε ποιος, τι και τιμές</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Ιστορικό αλλαγών</translation>
    </message>
    <message>
        <source>Every change, newest first: when, who, what, and the value before and after</source>
        <translation>Κάθε αλλαγή, η νεότερη πρώτη: πότε, ποιος, τι, και η τιμή πριν και μετά</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>recording the change in the audit trail</source>
        <translation>κατά την καταγραφή της αλλαγής στο ιστορικό αλλαγών</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>κατά την ανάγνωση του ιστορικού αλλαγών</translation>
    </message>
</context>
<context>
    <name>BatchWrite</name>
    <message>
        <source>writing %1 rows into %2</source>
        <translation>εγγραφή %1 γραμμών στο %2</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The gateway serves prices in %1, but the primary currency of &quot;%2&quot; is %3; those prices were kept in %1, not converted.</source>
        <translation>Το gateway δίνει τιμές σε %1, αλλά το κύριο νόμισμα του «%2» είναι %3· οι τιμές αυτές κρατήθηκαν σε %1, χωρίς μετατροπή.</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ώρες</translation>
    </message>
    <message>
        <source>items</source>
        <translation>τεμάχια</translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>ώρα</numerusform>
            <numerusform>ώρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>item(s)</source>
        <translation>
            <numerusform>τεμάχιο</numerusform>
            <numerusform>τεμάχια</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueCommands</name>
    <message>
        <source>Get Services Definition: bring the instance&apos;s products up to date with what the distributor may sell to service providers.</source>
        <translation>Λήψη ορισμού υπηρεσιών: ενημέρωση των προϊόντων του στιγμιότυπου με ό,τι μπορεί να πουλήσει ο διανομέας στους παρόχους υπηρεσιών.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Compute and print the changes; write nothing.</source>
        <translation>Υπολογισμός και εμφάνιση των αλλαγών· δεν γράφεται τίποτα.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>Dry run of Get Services Definition for &quot;%1&quot; (nothing was written): %2 added, %3 updated, %4 renamed, %5 retired, %6 unchanged.</source>
        <translation>Δοκιμαστική «Λήψη ορισμού υπηρεσιών» για «%1» (δεν γράφτηκε τίποτα): %2 προστέθηκαν, %3 ενημερώθηκαν, %4 μετονομάστηκαν, %5 αποσύρθηκαν, %6 αμετάβλητα.</translation>
    </message>
    <message>
        <source>Get Services Definition for &quot;%1&quot;: %2 added, %3 updated, %4 renamed, %5 retired, %6 unchanged.</source>
        <translation>Λήψη ορισμού υπηρεσιών για «%1»: %2 προστέθηκαν, %3 ενημερώθηκαν, %4 μετονομάστηκαν, %5 αποσύρθηκαν, %6 αμετάβλητα.</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (αποσύρθηκε)</translation>
    </message>
    <message>
        <source>List the products of every instance, or of one.</source>
        <translation>Λίστα των προϊόντων όλων των στιγμιότυπων ή ενός.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s products.</source>
        <translation>Μόνο τα προϊόντα αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Only products whose name, offering item or storage contains TEXT.</source>
        <translation>Μόνο προϊόντα των οποίων το όνομα, το offering item ή ο χώρος αποθήκευσης περιέχει TEXT.</translation>
    </message>
    <message>
        <source>Also list products Acronis no longer serves.</source>
        <translation>Λίστα και των προϊόντων που η Acronis δεν προσφέρει πια.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8).</source>
        <translation>Έξοδος σε CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>Τα --json και --csv αλληλοαποκλείονται.</translation>
    </message>
    <message>
        <source>No products. Run &apos;acronis-csp sync NAME&apos; to get the services definition.</source>
        <translation>Δεν υπάρχουν προϊόντα. Το &apos;acronis-csp sync NAME&apos; λαμβάνει τον ορισμό υπηρεσιών.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ΣΤΙΓΜΙΟΤΥΠΟ</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>ΠΩΛΗΣΗ</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>ΚΟΣΤΟΣ</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>ΝΟΜΙΣΜΑ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <source>List the Get Services Definition runs, newest first.</source>
        <translation>Λίστα των εκτελέσεων «Λήψη ορισμού υπηρεσιών», νεότερες πρώτα.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s runs.</source>
        <translation>Μόνο οι εκτελέσεις αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Δεν υπάρχουν ακόμη εκτελέσεις.</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>ΕΝΑΡΞΗ</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ΑΛΛΑΓΕΣ</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ΣΦΑΛΜΑ</translation>
    </message>
    <message>
        <source>Set a sell price by hand for an item whose price the gateway does not serve.</source>
        <translation>Ορισμός τιμής πώλησης με το χέρι για στοιχείο του οποίου την τιμή δεν δίνει το gateway.</translation>
    </message>
    <message>
        <source>The offering item, e.g. pw_base_servers.</source>
        <translation>Το offering item, π.χ. pw_base_servers.</translation>
    </message>
    <message>
        <source>The sell price in the instance&apos;s primary currency, e.g. 12.50.</source>
        <translation>Η τιμή πώλησης στο κύριο νόμισμα του στιγμιότυπου, π.χ. 12.50.</translation>
    </message>
    <message>
        <source>The item&apos;s edition, where several match.</source>
        <translation>Η έκδοση του στοιχείου, όταν ταιριάζουν πολλά.</translation>
    </message>
    <message>
        <source>The item&apos;s storage, where several match.</source>
        <translation>Ο χώρος αποθήκευσης του στοιχείου, όταν ταιριάζουν πολλά.</translation>
    </message>
    <message>
        <source>expected &apos;price set NAME OFFERING_ITEM PRICE&apos;.</source>
        <translation>αναμενόταν &apos;price set NAME OFFERING_ITEM PRICE&apos;.</translation>
    </message>
    <message>
        <source>Set the sell price of &quot;%1&quot; to %2 %3 (cost %4 %3 with the %5 % discount).</source>
        <translation>Η τιμή πώλησης του «%1» ορίστηκε σε %2 %3 (κόστος %4 %3 με έκπτωση %5 %).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 (run &apos;acronis-csp products --instance &quot;%1&quot;&apos;).</source>
        <translation>«%1»: %2 (δείτε &apos;acronis-csp products --instance &quot;%1&quot;&apos;).</translation>
    </message>
    <message>
        <source>Every instance, one after the other; the exit code is that of the first (by name) that failed.</source>
        <translation>Κάθε στιγμιότυπο, το ένα μετά το άλλο· ο κωδικός εξόδου είναι εκείνος του πρώτου (κατά όνομα) που απέτυχε.</translation>
    </message>
    <message>
        <source>give either an instance&apos;s NAME or --all.</source>
        <translation>δώστε είτε το ΟΝΟΜΑ ενός στιγμιότυπου είτε --all.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No instances. Add one with &apos;acronis-csp instance add&apos;.</source>
        <translation>Δεν υπάρχουν στιγμιότυπα. Προσθέστε ένα με το &apos;acronis-csp instance add&apos;.</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>ΑΠΟ</translation>
    </message>
    <message>
        <source>%1: the usage estimate for the month-end reconciliation was not recorded: %2</source>
        <translation>%1: η εκτίμηση χρήσης για τη συμφωνία του μήνα δεν καταγράφηκε: %2</translation>
    </message>
    <message numerus="yes">
        <source>Usage of %n service provider(s) recorded as the month&apos;s estimate.</source>
        <translation>
            <numerusform>Η χρήση %n παρόχου υπηρεσιών καταγράφηκε ως εκτίμηση του μήνα.</numerusform>
            <numerusform>Η χρήση %n παρόχων υπηρεσιών καταγράφηκε ως εκτίμηση του μήνα.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Distributor Discount could not be checked against Acronis&apos; price list: %1</source>
        <translation>Η έκπτωση διανομέα δεν μπόρεσε να ελεγχθεί με τον τιμοκατάλογο της Acronis: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueCopy</name>
    <message>
        <source>counting the rows of %1</source>
        <translation>καταμέτρηση των γραμμών του %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>ανάγνωση του %1</translation>
    </message>
    <message>
        <source>continuing the operation numbers</source>
        <translation>συνέχιση της αρίθμησης των ενεργειών</translation>
    </message>
    <message>
        <source>The two catalogues have different schema versions (%1 and %2).</source>
        <translation>Οι δύο κατάλογοι έχουν διαφορετικές εκδόσεις σχήματος (%1 και %2).</translation>
    </message>
    <message>
        <source>starting the copy</source>
        <translation>έναρξη της αντιγραφής</translation>
    </message>
    <message>
        <source>%1 already holds a catalogue (%2 instances); nothing was copied. Copy into an empty database.</source>
        <translation>Το %1 περιέχει ήδη κατάλογο (%2 στιγμιότυπα)· δεν αντιγράφηκε τίποτα. Αντιγράψτε σε κενή βάση δεδομένων.</translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows, the source %3; nothing was copied.</source>
        <translation>Το αντίγραφο του %1 έχει %2 γραμμές, η πηγή %3· δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>committing the copy</source>
        <translation>οριστικοποίηση της αντιγραφής</translation>
    </message>
    <message>
        <source>The copy does not know the table %1; nothing was copied.</source>
        <translation>Η αντιγραφή δεν γνωρίζει τον πίνακα %1· δεν αντιγράφηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>CatalogueDatabase</name>
    <message>
        <source>No password was given.</source>
        <translation>Δεν δόθηκε κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>%1, schema %2: %3, %4, %5.</source>
        <translation>%1, σχήμα %2: %3, %4, %5.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n στιγμιότυπο</numerusform>
            <numerusform>%n στιγμιότυπα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n προϊόν</numerusform>
            <numerusform>%n προϊόντα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service provider(s)</source>
        <translation>
            <numerusform>%n πάροχος υπηρεσιών</numerusform>
            <numerusform>%n πάροχοι υπηρεσιών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeItemsDialog</name>
    <message>
        <source>Change Products</source>
        <translation>Αλλαγή προϊόντων</translation>
    </message>
</context>
<context>
    <name>ChangeTierDialog</name>
    <message>
        <source>Change Tier</source>
        <translation>Αλλαγή βαθμίδας</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Βαθμίδα:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Από &amp;τον:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;acronis-csp --help&apos;.</source>
        <translation>Δείτε &apos;acronis-csp --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Try &apos;acronis-csp --help&apos;.</source>
        <translation>άγνωστη εντολή «%1». Δείτε &apos;acronis-csp --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp [--data-dir DIR] [--database URL] [--ca-file FILE] COMMAND ...

Links a cloud distributor&apos;s billing system to Acronis Cyber Cloud: the same
catalogue and settings as the acronis-csp-setup window, without a window.

Commands:
  instance          Add, edit, list, show and remove linked Acronis accounts
  test-connection   Check an instance&apos;s gateway, client id and secret
  check-api         Check, read-only, every endpoint this program depends on
  sync              Get Services Definition: update an instance&apos;s products
  products          List the products (also as JSON or CSV)
  history           List the sync runs
  price set         Set a sell price by hand where the gateway serves none
  prices            Check the discount against Acronis&apos; effective price list
  provider          Provision, list, suspend, resume and cancel service providers
  usage             Service providers&apos; usage, priced at sell and cost
  tier              List and set the CSP contract tiers and their commitments
  invoice           Each service provider&apos;s invoice for a closed month
  reconcile         A closed month&apos;s report beside its estimates, with flags
  discount          Discounts of applications and products
  audit             Who changed what, and when
  database          Where the catalogue lives: status, copy, login, logout

Global options:
  --ca-file FILE   Trust the certificate authorities in FILE (PEM) besides the
                   system&apos;s, for a TLS-inspecting proxy (also $ACRONIS_CSP_CA_FILE)
  --data-dir DIR   Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR)
  --database URL   Use the catalogue at URL: sqlite:PATH or
                   postgresql://[USER@]HOST[:PORT]/DBNAME (also
                   $ACRONIS_CSP_DATABASE); never a password in it
  --allow-unencrypted-database
                   Allow an unencrypted connection to a database server on
                   another machine
  --help           Show this help; &apos;acronis-csp COMMAND --help&apos; for a command
  --verbose        Each request to Acronis on stderr: method, path, status, ms
  --version        Show the version

Exit codes: 0 done, 1 failed, 2 bad arguments or input, 3 authentication failed,
4 gateway or database server unreachable, 5 OS keychain unavailable, 6 conflict,
130/143 stopped by Ctrl+C or SIGTERM (the run is rolled back and recorded as
cancelled).
</source>
        <translation>Χρήση: acronis-csp [--data-dir ΚΑΤΑΛΟΓΟΣ] [--database URL] [--ca-file ΑΡΧΕΙΟ] ΕΝΤΟΛΗ ...

Συνδέει το σύστημα χρέωσης ενός διανομέα cloud με το Acronis Cyber Cloud: ίδιος
κατάλογος και ίδιες ρυθμίσεις με το παράθυρο acronis-csp-setup, χωρίς παράθυρο.

Εντολές:
  instance          Προσθήκη, αλλαγή, λίστα, προβολή, αφαίρεση συνδεδεμένων λογαριασμών Acronis
  test-connection   Έλεγχος gateway, client id και secret ενός στιγμιότυπου
  check-api         Έλεγχος, μόνο με ανάγνωση, κάθε endpoint που χρειάζεται το πρόγραμμα
  sync              Λήψη ορισμού υπηρεσιών: ενημέρωση των προϊόντων ενός στιγμιότυπου
  products          Λίστα των προϊόντων (και ως JSON ή CSV)
  history           Λίστα των συγχρονισμών
  price set         Ορισμός τιμής πώλησης με το χέρι όπου το gateway δεν δίνει
  prices            Έλεγχος της έκπτωσης με τον πραγματικό τιμοκατάλογο της Acronis
  provider          Παροχή, λίστα, αναστολή, επανενεργοποίηση, ακύρωση παρόχων υπηρεσιών
  usage             Χρήση των παρόχων υπηρεσιών, σε τιμή πώλησης και κόστους
  tier              Οι βαθμίδες των συμβολαίων CSP και οι ελάχιστες δεσμεύσεις τους
  invoice           Το τιμολόγιο κάθε παρόχου υπηρεσιών για έναν κλεισμένο μήνα
  reconcile         Η αναφορά ενός κλεισμένου μήνα δίπλα στις εκτιμήσεις του, με επισημάνσεις
  discount          Εκπτώσεις εφαρμογών και προϊόντων
  audit             Ποιος άλλαξε τι και πότε
  database          Πού βρίσκεται ο κατάλογος: κατάσταση, αντιγραφή, σύνδεση, αποσύνδεση

Γενικές επιλογές:
  --ca-file ΑΡΧ    Εμπιστοσύνη στις αρχές πιστοποίησης του ΑΡΧ (PEM) πέρα από του
                   συστήματος, για proxy που επιθεωρεί το TLS (επίσης $ACRONIS_CSP_CA_FILE)
  --data-dir ΚΑΤ   Χρήση του καταλόγου στο ΚΑΤ (επίσης $ACRONIS_CSP_DATA_DIR)
  --database URL   Χρήση του καταλόγου στο URL: sqlite:ΔΙΑΔΡΟΜΗ ή
                   postgresql://[ΧΡΗΣΤΗΣ@]HOST[:PORT]/DBNAME (επίσης
                   $ACRONIS_CSP_DATABASE)· ποτέ κωδικός μέσα του
  --allow-unencrypted-database
                   Να επιτρέπεται μη κρυπτογραφημένη σύνδεση με διακομιστή βάσης
                   δεδομένων σε άλλον υπολογιστή
  --help           Αυτή η βοήθεια· &apos;acronis-csp ΕΝΤΟΛΗ --help&apos; για μια εντολή
  --verbose        Κάθε αίτημα προς την Acronis στο stderr: μέθοδος, διαδρομή, κατάσταση, ms
  --version        Εμφάνιση της έκδοσης

Κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 απέτυχε, 2 λάθος ορίσματα ή είσοδος,
3 απόρριψη ταυτοποίησης, 4 μη προσβάσιμο gateway ή διακομιστής βάσης δεδομένων,
5 μη διαθέσιμη κλειδοθήκη, 6 σύγκρουση, 130/143 διακοπή με Ctrl+C ή SIGTERM
(η εκτέλεση αναιρείται και καταγράφεται ως ακυρωμένη).
</translation>
    </message>
</context>
<context>
    <name>CompatibilityDialog</name>
    <message>
        <source>Compatibility with Acronis</source>
        <translation>Συμβατότητα με την Acronis</translation>
    </message>
    <message>
        <source>Calls every endpoint this program depends on, read-only: nothing is created, changed or deleted at Acronis.</source>
        <translation>Καλεί κάθε endpoint από το οποίο εξαρτάται αυτό το πρόγραμμα, μόνο με ανάγνωση: τίποτα δεν δημιουργείται, αλλάζει ή διαγράφεται στην Acronis.</translation>
    </message>
    <message>
        <source>Endpoints checked</source>
        <translation>Endpoints που ελέγχθηκαν</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>Έλεγχος &amp;ξανά</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>&amp;Αποθήκευση απαντήσεων…</translation>
    </message>
    <message>
        <source>Save each answer in a folder, with names, e-mail addresses, logins, phone numbers and addresses replaced, to send to support.</source>
        <translation>Αποθήκευση κάθε απάντησης σε φάκελο, με αντικατεστημένα ονόματα, διευθύνσεις e-mail, ονόματα σύνδεσης, τηλέφωνα και διευθύνσεις, για αποστολή στην υποστήριξη.</translation>
    </message>
</context>
<context>
    <name>ConfigurationCommands</name>
    <message>
        <source>Print the configuration of instances as one JSON document: their settings, name policies, discounts, contract tiers and the products priced or named by hand. Never a secret.</source>
        <translation>Εκτύπωση της διαμόρφωσης στιγμιότυπων ως ένα έγγραφο JSON: ρυθμίσεις, πολιτικές ονομάτων, εκπτώσεις, βαθμίδες συμβολαίου και τα προϊόντα με τιμή ή όνομα ορισμένα με το χέρι. Ποτέ secret.</translation>
    </message>
    <message>
        <source>An instance&apos;s system name; all without.</source>
        <translation>Το όνομα συστήματος ενός στιγμιότυπου· χωρίς: όλα.</translation>
    </message>
    <message>
        <source>Add the instances of a file that &apos;instance export&apos; wrote, with their discounts, tiers and products priced or named by hand. Client secrets are not in it: add them afterwards.</source>
        <translation>Προσθήκη των στιγμιότυπων ενός αρχείου του &apos;instance export&apos;, με εκπτώσεις, βαθμίδες και προϊόντα με τιμή ή όνομα ορισμένα με το χέρι. Τα client secret δεν περιέχονται: προσθέστε τα μετά.</translation>
    </message>
    <message>
        <source>The exported JSON file.</source>
        <translation>Το εξαγμένο αρχείο JSON.</translation>
    </message>
    <message>
        <source>Say what would change; change nothing.</source>
        <translation>Αναφορά του τι θα άλλαζε· καμία αλλαγή.</translation>
    </message>
    <message>
        <source>Replace the settings of instances that exist already (else: exit 6).</source>
        <translation>Αντικατάσταση των ρυθμίσεων στιγμιότυπων που υπάρχουν ήδη (αλλιώς: έξοδος 6).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Το %1 δεν διαβάζεται: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Would: %1</source>
        <translation>Θα γινόταν: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no client secret on this machine yet: add it with &apos;acronis-csp instance edit &quot;%1&quot; --client-secret-stdin&apos;.</source>
        <translation>Το «%1» δεν έχει ακόμη client secret σε αυτόν τον υπολογιστή: προσθέστε το με &apos;acronis-csp instance edit &quot;%1&quot; --client-secret-stdin&apos;.</translation>
    </message>
</context>
<context>
    <name>ConfigurationService</name>
    <message>
        <source>must be a text that is not empty</source>
        <translation>πρέπει να είναι μη κενό κείμενο</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>πρέπει να είναι κείμενο</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of at least 0</source>
        <translation>το «%1» δεν είναι ποσό τουλάχιστον 0</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>πρέπει να είναι true ή false</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>πρέπει να είναι πίνακας</translation>
    </message>
    <message>
        <source>%1.%2: %3.</source>
        <translation>%1.%2: %3.</translation>
    </message>
    <message>
        <source>must be &quot;application&quot; or &quot;offering_item&quot;</source>
        <translation>πρέπει να είναι &quot;application&quot; ή &quot;offering_item&quot;</translation>
    </message>
    <message>
        <source>at most 16 characters</source>
        <translation>το πολύ 16 χαρακτήρες</translation>
    </message>
    <message>
        <source>at most 256 characters</source>
        <translation>το πολύ 256 χαρακτήρες</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at character %2.</source>
        <translation>Το αρχείο δεν είναι JSON: %1 στον χαρακτήρα %2.</translation>
    </message>
    <message>
        <source>version: %1 is not a version this program reads (1).</source>
        <translation>version: η %1 δεν είναι έκδοση που διαβάζει αυτό το πρόγραμμα (1).</translation>
    </message>
    <message>
        <source>instances[%1].system_name: &quot;%2&quot; is in the file twice.</source>
        <translation>instances[%1].system_name: το «%2» υπάρχει δύο φορές στο αρχείο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already; nothing was imported. Give --replace to replace its settings with the file&apos;s.</source>
        <translation>Το «%1» υπάρχει ήδη· δεν εισήχθη τίποτα. Δώστε --replace για να αντικατασταθούν οι ρυθμίσεις του με του αρχείου.</translation>
    </message>
    <message>
        <source>Replace the settings of &quot;%1&quot;: %2.</source>
        <translation>Αντικατάσταση των ρυθμίσεων του «%1»: %2.</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;: %2.</source>
        <translation>Προσθήκη του «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n discount(s) of applications or products,</source>
        <translation>
            <numerusform>«%1»: %n έκπτωση εφαρμογής ή προϊόντος,</numerusform>
            <numerusform>«%1»: %n εκπτώσεις εφαρμογών ή προϊόντων,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract tier(s),</source>
        <translation>
            <numerusform>%n βαθμίδα συμβολαίου,</numerusform>
            <numerusform>%n βαθμίδες συμβολαίου,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) priced or named by hand.</source>
        <translation>
            <numerusform>%n προϊόν με τιμή ή όνομα από το χέρι.</numerusform>
            <numerusform>%n προϊόντα με τιμή ή όνομα από το χέρι.</numerusform>
        </translation>
    </message>
    <message>
        <source>instances: the file holds no instance.</source>
        <translation>instances: το αρχείο δεν περιέχει στιγμιότυπο.</translation>
    </message>
    <message>
        <source>importing the configuration</source>
        <translation>κατά την εισαγωγή της διαμόρφωσης</translation>
    </message>
    <message>
        <source>format: the file is not an instance configuration that this program exported (&quot;format&quot;: &quot;%1&quot;).</source>
        <translation>format: το αρχείο δεν είναι διαμόρφωση παρουσίας που εξήγαγε αυτό το πρόγραμμα (&quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>ConfirmCancelDialog</name>
    <message>
        <source>Cancel Service Provider</source>
        <translation>Ακύρωση παρόχου υπηρεσιών</translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>Obtain a token and find the distributor tenant of an instance&apos;s API client.</source>
        <translation>Λήψη token και εύρεση του tenant διανομέα του API client ενός στιγμιότυπου.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>Connected to %1: tenant &quot;%2&quot; (%3, id %4).</source>
        <translation>Συνδέθηκε με %1: tenant «%2» (%3, id %4).</translation>
    </message>
    <message>
        <source>Check, read-only, that an instance&apos;s gateway offers every endpoint this program depends on, in the shape it needs.</source>
        <translation>Έλεγχος, μόνο με ανάγνωση, ότι το gateway ενός στιγμιότυπου προσφέρει κάθε endpoint που χρειάζεται αυτό το πρόγραμμα, στη μορφή που το χρειάζεται.</translation>
    </message>
    <message>
        <source>Save each answer in DIR, with names, e-mail addresses, logins, phone numbers and addresses replaced (ids, prices and structure kept).</source>
        <translation>Αποθήκευση κάθε απάντησης στο DIR, με αντικατεστημένα ονόματα, διευθύνσεις e-mail, ονόματα σύνδεσης, τηλέφωνα και διευθύνσεις (τα id, οι τιμές και η δομή μένουν).</translation>
    </message>
    <message>
        <source>--capture: the folder &quot;%1&quot; cannot be made.</source>
        <translation>--capture: ο φάκελος «%1» δεν μπορεί να δημιουργηθεί.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>Αποθηκεύτηκε %n απάντηση στο %1, με αντικατεστημένα προσωπικά δεδομένα.</numerusform>
            <numerusform>Αποθηκεύτηκαν %n απαντήσεις στο %1, με αντικατεστημένα προσωπικά δεδομένα.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2:</source>
        <translation>%1 στο %2:</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Επηρεάζει: %1</translation>
    </message>
    <message>
        <source>  not checked  %1: %2</source>
        <translation>  δεν ελέγχθηκε  %1: %2</translation>
    </message>
    <message>
        <source>Every endpoint checked works as this program needs.</source>
        <translation>Κάθε endpoint που ελέγχθηκε λειτουργεί όπως το χρειάζεται αυτό το πρόγραμμα.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 endpoints do not work as this program needs.</source>
        <translation>
            <numerusform>%n από %1 endpoints δεν λειτουργεί όπως το χρειάζεται αυτό το πρόγραμμα.</numerusform>
            <numerusform>%n από %1 endpoints δεν λειτουργούν όπως τα χρειάζεται αυτό το πρόγραμμα.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2.</translation>
    </message>
</context>
<context>
    <name>ContractCommands</name>
    <message>
        <source>tier: unknown command &quot;%1&quot;. Try &apos;acronis-csp tier --help&apos;.</source>
        <translation>tier: άγνωστη εντολή «%1». Δοκιμάστε &apos;acronis-csp tier --help&apos;.</translation>
    </message>
    <message>
        <source>List the instance&apos;s contract tiers and their commitments.</source>
        <translation>Λίστα των βαθμίδων του στιγμιότυπου και των δεσμεύσεών τους.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>promo</source>
        <translation>προσφορά</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>ΒΑΘΜΙΔΑ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>LEVEL VALUE</source>
        <translation>LEVEL VALUE</translation>
    </message>
    <message>
        <source>MINIMUM COMMITMENT</source>
        <translation>ΕΛΑΧΙΣΤΗ ΔΕΣΜΕΥΣΗ</translation>
    </message>
    <message>
        <source>Add a contract tier or change one: its minimum monthly commitment (from the distributor&apos;s agreement), name, tier_level_value and whether it is a promo.</source>
        <translation>Προσθήκη ή αλλαγή μιας βαθμίδας: η ελάχιστη μηνιαία δέσμευσή της (από τη συμφωνία του διανομέα), το όνομα, το tier_level_value και αν είναι προσφορά.</translation>
    </message>
    <message>
        <source>The tier: none, 1 to 5, or a new one.</source>
        <translation>Η βαθμίδα: none, 1 έως 5 ή μια νέα.</translation>
    </message>
    <message>
        <source>The minimum commitment a month, in the primary currency, e.g. 500.</source>
        <translation>Η ελάχιστη δέσμευση ανά μήνα, στο κύριο νόμισμα, π.χ. 500.</translation>
    </message>
    <message>
        <source>What the tier is called.</source>
        <translation>Πώς ονομάζεται η βαθμίδα.</translation>
    </message>
    <message>
        <source>The value Acronis keeps for the tier (−1 none, 0 Tier 1 … 4 Tier 5).</source>
        <translation>Η τιμή που κρατά η Acronis για τη βαθμίδα (−1 καμία, 0 Βαθμίδα 1 … 4 Βαθμίδα 5).</translation>
    </message>
    <message>
        <source>The tier is a promo contract.</source>
        <translation>Η βαθμίδα είναι συμβόλαιο προσφοράς.</translation>
    </message>
    <message>
        <source>missing --commitment.</source>
        <translation>λείπει το --commitment.</translation>
    </message>
    <message>
        <source>--tier-level-value: &quot;%1&quot; is not a whole number.</source>
        <translation>--tier-level-value: το «%1» δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot;: a minimum commitment of %3 %4 a month (tier_level_value %5).</source>
        <translation>%1 του «%2»: ελάχιστη δέσμευση %3 %4 τον μήνα (tier_level_value %5).</translation>
    </message>
    <message>
        <source>Usage: acronis-csp tier list|set ...

The CSP contract tiers of an instance: what &apos;provider create --tier&apos; takes, the
tier_level_value Acronis keeps, and each tier&apos;s minimum monthly commitment.

  list INSTANCE [--month YYYY-MM] [--json]
  set INSTANCE TIER --commitment AMOUNT [--from YYYY-MM] [--name TEXT] [--tier-level-value N] [--promo]
</source>
        <translation>Χρήση: acronis-csp tier list|set ...

Οι βαθμίδες συμβολαίου CSP μιας εγκατάστασης: ό,τι δέχεται το &apos;provider create --tier&apos;, το
tier_level_value που κρατά η Acronis και η ελάχιστη μηνιαία δέσμευση κάθε βαθμίδας.

  list ΕΓΚΑΤΑΣΤΑΣΗ [--month ΕΕΕΕ-ΜΜ] [--json]
  set ΕΓΚΑΤΑΣΤΑΣΗ ΒΑΘΜΙΔΑ --commitment ΠΟΣΟ [--from ΕΕΕΕ-ΜΜ] [--name ΚΕΙΜΕΝΟ] [--tier-level-value N] [--promo]
</translation>
    </message>
    <message>
        <source>The commitments in effect in this month (default: now).</source>
        <translation>Οι δεσμεύσεις που ίσχυαν αυτόν τον μήνα (προεπιλογή: τώρα).</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--month: το «%1» δεν είναι μήνας όπως 2026-10.</translation>
    </message>
    <message>
        <source>The first month of the commitment (default: the current one); earlier months keep theirs.</source>
        <translation>Ο πρώτος μήνας της δέσμευσης (προεπιλογή: ο τρέχων)· οι προηγούμενοι μήνες κρατούν τη δική τους.</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--from: το «%1» δεν είναι μήνας όπως 2026-10.</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>setting up the contract tiers</source>
        <translation>κατά τη δημιουργία των βαθμίδων</translation>
    </message>
    <message>
        <source>reading the contract tiers</source>
        <translation>κατά την ανάγνωση των βαθμίδων</translation>
    </message>
    <message>
        <source>saving the tier &quot;%1&quot;</source>
        <translation>κατά την αποθήκευση της βαθμίδας «%1»</translation>
    </message>
    <message>
        <source>reading the commitment history</source>
        <translation>κατά την ανάγνωση του ιστορικού δεσμεύσεων</translation>
    </message>
    <message>
        <source>reading the provider&apos;s tiers</source>
        <translation>κατά την ανάγνωση των βαθμίδων του παρόχου</translation>
    </message>
    <message>
        <source>recording the provider&apos;s tier</source>
        <translation>κατά την καταγραφή της βαθμίδας του παρόχου</translation>
    </message>
</context>
<context>
    <name>ContractRules</name>
    <message>
        <source>No commitment</source>
        <translation>Χωρίς δέσμευση</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Βαθμίδα %1</translation>
    </message>
    <message>
        <source>Tier: &quot;%1&quot; is not a tier name of 1 to 16 lower-case letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Βαθμίδα: το «%1» δεν είναι όνομα βαθμίδας από 1 έως 16 πεζά γράμματα, ψηφία, «_» ή «-».</translation>
    </message>
    <message>
        <source>Minimum commitment</source>
        <translation>Ελάχιστη δέσμευση</translation>
    </message>
    <message>
        <source>Minimum commitment: &quot;%1&quot; is negative; it is at least 0.</source>
        <translation>Ελάχιστη δέσμευση: το «%1» είναι αρνητικό· είναι τουλάχιστον 0.</translation>
    </message>
    <message>
        <source>Ramp-up: %1 is not 0 to %2 months.</source>
        <translation>Περίοδος έναρξης: το %1 δεν είναι 0 έως %2 μήνες.</translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>χωρίς χρέωση (περίοδος έναρξης)</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>χωρίς δέσμευση</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Usage against the minimum commitment: &quot;312.40 of 500.00 EUR&quot;.</extracomment>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>%1 – at least %2 a month</source>
        <translation>%1 – τουλάχιστον %2 τον μήνα</translation>
    </message>
    <message>
        <source>Acronis level %1</source>
        <translation>Επίπεδο Acronis %1</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Tier level value: %1 is not −2 to 7, the values Acronis knows.</source>
        <translation>Tier level value: το %1 δεν είναι από −2 έως 7, τις τιμές που γνωρίζει η Acronis.</translation>
    </message>
    <message>
        <source>Name: at most 64 characters (got %1).</source>
        <translation>Όνομα: το πολύ 64 χαρακτήρες (δόθηκαν %1).</translation>
    </message>
    <message>
        <source>saving the tier</source>
        <translation>κατά την αποθήκευση της βαθμίδας</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Minimum commitment: a new tier needs one.</source>
        <translation>Ελάχιστη δέσμευση: μια νέα βαθμίδα χρειάζεται μία.</translation>
    </message>
    <message>
        <source>Tier level value: a new tier needs the value Acronis keeps for it (−2 to 7).</source>
        <translation>Tier level value: μια νέα βαθμίδα χρειάζεται την τιμή που κρατά η Acronis γι’ αυτήν (−2 έως 7).</translation>
    </message>
</context>
<context>
    <name>CredentialsSecretStore</name>
    <message>
        <source>There is no credential %1, and %2</source>
        <translation>Δεν υπάρχει το διαπιστευτήριο %1, και %2</translation>
    </message>
    <message>
        <source>Cannot read the credential %1: %2.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του διαπιστευτηρίου %1: %2.</translation>
    </message>
    <message>
        <source>The credential %1 is empty.</source>
        <translation>Το διαπιστευτήριο %1 είναι κενό.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>γραμμή %1: εισαγωγικό μέσα σε πεδίο χωρίς εισαγωγικά</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>γραμμή %1: κείμενο μετά το εισαγωγικό κλεισίματος ενός πεδίου</translation>
    </message>
    <message>
        <source>line %1: a quoted field is never closed</source>
        <translation>γραμμή %1: ένα πεδίο σε εισαγωγικά δεν κλείνει ποτέ</translation>
    </message>
    <message>
        <source>record %1 has %2 fields, the header %3</source>
        <translation>η εγγραφή %1 έχει %2 πεδία, η κεφαλίδα %3</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του καταλόγου δεδομένων %1.</translation>
    </message>
    <message>
        <source>The catalogue database %1 is not writable; check its permissions.</source>
        <translation>Η βάση δεδομένων καταλόγου %1 δεν είναι εγγράψιμη· ελέγξτε τα δικαιώματά της.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>κατά το άνοιγμα της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The catalogue database %1 is locked by another program (%2); try again when it has finished.</source>
        <translation>Η βάση δεδομένων καταλόγου %1 είναι κλειδωμένη από άλλο πρόγραμμα (%2)· δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <source>%1 is not a usable catalogue database (%2: %3). It was left unchanged; move it away or restore a backup.</source>
        <translation>Το %1 δεν είναι χρησιμοποιήσιμη βάση δεδομένων καταλόγου (%2: %3). Έμεινε αμετάβλητο· μετακινήστε το ή επαναφέρετε ένα αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation>Σφάλμα βάσης δεδομένων %1: %2 (%3).</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>κατά τη μετάβαση σε write-ahead logging</translation>
    </message>
    <message>
        <source>starting the schema upgrade</source>
        <translation>κατά την έναρξη της αναβάθμισης σχήματος</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>κατά την ανάγνωση της έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>The catalogue database %1 has schema version %2, but this program knows only up to version %3: it was written by a newer version of the program. It was left unchanged; update the program.</source>
        <translation>Η βάση δεδομένων καταλόγου %1 έχει έκδοση σχήματος %2, αλλά αυτό το πρόγραμμα γνωρίζει μόνο έως την έκδοση %3: γράφτηκε από νεότερη έκδοση του προγράμματος. Έμεινε αμετάβλητη· ενημερώστε το πρόγραμμα.</translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation>κατά τη δημιουργία του πίνακα έκδοσης σχήματος</translation>
    </message>
    <message>
        <source>applying migration %1 (%2)</source>
        <translation>κατά την εφαρμογή της μετάβασης %1 (%2)</translation>
    </message>
    <message>
        <source>committing the schema upgrade</source>
        <translation>κατά την ολοκλήρωση της αναβάθμισης σχήματος</translation>
    </message>
    <message>
        <source>converting the discounts to exact decimals</source>
        <translation>κατά τη μετατροπή των εκπτώσεων σε ακριβείς δεκαδικούς</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>κατά την ανάγνωση του ιστορικού συγχρονισμού</translation>
    </message>
    <message>
        <source>reading the product history</source>
        <translation>κατά την ανάγνωση του ιστορικού προϊόντων</translation>
    </message>
    <message>
        <source>converting the prices to exact decimals</source>
        <translation>κατά τη μετατροπή των τιμών σε ακριβείς δεκαδικούς</translation>
    </message>
    <message>
        <source>setting up the contract tiers</source>
        <translation>κατά τη δημιουργία των βαθμίδων</translation>
    </message>
    <message>
        <source>The data directory %1 is on a network file system (%2). SQLite&apos;s locks and write-ahead log are not safe there: two programs using the catalogue at once would damage it. Choose a data directory on this machine (--data-dir); a catalogue shared by a team belongs on a PostgreSQL server (see &quot;Sharing one catalogue&quot; in the user guide).</source>
        <translation>Ο κατάλογος δεδομένων %1 βρίσκεται σε δικτυακό σύστημα αρχείων (%2). Τα κλειδώματα και το write-ahead log της SQLite δεν είναι ασφαλή εκεί: δύο προγράμματα που χρησιμοποιούν τον κατάλογο ταυτόχρονα θα τον χαλούσαν. Επιλέξτε κατάλογο δεδομένων σε αυτόν τον υπολογιστή (--data-dir)· ένας κατάλογος που μοιράζεται μια ομάδα ανήκει σε διακομιστή PostgreSQL (δείτε «Κοινός κατάλογος για την ομάδα» στον οδηγό χρήσης).</translation>
    </message>
    <message>
        <source>setting up the connection</source>
        <translation>ρύθμιση της σύνδεσης</translation>
    </message>
    <message>
        <source>Cannot write the catalogue database %1 (%2: %3); check the permissions and free space of its directory or server.</source>
        <translation>Δεν είναι δυνατή η εγγραφή της βάσης δεδομένων καταλόγου %1 (%2: %3)· ελέγξτε τα δικαιώματα και τον ελεύθερο χώρο του καταλόγου ή του διακομιστή της.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of %1 (%2: %3).</source>
        <translation>Ο διακομιστής βάσης δεδομένων του %1 δεν είναι προσβάσιμος (%2: %3).</translation>
    </message>
    <message>
        <source>The database role may not do this in %1 (%2: %3); see &quot;Sharing one catalogue&quot; in the user guide for the privileges it needs.</source>
        <translation>Ο ρόλος της βάσης δεν επιτρέπεται να το κάνει αυτό στο %1 (%2: %3)· δείτε «Κοινός κατάλογος για την ομάδα» στον οδηγό χρήσης για τα δικαιώματα που χρειάζεται.</translation>
    </message>
    <message>
        <source>The database server has no database %1 (%2: %3); create it first (see &quot;Sharing one catalogue&quot; in the user guide).</source>
        <translation>Ο διακομιστής δεν έχει βάση δεδομένων %1 (%2: %3)· δημιουργήστε την πρώτα (δείτε «Κοινός κατάλογος για την ομάδα» στον οδηγό χρήσης).</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a catalogue. It was left unchanged; choose another database.</source>
        <translation>Το %1 περιέχει πίνακες άλλου προγράμματος, όχι κατάλογο. Έμεινε αμετάβλητο· επιλέξτε άλλη βάση δεδομένων.</translation>
    </message>
    <message>
        <source>adding the sort and search keys</source>
        <translation>προσθήκη των κλειδιών ταξινόμησης και αναζήτησης</translation>
    </message>
    <message>
        <source>announcing changes to open windows</source>
        <translation>ανακοίνωση αλλαγών σε ανοιχτά παράθυρα</translation>
    </message>
    <message>
        <source>protecting the audit trail</source>
        <translation>κατά την προστασία του ιστορικού αλλαγών</translation>
    </message>
    <message>
        <source>The database server refused the login to %1 (%2: %3). Store the password of this database in the OS keychain, or give it to libpq (~/.pgpass).</source>
        <translation>Ο διακομιστής βάσης δεδομένων αρνήθηκε τη σύνδεση στο %1 (%2: %3). Αποθηκεύστε τον κωδικό αυτής της βάσης στην κλειδοθήκη του λειτουργικού συστήματος ή δώστε τον στο libpq (~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>The catalogue is the SQLite file %1, which needs no login; name a server with --database postgresql://USER@HOST/DBNAME.</source>
        <translation>Ο κατάλογος είναι το αρχείο SQLite %1, που δεν χρειάζεται σύνδεση· ορίστε διακομιστή με --database postgresql://ΧΡΗΣΤΗΣ@HOST/DBNAME.</translation>
    </message>
    <message>
        <source>Show where the catalogue is and what it holds.</source>
        <translation>Εμφάνιση του πού βρίσκεται ο κατάλογος και τι περιέχει.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>Backend:         %1</source>
        <translation>Backend:         %1</translation>
    </message>
    <message>
        <source>Location:        %1</source>
        <translation>Θέση:            %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Έκδοση σχήματος: %1</translation>
    </message>
    <message>
        <source>Instances:       %1</source>
        <translation>Στιγμιότυπα:     %1</translation>
    </message>
    <message>
        <source>Products:        %1</source>
        <translation>Προϊόντα:        %1</translation>
    </message>
    <message>
        <source>Providers:       %1</source>
        <translation>Πάροχοι:         %1</translation>
    </message>
    <message>
        <source>Copy the whole catalogue into an empty database, in one transaction; the client secrets stay in the keychain.</source>
        <translation>Αντιγραφή όλου του καταλόγου σε κενή βάση, σε μία συναλλαγή· τα client secret μένουν στην κλειδοθήκη.</translation>
    </message>
    <message>
        <source>The database to copy into.</source>
        <translation>Η βάση δεδομένων στην οποία γίνεται η αντιγραφή.</translation>
    </message>
    <message>
        <source>--to URL is required.</source>
        <translation>απαιτείται το --to URL.</translation>
    </message>
    <message>
        <source>The catalogue cannot be copied onto itself (%1).</source>
        <translation>Ο κατάλογος δεν μπορεί να αντιγραφεί στον εαυτό του (%1).</translation>
    </message>
    <message>
        <source>Copied the catalogue from %1 to %2:</source>
        <translation>Ο κατάλογος αντιγράφηκε από το %1 στο %2:</translation>
    </message>
    <message>
        <source>Each admin adds the client secrets on their own machine: acronis-csp --database URL instance edit NAME --client-secret-stdin</source>
        <translation>Κάθε διαχειριστής προσθέτει τα client secret στον δικό του υπολογιστή: acronis-csp --database URL instance edit ΟΝΟΜΑ --client-secret-stdin</translation>
    </message>
    <message>
        <source>Check the database password and keep it in the OS keychain.</source>
        <translation>Έλεγχος του κωδικού της βάσης και φύλαξή του στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Read the password from standard input (else it is asked for).</source>
        <translation>Ανάγνωση του κωδικού από την τυπική είσοδο (αλλιώς ζητείται).</translation>
    </message>
    <message>
        <source>reading the database password from the terminal (input hidden); end with Enter</source>
        <translation>ανάγνωση του κωδικού της βάσης από το τερματικό (κρυφή είσοδος)· τέλος με Enter</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Δεν δόθηκε κωδικός.</translation>
    </message>
    <message>
        <source>The password for %1 is in the OS keychain.</source>
        <translation>Ο κωδικός για το %1 βρίσκεται στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Remove the database password from the OS keychain.</source>
        <translation>Αφαίρεση του κωδικού της βάσης από την κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>The OS keychain held no password for %1.</source>
        <translation>Η κλειδοθήκη του συστήματος δεν είχε κωδικό για το %1.</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the OS keychain.</source>
        <translation>Ο κωδικός για το %1 αφαιρέθηκε από την κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp database COMMAND [options]

Where the catalogue lives: an SQLite file on this machine, or a
PostgreSQL database shared by a team (--database URL).

Commands:
  status   Show the backend, the location and what it holds
  copy     Copy the whole catalogue into an empty database (--to URL)
  login    Keep the database password in the OS keychain
  logout   Remove it

Run &apos;acronis-csp database COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Χρήση: acronis-csp database ΕΝΤΟΛΗ [επιλογές]

Πού βρίσκεται ο κατάλογος: ένα αρχείο SQLite σε αυτόν τον υπολογιστή ή μια
βάση PostgreSQL που μοιράζεται μια ομάδα (--database URL).

Εντολές:
  status   Εμφάνιση του backend, της θέσης και του περιεχομένου
  copy     Αντιγραφή όλου του καταλόγου σε κενή βάση (--to URL)
  login    Φύλαξη του κωδικού της βάσης στην κλειδοθήκη του συστήματος
  logout   Αφαίρεσή του

&apos;acronis-csp database ΕΝΤΟΛΗ --help&apos; για τις επιλογές μιας εντολής.
</translation>
    </message>
    <message>
        <source>database: unknown command &quot;%1&quot;. Try &apos;acronis-csp database --help&apos;.</source>
        <translation>database: άγνωστη εντολή «%1». Δοκιμάστε &apos;acronis-csp database --help&apos;.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Catalogue Database</source>
        <translation>Βάση δεδομένων καταλόγου</translation>
    </message>
    <message>
        <source>One admin keeps the catalogue on this computer. A team shares one on a PostgreSQL server: each admin chooses it here, and every window shows what the others change. Client secrets never go there: each admin&apos;s OS keychain keeps its own.</source>
        <translation>Ένας διαχειριστής κρατά τον κατάλογο σε αυτόν τον υπολογιστή. Μια ομάδα μοιράζεται έναν σε διακομιστή PostgreSQL: κάθε διαχειριστής τον επιλέγει εδώ και κάθε παράθυρο δείχνει τι αλλάζουν οι άλλοι. Τα μυστικά πελάτη δεν πηγαίνουν ποτέ εκεί: η κλειδοθήκη κάθε διαχειριστή κρατά τα δικά της.</translation>
    </message>
    <message>
        <source>&amp;This computer (an SQLite file)</source>
        <translation>Αυτός ο &amp;υπολογιστής (αρχείο SQLite)</translation>
    </message>
    <message>
        <source>Catalogue file</source>
        <translation>Αρχείο καταλόγου</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ε&amp;ξερεύνηση…</translation>
    </message>
    <message>
        <source>A &amp;shared database server (PostgreSQL)</source>
        <translation>Ένας &amp;κοινόχρηστος διακομιστής βάσης δεδομένων (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL διακομιστή:</translation>
    </message>
    <message>
        <source>libpq&apos;s URI: postgresql://USER@HOST[:PORT]/DBNAME, any connection parameter after ?, never a password.</source>
        <translation>URI του libpq: postgresql://ΧΡΗΣΤΗΣ@ΚΕΝΤΡΙΚΟΣ[:ΘΥΡΑ]/ΒΑΣΗ, οποιαδήποτε παράμετρος σύνδεσης μετά το ?, ποτέ κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL διακομιστή</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Κωδικός &amp;πρόσβασης:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Κωδικός πρόσβασης βάσης δεδομένων</translation>
    </message>
    <message>
        <source>Unchanged: the OS keychain&apos;s, or libpq&apos;s own (~/.pgpass)</source>
        <translation>Αμετάβλητος: της κλειδοθήκης ή του ίδιου του libpq (~/.pgpass)</translation>
    </message>
    <message>
        <source>Allow an u&amp;nencrypted connection to another machine</source>
        <translation>Να επιτρέπεται μη κρυπτο&amp;γραφημένη σύνδεση σε άλλο μηχάνημα</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>The database location &quot;%1&quot; is not usable: %2</source>
        <translation>Η θέση βάσης δεδομένων «%1» δεν είναι χρησιμοποιήσιμη: %2</translation>
    </message>
    <message>
        <source>sqlite: must be followed by the path of the file.</source>
        <translation>μετά το sqlite: πρέπει να ακολουθεί η διαδρομή του αρχείου.</translation>
    </message>
    <message>
        <source>expected sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME.</source>
        <translation>αναμένεται sqlite:ΔΙΑΔΡΟΜΗ ή postgresql://[ΧΡΗΣΤΗΣ@]HOST[:PORT]/DBNAME.</translation>
    </message>
    <message>
        <source>the URL names no database (postgresql://HOST/DBNAME).</source>
        <translation>το URL δεν ορίζει βάση δεδομένων (postgresql://HOST/DBNAME).</translation>
    </message>
    <message>
        <source>sslmode=%1 may send the catalogue and the password unencrypted to %2. Use sslmode=verify-full (the default), or pass --allow-unencrypted-database if this network is trusted.</source>
        <translation>το sslmode=%1 μπορεί να στείλει τον κατάλογο και τον κωδικό χωρίς κρυπτογράφηση στο %2. Χρησιμοποιήστε sslmode=verify-full (η προεπιλογή) ή δώστε --allow-unencrypted-database αν το δίκτυο είναι έμπιστο.</translation>
    </message>
    <message>
        <source>a password in the URL would be kept in the command line, the environment and the shell history. Store it in the OS keychain or in ~/.pgpass instead.</source>
        <translation>ένας κωδικός στη διεύθυνση URL θα έμενε στη γραμμή εντολών, στο περιβάλλον και στο ιστορικό του κελύφους. Αποθηκεύστε τον αντί γι’ αυτό στην κλειδοθήκη του λειτουργικού συστήματος ή στο ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>taking the lock %1</source>
        <translation>λήψη του κλειδώματος %1</translation>
    </message>
    <message>
        <source>recording who holds the lock %1</source>
        <translation>καταγραφή του κατόχου του κλειδώματος %1</translation>
    </message>
</context>
<context>
    <name>DiscountService</name>
    <message>
        <source>saving the discount</source>
        <translation>κατά την αποθήκευση της έκπτωσης</translation>
    </message>
    <message>
        <source>No product of &quot;%1&quot; belongs to the application &quot;%2&quot;; the product list of &quot;%1&quot; names each product&apos;s application.</source>
        <translation>Κανένα προϊόν της «%1» δεν ανήκει στην εφαρμογή «%2»· η λίστα προϊόντων της «%1» αναφέρει την εφαρμογή κάθε προϊόντος.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no product with the offering item &quot;%2&quot;; the product list of &quot;%1&quot; names each product&apos;s offering item.</source>
        <translation>Η «%1» δεν έχει προϊόν με το στοιχείο προσφοράς «%2»· η λίστα προϊόντων της «%1» αναφέρει το στοιχείο προσφοράς κάθε προϊόντος.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no discount of its own for &quot;%2&quot;; the discounts of &quot;%1&quot; list the ones it has.</source>
        <translation>Η «%1» δεν έχει δική της έκπτωση για «%2»· οι εκπτώσεις της «%1» δείχνουν όσες έχει.</translation>
    </message>
</context>
<context>
    <name>DiscountsDialog</name>
    <message>
        <source>Discounts of applications and products</source>
        <translation>Εκπτώσεις εφαρμογών και προϊόντων</translation>
    </message>
    <message>
        <source>Each override of the Distributor Discount and since when it applies</source>
        <translation>Κάθε παρέκκλιση από την Έκπτωση Διανομέα και από πότε ισχύει</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Εί&amp;δος:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Whether the discount is an application&apos;s or a product&apos;s</source>
        <translation>Αν η έκπτωση αφορά εφαρμογή ή προϊόν</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>Ισ&amp;χύει για:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Ισχύει για</translation>
    </message>
    <message>
        <source>The application or product the discount is for</source>
        <translation>Η εφαρμογή ή το προϊόν της έκπτωσης</translation>
    </message>
    <message>
        <source>&amp;Discount (%):</source>
        <translation>Έκπτ&amp;ωση (%):</translation>
    </message>
    <message>
        <source>Discount (%)</source>
        <translation>Έκπτωση (%)</translation>
    </message>
    <message>
        <source>The discount in percent, 0 to 100, at most two decimals</source>
        <translation>Η έκπτωση σε ποσοστό, 0 έως 100, το πολύ δύο δεκαδικά</translation>
    </message>
    <message>
        <source>Give the chosen application or product this discount from now on</source>
        <translation>Ορισμός αυτής της έκπτωσης για την επιλεγμένη εφαρμογή ή προϊόν από τώρα</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Ορισμός</translation>
    </message>
    <message>
        <source>Remove the selected discount from now on; its products take the next less specific one</source>
        <translation>Αφαίρεση της επιλεγμένης έκπτωσης από τώρα· τα προϊόντα της παίρνουν την επόμενη γενικότερη</translation>
    </message>
    <message>
        <source>&amp;Clear Selected</source>
        <translation>&amp;Καθαρισμός επιλεγμένης</translation>
    </message>
</context>
<context>
    <name>InstanceCommands</name>
    <message>
        <source>The instance&apos;s name (1-64 characters, unique); it names the product type.</source>
        <translation>Το όνομα του στιγμιότυπου (1–64 χαρακτήρες, μοναδικό)· ονομάζει τον τύπο προϊόντος.</translation>
    </message>
    <message>
        <source>The Acronis data-centre URL, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>Η διεύθυνση URL του κέντρου δεδομένων Acronis, π.χ. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>The API client&apos;s id (Acronis portal: Settings &gt; API clients).</source>
        <translation>Το id του API client (πύλη Acronis: Ρυθμίσεις &gt; API clients).</translation>
    </message>
    <message>
        <source>Distributor discount in percent, 0-100, at most 2 decimals (&apos;.&apos; separator).</source>
        <translation>Έκπτωση διανομέα σε ποσοστό, 0–100, έως 2 δεκαδικά (διαχωριστικό &apos;.&apos;).</translation>
    </message>
    <message>
        <source>Primary currency, an ISO 4217 code such as EUR.</source>
        <translation>Κύριο νόμισμα, κωδικός ISO 4217 όπως EUR.</translation>
    </message>
    <message>
        <source>update: continuously update product names (default); keep: keep the names of the first run.</source>
        <translation>update: συνεχής ενημέρωση ονομάτων προϊόντων (προεπιλογή)· keep: διατήρηση των ονομάτων της πρώτης εκτέλεσης.</translation>
    </message>
    <message>
        <source>Read the client secret from standard input; it is stored in the OS keychain only.</source>
        <translation>Ανάγνωση του client secret από την τυπική είσοδο· αποθηκεύεται μόνο στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Link an Acronis account: store its settings, and its client secret in the OS keychain.</source>
        <translation>Σύνδεση λογαριασμού Acronis: αποθήκευση των ρυθμίσεών του και του client secret στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>--client-secret-stdin is required: the client secret is read from standard input, never from the command line.</source>
        <translation>Απαιτείται το --client-secret-stdin: το client secret διαβάζεται από την τυπική είσοδο, ποτέ από τη γραμμή εντολών.</translation>
    </message>
    <message>
        <source>Added instance &quot;%1&quot; (product type &quot;%2&quot;); the client secret is in the OS keychain.</source>
        <translation>Προστέθηκε το στιγμιότυπο «%1» (τύπος προϊόντος «%2»)· το client secret βρίσκεται στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>Change an instance&apos;s settings; with --client-secret-stdin also its secret.</source>
        <translation>Αλλαγή των ρυθμίσεων ενός στιγμιότυπου· με --client-secret-stdin και του secret του.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Saved instance &quot;%1&quot;.</source>
        <translation>Αποθηκεύτηκε το στιγμιότυπο «%1».</translation>
    </message>
    <message>
        <source>Show one instance&apos;s settings.</source>
        <translation>Προβολή των ρυθμίσεων ενός στιγμιότυπου.</translation>
    </message>
    <message>
        <source>List the linked Acronis instances.</source>
        <translation>Λίστα των συνδεδεμένων στιγμιότυπων Acronis.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>αποθηκευμένο</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source> (OS keychain)</source>
        <translation> (κλειδοθήκη του συστήματος)</translation>
    </message>
    <message>
        <source>continuously update names</source>
        <translation>συνεχής ενημέρωση ονομάτων</translation>
    </message>
    <message>
        <source>keep the names of the first run</source>
        <translation>διατήρηση των ονομάτων της πρώτης εκτέλεσης</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Τύπος προϊόντος</translation>
    </message>
    <message>
        <source>Distributor tenant</source>
        <translation>Tenant διανομέα</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>άγνωστο ακόμη</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Τελευταίος συγχρονισμός</translation>
    </message>
    <message>
        <source>No instances yet. Add one with: acronis-csp instance add --help</source>
        <translation>Δεν υπάρχουν ακόμη στιγμιότυπα. Προσθέστε ένα με: acronis-csp instance add --help</translation>
    </message>
    <message>
        <source>SYSTEM NAME</source>
        <translation>ΟΝΟΜΑ ΣΥΣΤΗΜΑΤΟΣ</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>GATEWAY</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>ΝΟΜΙΣΜΑ</translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation>ΕΚΠΤΩΣΗ</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>ΟΝΟΜΑΤΑ</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ΤΕΛΕΥΤΑΙΟΣ ΣΥΓΧΡΟΝΙΣΜΟΣ</translation>
    </message>
    <message>
        <source>Remove an instance: its settings, its keychain entry, its products and its history.</source>
        <translation>Αφαίρεση στιγμιότυπου: των ρυθμίσεων, της καταχώρισης κλειδοθήκης, των προϊόντων και του ιστορικού του.</translation>
    </message>
    <message>
        <source>Confirm the removal.</source>
        <translation>Επιβεβαίωση της αφαίρεσης.</translation>
    </message>
    <message>
        <source>removing an instance deletes its settings, secret and products; add --yes to confirm.</source>
        <translation>η αφαίρεση στιγμιότυπου διαγράφει τις ρυθμίσεις, το secret και τα προϊόντα του· προσθέστε --yes για επιβεβαίωση.</translation>
    </message>
    <message numerus="yes">
        <source>Removed instance &quot;%1&quot;: its settings, its client secret in the OS keychain and %n product(s).</source>
        <translation>
            <numerusform>Αφαιρέθηκε το στιγμιότυπο «%1»: οι ρυθμίσεις, το client secret στην κλειδοθήκη του συστήματος και %n προϊόν.</numerusform>
            <numerusform>Αφαιρέθηκε το στιγμιότυπο «%1»: οι ρυθμίσεις, το client secret στην κλειδοθήκη του συστήματος και %n προϊόντα.</numerusform>
        </translation>
    </message>
    <message>
        <source>instance: unknown command &quot;%1&quot;. Try &apos;acronis-csp instance --help&apos;.</source>
        <translation>instance: άγνωστη εντολή «%1». Δείτε &apos;acronis-csp instance --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp instance COMMAND [options]

Manage the linked Acronis accounts (the Applications Setup form).

Commands:
  add      Link an Acronis account (secret from standard input)
  edit     Change an instance&apos;s settings or secret
  list     List the instances
  show     Show one instance
  remove   Remove an instance, its secret and its products
  export   Print instances&apos; configuration as JSON (never a secret)
  import   Add the instances of an exported file

Run &apos;acronis-csp instance COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Χρήση: acronis-csp instance ΕΝΤΟΛΗ [επιλογές]

Διαχείριση των συνδεδεμένων λογαριασμών Acronis (η φόρμα Ρύθμισης Εφαρμογών).

Εντολές:
  add      Σύνδεση λογαριασμού Acronis (secret από την τυπική είσοδο)
  edit     Αλλαγή ρυθμίσεων ή secret ενός στιγμιότυπου
  list     Λίστα των στιγμιότυπων
  show     Προβολή ενός στιγμιότυπου
  remove   Αφαίρεση στιγμιότυπου, του secret και των προϊόντων του
  export   Εξαγωγή της διαμόρφωσης στιγμιότυπων ως JSON (ποτέ secret)
  import   Προσθήκη των στιγμιότυπων ενός εξαγμένου αρχείου

Το &apos;acronis-csp instance ΕΝΤΟΛΗ --help&apos; δείχνει τις επιλογές μιας εντολής.
</translation>
    </message>
</context>
<context>
    <name>InstanceForm</name>
    <message>
        <source>Applications Setup</source>
        <translation>Ρύθμιση Εφαρμογών</translation>
    </message>
    <message>
        <source>&amp;System Name:</source>
        <translation>&amp;Όνομα συστήματος:</translation>
    </message>
    <message>
        <source>Your name for this Acronis account. It also names the product type this instance generates.</source>
        <translation>Το όνομά σας για αυτόν τον λογαριασμό Acronis. Ονομάζει επίσης τον τύπο προϊόντος που δημιουργεί το στιγμιότυπο.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;System Name&lt;/b&gt; is your own name for this linked Acronis account, 1 to 64 characters, unique among your instances (regardless of case).&lt;/p&gt;&lt;p&gt;It names the product type the instance generates, for example &amp;quot;Acronis Cyber Cloud – EU&amp;quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Το &lt;b&gt;Όνομα συστήματος&lt;/b&gt; είναι το δικό σας όνομα για αυτόν τον συνδεδεμένο λογαριασμό Acronis, 1 έως 64 χαρακτήρες, μοναδικό μεταξύ των στιγμιότυπών σας (χωρίς διάκριση πεζών-κεφαλαίων).&lt;/p&gt;&lt;p&gt;Ονομάζει τον τύπο προϊόντος που δημιουργεί το στιγμιότυπο, για παράδειγμα «Acronis Cyber Cloud – EU».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. EU</source>
        <translation>π.χ. EU</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>The Acronis data-centre URL of the distributor&apos;s account, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>Η διεύθυνση URL του κέντρου δεδομένων Acronis του λογαριασμού του διανομέα, π.χ. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Gateway&lt;/b&gt; is the URL of the Acronis data centre that hosts the distributor&apos;s account. The Acronis portal shows it next to the client id and secret when you create the API client; it is also the host you see in the browser after logging in.&lt;/p&gt;&lt;p&gt;It must be an https:// address with no user name, query or fragment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Το &lt;b&gt;Gateway&lt;/b&gt; είναι η διεύθυνση URL του κέντρου δεδομένων Acronis που φιλοξενεί τον λογαριασμό του διανομέα. Η πύλη Acronis τη δείχνει δίπλα στο client id και το secret όταν δημιουργείτε τον API client· είναι επίσης ο διακομιστής που βλέπετε στο πρόγραμμα περιήγησης μετά τη σύνδεση.&lt;/p&gt;&lt;p&gt;Πρέπει να είναι διεύθυνση https:// χωρίς όνομα χρήστη, query ή fragment.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Client &amp;Id:</source>
        <translation>Client &amp;Id:</translation>
    </message>
    <message>
        <source>The id of the distributor&apos;s API client (Acronis portal: Settings &gt; API clients).</source>
        <translation>Το id του API client του διανομέα (πύλη Acronis: Ρυθμίσεις &gt; API clients).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client Id&lt;/b&gt; identifies the API client created in the Acronis management portal under &lt;i&gt;Settings &amp;gt; API clients &amp;gt; Create API client&lt;/i&gt;. Acronis issues it as a UUID.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Το &lt;b&gt;Client Id&lt;/b&gt; προσδιορίζει τον API client που δημιουργήθηκε στην πύλη διαχείρισης Acronis στο &lt;i&gt;Ρυθμίσεις &amp;gt; API clients &amp;gt; Δημιουργία API client&lt;/i&gt;. Η Acronis το εκδίδει ως UUID.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56</source>
        <translation>π.χ. 7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56</translation>
    </message>
    <message>
        <source>Client Se&amp;cret:</source>
        <translation>Client Se&amp;cret:</translation>
    </message>
    <message>
        <source>The API client&apos;s secret. It is kept in the OS keychain only.</source>
        <translation>Το secret του API client. Φυλάσσεται μόνο στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client Secret&lt;/b&gt; is shown once by the Acronis portal when the API client is created (it can be reset there, not read back).&lt;/p&gt;&lt;p&gt;This program keeps it in the OS keychain only, never in its database, settings or logs. For a saved instance the field stays empty: type a new secret only to replace the stored one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Το &lt;b&gt;Client Secret&lt;/b&gt; εμφανίζεται μία φορά από την πύλη Acronis όταν δημιουργείται ο API client (μπορεί να επαναοριστεί εκεί, όχι να ξαναδιαβαστεί).&lt;/p&gt;&lt;p&gt;Αυτό το πρόγραμμα το φυλάσσει μόνο στην κλειδοθήκη του συστήματος, ποτέ στη βάση δεδομένων, στις ρυθμίσεις ή στα αρχεία καταγραφής του. Για αποθηκευμένο στιγμιότυπο το πεδίο μένει κενό: πληκτρολογήστε νέο secret μόνο για να αντικαταστήσετε το αποθηκευμένο.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Εμ&amp;φάνιση</translation>
    </message>
    <message>
        <source>Show or hide the typed secret</source>
        <translation>Εμφάνιση ή απόκρυψη του πληκτρολογημένου secret</translation>
    </message>
    <message>
        <source>Distributor &amp;Discount (%):</source>
        <translation>&amp;Έκπτωση διανομέα (%):</translation>
    </message>
    <message>
        <source>Deducted from the sell price to give the cost price: 100 − 18 % = 82.</source>
        <translation>Αφαιρείται από την τιμή πώλησης και δίνει την τιμή κόστους: 100 − 18 % = 82.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Distributor Discount (%)&lt;/b&gt; is your discount from Acronis, from 0 to 100 with at most two decimals. It is deducted from the sell price to give the cost price: with 18 %, a sell price of 100 gives a cost price of 100 − 18 % = 82.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Η &lt;b&gt;Έκπτωση διανομέα (%)&lt;/b&gt; είναι η έκπτωσή σας από την Acronis, από 0 έως 100 με έως δύο δεκαδικά. Αφαιρείται από την τιμή πώλησης και δίνει την τιμή κόστους: με 18 %, τιμή πώλησης 100 δίνει τιμή κόστους 100 − 18 % = 82.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. 18</source>
        <translation>π.χ. 18</translation>
    </message>
    <message>
        <source>Primary C&amp;urrency:</source>
        <translation>Κύριο &amp;νόμισμα:</translation>
    </message>
    <message>
        <source>The currency the distributor is billed in by Acronis (ISO 4217). Type a code or a name to search.</source>
        <translation>Το νόμισμα στο οποίο η Acronis χρεώνει τον διανομέα (ISO 4217). Πληκτρολογήστε κωδικό ή όνομα για αναζήτηση.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Primary Currency&lt;/b&gt; is the ISO 4217 currency in which Acronis bills the distributor. Prices served in another currency are reported as a warning, never converted.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Το &lt;b&gt;Κύριο νόμισμα&lt;/b&gt; είναι το νόμισμα ISO 4217 στο οποίο η Acronis χρεώνει τον διανομέα. Τιμές σε άλλο νόμισμα αναφέρονται ως προειδοποίηση, ποτέ δεν μετατρέπονται.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Update Product &amp;Names:</source>
        <translation>Ενημέρωση ονομάτων &amp;προϊόντων:</translation>
    </message>
    <message>
        <source>What Get Services Definition does with product names. Continuous updates are recommended.</source>
        <translation>Τι κάνει το «Get Services Definition» με τα ονόματα προϊόντων. Συνιστάται η συνεχής ενημέρωση.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Update Product Names&lt;/b&gt; decides what Get Services Definition does with the names of existing products.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Continuously update names&lt;/i&gt; (recommended) renames products whenever Acronis renames what they sell. &lt;i&gt;Keep the names of the first run&lt;/i&gt; never renames a product once created; the name Acronis uses is still shown beside it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Η &lt;b&gt;Ενημέρωση ονομάτων προϊόντων&lt;/b&gt; καθορίζει τι κάνει το «Get Services Definition» με τα ονόματα των υπαρχόντων προϊόντων.&lt;/p&gt;&lt;p&gt;Η &lt;i&gt;Συνεχής ενημέρωση ονομάτων&lt;/i&gt; (συνιστάται) μετονομάζει τα προϊόντα όποτε η Acronis μετονομάζει ό,τι πωλούν. Η &lt;i&gt;Διατήρηση των ονομάτων της πρώτης εκτέλεσης&lt;/i&gt; δεν μετονομάζει ποτέ ένα προϊόν αφού δημιουργηθεί· το όνομα της Acronis εμφανίζεται πάντως δίπλα του.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continuously update names (recommended)</source>
        <translation>Συνεχής ενημέρωση ονομάτων (συνιστάται)</translation>
    </message>
    <message>
        <source>Keep the names of the first run</source>
        <translation>Διατήρηση των ονομάτων της πρώτης εκτέλεσης</translation>
    </message>
    <message>
        <source>Product type:</source>
        <translation>Τύπος προϊόντος:</translation>
    </message>
    <message>
        <source>The product type this instance generates in the billing platform.</source>
        <translation>Ο τύπος προϊόντος που δημιουργεί αυτό το στιγμιότυπο στην πλατφόρμα χρέωσης.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>Ακύρωση α&amp;λλαγών…</translation>
    </message>
    <message>
        <source>Put back what was saved (asks first)</source>
        <translation>Επαναφορά όσων αποθηκεύτηκαν (ρωτά πρώτα)</translation>
    </message>
    <message>
        <source>Save the settings; the secret goes to the OS keychain (Ctrl+S)</source>
        <translation>Αποθήκευση των ρυθμίσεων· το μυστικό πηγαίνει στην κλειδοθήκη του συστήματος (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discounts p&amp;er Product…</source>
        <translation>Εκπτώσεις αν&amp;ά προϊόν…</translation>
    </message>
    <message>
        <source>Discounts of applications or products that differ from the Distributor Discount</source>
        <translation>Εκπτώσεις εφαρμογών ή προϊόντων που διαφέρουν από την Έκπτωση Διανομέα</translation>
    </message>
    <message>
        <source>Check Compatibility…</source>
        <translation>Έλεγχος συμβατότητας…</translation>
    </message>
    <message>
        <source>Before the first real Get Services Definition: call every endpoint this program depends on, read-only, and see what works, what answers differently and what the API client may not read.</source>
        <translation>Πριν από την πρώτη πραγματική λήψη ορισμού υπηρεσιών: κλήση κάθε endpoint που χρειάζεται αυτό το πρόγραμμα, μόνο με ανάγνωση, για να φανεί τι λειτουργεί, τι απαντά διαφορετικά και τι δεν επιτρέπεται να διαβάσει ο API client.</translation>
    </message>
    <message>
        <source>Check against Acronis&apos; price list…</source>
        <translation>Έλεγχος με τον τιμοκατάλογο της Acronis…</translation>
    </message>
    <message>
        <source>Puts the discount each SKU of Acronis&apos; effective price list implies beside the discount this program applies (read-only)</source>
        <translation>Βάζει την έκπτωση που προκύπτει για κάθε SKU του πραγματικού τιμοκαταλόγου της Acronis δίπλα στην έκπτωση που εφαρμόζει αυτό το πρόγραμμα (μόνο ανάγνωση)</translation>
    </message>
    <message>
        <source>Sign in to Acronis with these settings and find the distributor account they belong to.</source>
        <translation>Σύνδεση στην Acronis με αυτές τις ρυθμίσεις και εύρεση του λογαριασμού διανομέα στον οποίο ανήκουν.</translation>
    </message>
</context>
<context>
    <name>InstanceRepository</name>
    <message>
        <source>reading instances</source>
        <translation>κατά την ανάγνωση των στιγμιότυπων</translation>
    </message>
    <message>
        <source>There is no instance named &quot;%1&quot;.</source>
        <translation>Δεν υπάρχει στιγμιότυπο με όνομα «%1».</translation>
    </message>
    <message>
        <source>There is no instance with id %1.</source>
        <translation>Δεν υπάρχει στιγμιότυπο με id %1.</translation>
    </message>
    <message>
        <source>System Name &quot;%1&quot; is already used by the instance &quot;%2&quot; (names are compared without regard to case).</source>
        <translation>Το όνομα συστήματος «%1» χρησιμοποιείται ήδη από το στιγμιότυπο «%2» (τα ονόματα συγκρίνονται χωρίς διάκριση πεζών-κεφαλαίων).</translation>
    </message>
    <message>
        <source>saving the instance &quot;%1&quot;</source>
        <translation>κατά την αποθήκευση του στιγμιότυπου «%1»</translation>
    </message>
    <message>
        <source>recording the stored secret</source>
        <translation>κατά την καταγραφή του αποθηκευμένου secret</translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation>κατά την αφαίρεση του στιγμιότυπου</translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <translation>Το στιγμιότυπο δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>counting products</source>
        <translation>κατά την καταμέτρηση των προϊόντων</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>κατά την ανάγνωση του ιστορικού συγχρονισμών</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3, after this edit began; nothing was saved. Reload it to see the change, then make yours again.</source>
        <translation>Το «%1» άλλαξε από %2 στις %3, αφού άρχισε αυτή η επεξεργασία· δεν αποθηκεύτηκε τίποτα. Φορτώστε το ξανά για να δείτε την αλλαγή και κάντε μετά ξανά τη δική σας.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>άλλο πρόγραμμα</translation>
    </message>
    <message>
        <source>recording the distributor tenant</source>
        <translation>καταγραφή του μισθωτή του διανομέα</translation>
    </message>
</context>
<context>
    <name>InstanceRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>Το πεδίο %1 είναι υποχρεωτικό.</translation>
    </message>
    <message>
        <source>System Name</source>
        <translation>Όνομα συστήματος</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Client Id</source>
        <translation>Client Id</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Distributor Discount (%)</source>
        <translation>Έκπτωση διανομέα (%)</translation>
    </message>
    <message>
        <source>Primary Currency</source>
        <translation>Κύριο νόμισμα</translation>
    </message>
    <message>
        <source>Update Product Names</source>
        <translation>Ενημέρωση ονομάτων προϊόντων</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long (it has %3).</source>
        <translation>Το πεδίο %1 πρέπει να έχει έως %2 χαρακτήρες (έχει %3).</translation>
    </message>
    <message>
        <source>%1 must not contain line breaks or control characters.</source>
        <translation>Το πεδίο %1 δεν πρέπει να περιέχει αλλαγές γραμμής ή χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <source>%1 must be an absolute https:// URL with a host, e.g. https://eu2-cloud.acronis.com.</source>
        <translation>Το πεδίο %1 πρέπει να είναι απόλυτη διεύθυνση https:// με διακομιστή, π.χ. https://eu2-cloud.acronis.com.</translation>
    </message>
    <message>
        <source>%1 must use https:// (got %2://).</source>
        <translation>Το πεδίο %1 πρέπει να χρησιμοποιεί https:// (δόθηκε %2://).</translation>
    </message>
    <message>
        <source>%1 must use https://; plain http:// is allowed only for localhost, 127.0.0.0/8 and ::1.</source>
        <translation>Το πεδίο %1 πρέπει να χρησιμοποιεί https://· απλό http:// επιτρέπεται μόνο για localhost, 127.0.0.0/8 και ::1.</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; put the credentials in Client Id and Client Secret.</source>
        <translation>Το πεδίο %1 δεν πρέπει να περιέχει όνομα χρήστη ή κωδικό· τα διαπιστευτήρια μπαίνουν στα Client Id και Client Secret.</translation>
    </message>
    <message>
        <source>%1 must not contain a query (?…).</source>
        <translation>Το πεδίο %1 δεν πρέπει να περιέχει query (?…).</translation>
    </message>
    <message>
        <source>%1 must not contain a fragment (#…).</source>
        <translation>Το πεδίο %1 δεν πρέπει να περιέχει fragment (#…).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a UUID; Acronis issues client ids as UUIDs, so check that it was copied whole.</source>
        <translation>Το %1 «%2» δεν είναι UUID· η Acronis εκδίδει τα client id ως UUID, οπότε ελέγξτε ότι αντιγράφηκε ολόκληρο.</translation>
    </message>
    <message>
        <source>%1 may have at most 2 decimal places.</source>
        <translation>Το πεδίο %1 μπορεί να έχει έως 2 δεκαδικά ψηφία.</translation>
    </message>
    <message>
        <source>%1 must be a number such as %2 (decimal separator &quot;%3&quot;).</source>
        <translation>Το πεδίο %1 πρέπει να είναι αριθμός όπως %2 (υποδιαστολή «%3»).</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100.</source>
        <translation>Το πεδίο %1 πρέπει να είναι μεταξύ 0 και 100.</translation>
    </message>
    <message>
        <source>%1 must be an ISO 4217 code of three capital letters, e.g. EUR (got &quot;%2&quot;).</source>
        <translation>Το πεδίο %1 πρέπει να είναι κωδικός ISO 4217 με τρία κεφαλαία γράμματα, π.χ. EUR (δόθηκε «%2»).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ISO 4217 currency code.</source>
        <translation>Το %1 «%2» δεν είναι κωδικός νομίσματος ISO 4217.</translation>
    </message>
    <message>
        <source>%1 must be &quot;update&quot; (continuously update names) or &quot;keep&quot; (keep the names of the first run).</source>
        <translation>Το πεδίο %1 πρέπει να είναι «update» (συνεχής ενημέρωση ονομάτων) ή «keep» (διατήρηση των ονομάτων της πρώτης εκτέλεσης).</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>%1 line(s) of %2 are priced in %3 and are not set against the commitment in %4: sell %5 %3, cost %6 %3.</source>
        <translation>%1 γραμμή(ές) του %2 τιμολογούνται σε %3 και δεν συμψηφίζονται με τη δέσμευση σε %4: πώληση %5 %3, κόστος %6 %3.</translation>
    </message>
    <message>
        <source>The shortfall of %1</source>
        <translation>Το έλλειμμα του %1</translation>
    </message>
    <message>
        <source>The total of %1</source>
        <translation>Το σύνολο του %1</translation>
    </message>
</context>
<context>
    <name>InvoiceCommands</name>
    <message>
        <source>Each service provider&apos;s invoice for a closed month: its usage priced as of that month, its tier&apos;s minimum commitment and the shortfall, ready for a billing import. An issued month is printed as it was issued.

Also: invoice issue|numbering|diff|correct (each with --help).</source>
        <translation>Το τιμολόγιο κάθε παρόχου υπηρεσιών για έναν κλεισμένο μήνα: η χρήση του με τις τιμές εκείνου του μήνα, η ελάχιστη δέσμευση της βαθμίδας του και το έλλειμμα, έτοιμο για εισαγωγή στη χρέωση. Ένας εκδομένος μήνας τυπώνεται όπως εκδόθηκε.

Επίσης: invoice issue|numbering|diff|correct (το καθένα με --help).</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Only this service provider.</source>
        <translation>Μόνο αυτός ο πάροχος υπηρεσιών.</translation>
    </message>
    <message>
        <source>Print CSV: one row per invoice line.</source>
        <translation>Έξοδος σε CSV: μία γραμμή ανά γραμμή τιμολογίου.</translation>
    </message>
    <message>
        <source>Priced with the price list of the Get Services Definition of %1.</source>
        <translation>Τιμολογημένο με τον τιμοκατάλογο της λήψης ορισμού υπηρεσιών της %1.</translation>
    </message>
    <message>
        <source>No invoice: %1 [%2]</source>
        <translation>Χωρίς τιμολόγιο: %1 [%2]</translation>
    </message>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2, as issued (%n document(s)).</source>
        <translation>
            <numerusform>Τιμολόγια του «%1» για %2, όπως εκδόθηκαν (%n παραστατικό).</numerusform>
            <numerusform>Τιμολόγια του «%1» για %2, όπως εκδόθηκαν (%n παραστατικά).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoices of &quot;%1&quot; for %2 (%n service provider(s)).</source>
        <translation>
            <numerusform>Τιμολόγια του «%1» για %2 (%n πάροχος υπηρεσιών).</numerusform>
            <numerusform>Τιμολόγια του «%1» για %2 (%n πάροχοι υπηρεσιών).</numerusform>
        </translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>χωρίς χρέωση (περίοδος έναρξης)</translation>
    </message>
    <message>
        <source>No contract had started by the end of the month.</source>
        <translation>Κανένα συμβόλαιο δεν είχε ξεκινήσει ως το τέλος του μήνα.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>ΑΡΙΘΜΟΣ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <source>CORRECTS</source>
        <translation>ΔΙΟΡΘΩΝΕΙ</translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation>ΚΩΔΙΚΟΣ ΠΕΛΑΤΗ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>ΒΑΘΜΙΔΑ</translation>
    </message>
    <message>
        <source>COMMITMENT</source>
        <translation>ΔΕΣΜΕΥΣΗ</translation>
    </message>
    <message>
        <source>USAGE</source>
        <translation>ΧΡΗΣΗ</translation>
    </message>
    <message>
        <source>SHORTFALL</source>
        <translation>ΕΛΛΕΙΜΜΑ</translation>
    </message>
    <message>
        <source>TOTAL SELL</source>
        <translation>ΣΥΝΟΛΟ ΠΩΛΗΣΗΣ</translation>
    </message>
    <message>
        <source>TOTAL COST</source>
        <translation>ΣΥΝΟΛΟ ΚΟΣΤΟΥΣ</translation>
    </message>
    <message>
        <source>Number and freeze a closed month&apos;s invoices: from then on the month is printed as issued, and corrected only by credit notes.</source>
        <translation>Αρίθμηση και πάγωμα των τιμολογίων ενός κλεισμένου μήνα: από εκεί και πέρα ο μήνας τυπώνεται όπως εκδόθηκε και διορθώνεται μόνο με πιστωτικά.</translation>
    </message>
    <message>
        <source>The closed month, e.g. 2026-10, or &quot;last&quot; for the previous one (UTC).</source>
        <translation>Ο κλεισμένος μήνας, π.χ. 2026-10, ή &quot;last&quot; για τον προηγούμενο (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Εκτύπωση JSON.</translation>
    </message>
    <message>
        <source>%1 Nothing was issued.</source>
        <translation>%1 Δεν εκδόθηκε τίποτα.</translation>
    </message>
    <message>
        <source>%1 is issued: no contract had started by its end, so it has no invoice.</source>
        <translation>Ο %1 εκδόθηκε: κανένα συμβόλαιο δεν είχε ξεκινήσει ως το τέλος του, άρα δεν έχει τιμολόγιο.</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n invoice(s) of %1: %2 to %3.</source>
        <translation>
            <numerusform>Εκδόθηκε %n τιμολόγιο του %1: %2 έως %3.</numerusform>
            <numerusform>Εκδόθηκαν %n τιμολόγια του %1: %2 έως %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or set the instance&apos;s invoice numbers: a prefix and the next number, given without gaps.</source>
        <translation>Εμφάνιση ή ορισμός των αριθμών τιμολογίων της εγκατάστασης: ένα πρόθεμα και ο επόμενος αριθμός, χωρίς κενά.</translation>
    </message>
    <message>
        <source>Text before each number, e.g. INV-.</source>
        <translation>Κείμενο πριν από κάθε αριθμό, π.χ. INV-.</translation>
    </message>
    <message>
        <source>The next number (above every number issued).</source>
        <translation>Ο επόμενος αριθμός (μεγαλύτερος από κάθε εκδομένο).</translation>
    </message>
    <message>
        <source>The next invoice of &quot;%1&quot; is %2.</source>
        <translation>Το επόμενο τιμολόγιο του «%1» είναι το %2.</translation>
    </message>
    <message>
        <source>The issued month, e.g. 2026-10.</source>
        <translation>Ο εκδομένος μήνας, π.χ. 2026-10.</translation>
    </message>
    <message>
        <source>What a recomputation would change in an issued month, per provider and line. Exit 0: nothing; 1: something.</source>
        <translation>Τι θα άλλαζε ένας επανυπολογισμός σε έναν εκδομένο μήνα, ανά πάροχο και γραμμή. Έξοδος 0: τίποτα· 1: κάτι.</translation>
    </message>
    <message>
        <source>A recomputation of %1 gives the issued figures.</source>
        <translation>Ο επανυπολογισμός του %1 δίνει τα εκδομένα ποσά.</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ΓΡΑΜΜΗ</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>ΠΕΔΙΟ</translation>
    </message>
    <message>
        <source>ISSUED</source>
        <translation>ΕΚΔΟΘΗΚΕ</translation>
    </message>
    <message>
        <source>NOW</source>
        <translation>ΤΩΡΑ</translation>
    </message>
    <message>
        <source>For each provider whose issued figures differ from a recomputation: a credit note of its invoice and a replacement, both numbered, recorded in the audit trail with the reason.</source>
        <translation>Για κάθε πάροχο του οποίου τα εκδομένα ποσά διαφέρουν από έναν επανυπολογισμό: ένα πιστωτικό του τιμολογίου του και ένα τιμολόγιο αντικατάστασης, και τα δύο αριθμημένα, καταγεγραμμένα στο ίχνος ελέγχου με την αιτία.</translation>
    </message>
    <message>
        <source>Why the month is corrected.</source>
        <translation>Γιατί διορθώνεται ο μήνας.</translation>
    </message>
    <message>
        <source>missing --reason.</source>
        <translation>λείπει το --reason.</translation>
    </message>
    <message>
        <source>A recomputation of %1 gives the issued figures; nothing to correct.</source>
        <translation>Ο επανυπολογισμός του %1 δίνει τα εκδομένα ποσά· τίποτα προς διόρθωση.</translation>
    </message>
</context>
<context>
    <name>InvoiceEligibility</name>
    <message>
        <source>%1 (no customer id)</source>
        <translation>%1 (χωρίς κωδικό πελάτη)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: its contract had not started by the month&apos;s end.</source>
        <translation>%1: το συμβόλαιό του δεν είχε ξεκινήσει ως το τέλος του μήνα.</translation>
    </message>
    <message>
        <source>%1: its contract started on %2, after the month.</source>
        <translation>%1: το συμβόλαιό του ξεκίνησε στις %2, μετά τον μήνα.</translation>
    </message>
    <message>
        <source>%1: it is cancelled.</source>
        <translation>%1: έχει ακυρωθεί.</translation>
    </message>
    <message>
        <source>%1: it was cancelled on %2.</source>
        <translation>%1: ακυρώθηκε στις %2.</translation>
    </message>
    <message>
        <source>%1: it was imported without the billing system&apos;s customer id; give it one before the month is issued.</source>
        <translation>%1: εισήχθη χωρίς τον κωδικό πελάτη του συστήματος χρέωσης· δώστε του έναν πριν εκδοθεί ο μήνας.</translation>
    </message>
</context>
<context>
    <name>InvoiceRules</name>
    <message>
        <source>Prefix: &quot;%1&quot; is not at most 16 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;/&quot; or &quot;.&quot;.</source>
        <translation>Πρόθεμα: το «%1» δεν είναι έως 16 γράμματα, ψηφία, «-», «_», «/» ή «.».</translation>
    </message>
    <message>
        <source>Acronis&apos; usage report for %1 is not final yet (Acronis builds the usage history early each morning); nothing was issued. Try again after %2 UTC.</source>
        <translation>Η αναφορά χρήσης της Acronis για τον %1 δεν είναι ακόμη οριστική (η Acronis δημιουργεί το ιστορικό χρήσης νωρίς κάθε πρωί)· δεν εκδόθηκε τίποτα. Δοκιμάστε ξανά μετά τις %2 UTC.</translation>
    </message>
</context>
<context>
    <name>InvoiceStatement</name>
    <message>
        <source>Statement for %1</source>
        <translation>Κατάσταση για %1</translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation>Κωδικός πελάτη: %1</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Μήνας: %1</translation>
    </message>
    <message>
        <source>Contract: %1 (%2), minimum commitment %3 a month</source>
        <translation>Συμβόλαιο: %1 (%2), ελάχιστη δέσμευση %3 τον μήνα</translation>
    </message>
    <message>
        <source>Credit note %1, issued %2; it credits invoice %3.</source>
        <translation>Πιστωτικό %1, εκδόθηκε %2· πιστώνει το τιμολόγιο %3.</translation>
    </message>
    <message>
        <source>Invoice %1, issued %2.</source>
        <translation>Τιμολόγιο %1, εκδόθηκε %2.</translation>
    </message>
    <message>
        <source>It replaces invoice %1.</source>
        <translation>Αντικαθιστά το τιμολόγιο %1.</translation>
    </message>
    <message>
        <source>Credited: a credit note takes it back.</source>
        <translation>Πιστώθηκε: ένα πιστωτικό το αναιρεί.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>χωρίς τιμή</translation>
    </message>
    <message>
        <source>not priced</source>
        <translation>χωρίς τιμολόγηση</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Χρήση</translation>
    </message>
    <message>
        <source>Minimum commitment shortfall (waived: ramp-up month)</source>
        <translation>Έλλειμμα ελάχιστης δέσμευσης (χωρίς χρέωση: μήνας έναρξης)</translation>
    </message>
    <message>
        <source>Minimum commitment shortfall</source>
        <translation>Έλλειμμα ελάχιστης δέσμευσης</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) without a price are listed but not charged.</source>
        <translation>
            <numerusform>%n γραμμή χωρίς τιμή αναφέρεται αλλά δεν χρεώνεται.</numerusform>
            <numerusform>%n γραμμές χωρίς τιμή αναφέρονται αλλά δεν χρεώνονται.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>&amp;Στιγμιότυπο:</translation>
    </message>
    <message>
        <source>The instance whose service providers are invoiced</source>
        <translation>Το στιγμιότυπο του οποίου οι πάροχοι υπηρεσιών τιμολογούνται</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Μή&amp;νας:</translation>
    </message>
    <message>
        <source>The closed month to invoice (its usage report and its prices)</source>
        <translation>Ο κλεισμένος μήνας προς τιμολόγηση (η αναφορά χρήσης και οι τιμές του)</translation>
    </message>
    <message>
        <source>Read the month&apos;s usage report and price each provider&apos;s invoice</source>
        <translation>Ανάγνωση της αναφοράς χρήσης του μήνα και τιμολόγηση κάθε παρόχου</translation>
    </message>
    <message>
        <source>&amp;Read Invoices</source>
        <translation>Ανάγνωση &amp;τιμολογίων</translation>
    </message>
    <message>
        <source>The instance&apos;s commitment tiers and their minimum commitments</source>
        <translation>Οι βαθμίδες δέσμευσης του στιγμιότυπου και οι ελάχιστες δεσμεύσεις τους</translation>
    </message>
    <message>
        <source>Contract &amp;Tiers…</source>
        <translation>&amp;Βαθμίδες συμβολαίου…</translation>
    </message>
    <message>
        <source>Save the chosen provider&apos;s statement as a PDF</source>
        <translation>Αποθήκευση της κατάστασης του επιλεγμένου παρόχου ως PDF</translation>
    </message>
    <message>
        <source>&amp;Statement (PDF)…</source>
        <translation>&amp;Κατάσταση (PDF)…</translation>
    </message>
    <message>
        <source>Save the invoices as a CSV file for the billing system</source>
        <translation>Αποθήκευση των τιμολογίων ως αρχείο CSV για το σύστημα χρέωσης</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Εξα&amp;γωγή CSV…</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>One invoice per service provider: usage, commitment shortfall and totals</source>
        <translation>Ένα τιμολόγιο ανά πάροχο υπηρεσιών: χρήση, έλλειμμα δέσμευσης και σύνολα</translation>
    </message>
    <message>
        <source>Open: computed afresh from the current usage and prices. Issued: numbered and frozen. Corrected: credited and issued again.</source>
        <translation>Ανοιχτός: υπολογίζεται εκ νέου από την τρέχουσα χρήση και τις τιμές. Εκδομένος: αριθμημένος και παγωμένος. Διορθωμένος: πιστώθηκε και εκδόθηκε ξανά.</translation>
    </message>
    <message>
        <source>Number and freeze the month&apos;s invoices; afterwards they are shown as issued and corrected only by credit notes</source>
        <translation>Αρίθμηση και πάγωμα των τιμολογίων του μήνα· έπειτα εμφανίζονται όπως εκδόθηκαν και διορθώνονται μόνο με πιστωτικά</translation>
    </message>
    <message>
        <source>&amp;Issue Month…</source>
        <translation>Έκδοσ&amp;η μήνα…</translation>
    </message>
    <message>
        <source>Credit the issued invoices whose figures differ now and issue replacements</source>
        <translation>Πίστωση των εκδομένων τιμολογίων των οποίων τα ποσά διαφέρουν πλέον και έκδοση αντικαταστατικών</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Διόρθωση…</translation>
    </message>
</context>
<context>
    <name>IssuedInvoiceRepository</name>
    <message>
        <source>reading the invoice numbers</source>
        <translation>κατά την ανάγνωση των αριθμών τιμολογίων</translation>
    </message>
    <message>
        <source>setting the invoice numbers</source>
        <translation>κατά τον ορισμό των αριθμών τιμολογίων</translation>
    </message>
    <message>
        <source>Next number: %1 is not above %2, the last number issued; numbers are never given twice.</source>
        <translation>Επόμενος αριθμός: το %1 δεν είναι μεγαλύτερο από το %2, τον τελευταίο εκδομένο αριθμό· οι αριθμοί δεν δίνονται ποτέ δύο φορές.</translation>
    </message>
    <message>
        <source>taking the next invoice number</source>
        <translation>κατά τη λήψη του επόμενου αριθμού τιμολογίου</translation>
    </message>
    <message>
        <source>issuing the invoices of %1</source>
        <translation>κατά την έκδοση των τιμολογίων του %1</translation>
    </message>
    <message>
        <source>The invoices of %1 were issued already (%2 on %3); a mistake is put right with &apos;correct&apos;.</source>
        <translation>Τα τιμολόγια του %1 έχουν ήδη εκδοθεί (%2 στις %3)· ένα λάθος διορθώνεται με &apos;correct&apos;.</translation>
    </message>
    <message>
        <source>An invoice of %1 was credited meanwhile; nothing was issued.</source>
        <translation>Ένα τιμολόγιο του %1 πιστώθηκε στο μεταξύ· δεν εκδόθηκε τίποτα.</translation>
    </message>
    <message>
        <source>storing the invoice %1</source>
        <translation>κατά την αποθήκευση του τιμολογίου %1</translation>
    </message>
    <message>
        <source>storing the lines of invoice %1</source>
        <translation>κατά την αποθήκευση των γραμμών του τιμολογίου %1</translation>
    </message>
    <message>
        <source>reading an issued invoice&apos;s lines</source>
        <translation>κατά την ανάγνωση των γραμμών ενός εκδομένου τιμολογίου</translation>
    </message>
    <message>
        <source>reading the issued invoices</source>
        <translation>κατά την ανάγνωση των εκδομένων τιμολογίων</translation>
    </message>
</context>
<context>
    <name>IssuedInvoiceService</name>
    <message>
        <source>Next number: &quot;%1&quot; is not a whole number of at least 1.</source>
        <translation>Επόμενος αριθμός: το «%1» δεν είναι ακέραιος τουλάχιστον 1.</translation>
    </message>
    <message>
        <source>The invoices of %1 were issued already (%2 at %3); a mistake is put right with a correction.</source>
        <translation>Τα τιμολόγια του %1 έχουν ήδη εκδοθεί (%2 στις %3)· ένα λάθος διορθώνεται με μια διόρθωση.</translation>
    </message>
    <message>
        <source>%1 has not been issued; there is nothing to compare or correct.</source>
        <translation>Ο %1 δεν έχει εκδοθεί· δεν υπάρχει τίποτα προς σύγκριση ή διόρθωση.</translation>
    </message>
    <message>
        <source>%1 (tenant %2)</source>
        <translation>%1 (μισθωτής %2)</translation>
    </message>
    <message>
        <source>Customer id: %1 has no customer id of the billing system (its tenant id stands in); give it one before the month is issued. Nothing was issued.</source>
        <translation>Αναγνωριστικό πελάτη: το %1 δεν έχει αναγνωριστικό πελάτη του συστήματος χρέωσης (το αναγνωριστικό μισθωτή μπαίνει στη θέση του)· δώστε του ένα πριν εκδοθεί ο μήνας. Δεν εκδόθηκε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n τιμολόγιο</numerusform>
            <numerusform>%n τιμολόγια</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: empty; a correction says why it was made.</source>
        <translation>Αιτία: κενή· μια διόρθωση λέει γιατί έγινε.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>something other than a JSON object</source>
        <translation>κάτι άλλο από αντικείμενο JSON</translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned a response whose field &quot;%2&quot; %3.</source>
        <translation>Ο διακομιστής απάντησε κάτι απροσδόκητο: το %1 επέστρεψε απάντηση της οποίας το πεδίο «%2» %3.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>is not %1</source>
        <translation>δεν είναι %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>συμβολοσειρά</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>δεν είναι συμβολοσειρά</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>αριθμός</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>δεν είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ή false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>αντικείμενο</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>λίστα</translation>
    </message>
    <message>
        <source>The server answered something unexpected: %1 returned %2.</source>
        <translation>Ο διακομιστής απάντησε κάτι απροσδόκητο: το %1 επέστρεψε %2.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>είναι κενό</translation>
    </message>
    <message>
        <source>is not &quot;bearer&quot;</source>
        <translation>δεν είναι «bearer»</translation>
    </message>
    <message>
        <source>is missing (and so is &quot;expires_in&quot;)</source>
        <translation>λείπει (όπως και το «expires_in»)</translation>
    </message>
    <message>
        <source>more than %1 pages</source>
        <translation>περισσότερες από %1 σελίδες</translation>
    </message>
    <message>
        <source>is missing for an infra item</source>
        <translation>λείπει για στοιχείο infra</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>CSV that cannot be read (%1)</source>
        <translation>CSV που δεν διαβάζεται (%1)</translation>
    </message>
    <message>
        <source>a CSV report without the column &quot;%1&quot;</source>
        <translation>μια αναφορά CSV χωρίς τη στήλη «%1»</translation>
    </message>
    <message>
        <source>a CSV report whose line %1 has %2 in &quot;%3&quot;</source>
        <translation>μια αναφορά CSV της οποίας η γραμμή %1 έχει %2 στο «%3»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>τίποτα</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, not a number</source>
        <translation>«%1», όχι αριθμό,</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>δεν είναι ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>only part of the list (a page with a cursor, which the API document gives no way to follow); nothing was changed</source>
        <translation>μόνο μέρος της λίστας (μια σελίδα με cursor, που το έγγραφο του API δεν δίνει τρόπο να ακολουθηθεί)· τίποτα δεν άλλαξε</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <source>a gzip file that cannot be unpacked (damaged, cut short, or larger than %1 MB unpacked)</source>
        <translation>ένα αρχείο gzip που δεν αποσυμπιέζεται (κατεστραμμένο, κομμένο ή μεγαλύτερο από %1 MB αποσυμπιεσμένο)</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No client secret is stored in the OS keychain for this instance.</source>
        <translation>Δεν υπάρχει αποθηκευμένο client secret στην κλειδοθήκη του συστήματος για αυτό το στιγμιότυπο.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or refused access (%1). Unlock it, for example by logging in to the desktop session, and try again.</source>
        <translation>Η κλειδοθήκη του συστήματος είναι κλειδωμένη ή αρνήθηκε την πρόσβαση (%1). Ξεκλειδώστε την, για παράδειγμα συνδεόμενοι στη συνεδρία επιφάνειας εργασίας, και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). Start and unlock a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Η κλειδοθήκη του συστήματος δεν είναι διαθέσιμη (%1). Εκκινήστε και ξεκλειδώστε ένα Secret Service όπως το GNOME Keyring ή το KWallet και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The OS keychain could not complete the request (%1).</source>
        <translation>Η κλειδοθήκη του συστήματος δεν μπόρεσε να ολοκληρώσει το αίτημα (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Check that its service is running and unlocked.</source>
        <translation>
            <numerusform>Η κλειδοθήκη του συστήματος δεν απάντησε μέσα σε %n δευτερόλεπτο. Ελέγξτε ότι η υπηρεσία της εκτελείται και είναι ξεκλείδωτη.</numerusform>
            <numerusform>Η κλειδοθήκη του συστήματος δεν απάντησε μέσα σε %n δευτερόλεπτα. Ελέγξτε ότι η υπηρεσία της εκτελείται και είναι ξεκλείδωτη.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>App&amp;lications Setup</source>
        <translation>Ρύθ&amp;μιση Εφαρμογών</translation>
    </message>
    <message>
        <source>Lin&amp;ked Acronis instances</source>
        <translation>Συνδεδεμένα &amp;στιγμιότυπα Acronis</translation>
    </message>
    <message>
        <source>Linked Acronis instances</source>
        <translation>Συνδεδεμένα στιγμιότυπα Acronis</translation>
    </message>
    <message>
        <source>The Acronis accounts this program is linked to; the chosen one is shown in the form beside the list.</source>
        <translation>Οι λογαριασμοί Acronis με τους οποίους συνδέεται το πρόγραμμα· ο επιλεγμένος εμφανίζεται στη φόρμα δίπλα στη λίστα.</translation>
    </message>
    <message>
        <source>Link another Acronis account (Ctrl+N)</source>
        <translation>Σύνδεση ακόμη ενός λογαριασμού Acronis (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Προσθή&amp;κη</translation>
    </message>
    <message>
        <source>Remove the chosen instance, its products and its keychain entry (asks first; nothing changes at Acronis)</source>
        <translation>Αφαίρεση του επιλεγμένου στιγμιότυπου, των προϊόντων του και της καταχώρισής του στην κλειδοθήκη (ρωτά πρώτα· τίποτα δεν αλλάζει στην Acronis)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Αφαί&amp;ρεση…</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet.

Link one with the client id and secret of an API client created in the Acronis portal (Settings &gt; API clients).</source>
        <translation>Δεν έχει συνδεθεί ακόμη λογαριασμός Acronis.

Συνδέστε έναν με το client id και το secret ενός API client που δημιουργήθηκε στην πύλη Acronis (Ρυθμίσεις &gt; API clients).</translation>
    </message>
    <message>
        <source>Link an Acro&amp;nis Account</source>
        <translation>Σύνδεση &amp;λογαριασμού Acronis</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 is too large to compute exactly (the limit is %2); nothing was rounded or cut off, the result was refused.</source>
        <translation>Το %1 είναι πολύ μεγάλο για ακριβή υπολογισμό (το όριο είναι %2)· τίποτα δεν στρογγυλοποιήθηκε ή αποκόπηκε, το αποτέλεσμα απορρίφθηκε.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; can be read in two ways (&quot;%3&quot; separates groups of three digits here, &quot;%4&quot; the decimals); write it without group separators, e.g. %5.</source>
        <translation>%1: το «%2» διαβάζεται με δύο τρόπους (το «%3» χωρίζει εδώ τριάδες ψηφίων, το «%4» τα δεκαδικά)· γράψτε το χωρίς διαχωριστικά χιλιάδων, π.χ. %5.</translation>
    </message>
    <message numerus="yes">
        <source>%1: &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1: το «%2» έχει περισσότερα από %n δεκαδικό ψηφίο.</numerusform>
            <numerusform>%1: το «%2» έχει περισσότερα από %n δεκαδικά ψηφία.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too large (at most %3).</source>
        <translation>%1: το «%2» είναι πολύ μεγάλο (το πολύ %3).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: το «%2» δεν είναι αριθμός.</translation>
    </message>
</context>
<context>
    <name>MonthChoice</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (τρέχων)</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet: link one on the Applications Setup page first.</source>
        <translation>Δεν έχει συνδεθεί ακόμη λογαριασμός Acronis: συνδέστε πρώτα έναν στη σελίδα Ρύθμιση εφαρμογών.</translation>
    </message>
    <message>
        <source>Choose a closed month.</source>
        <translation>Επιλέξτε έναν κλεισμένο μήνα.</translation>
    </message>
</context>
<context>
    <name>MonthEndCommands</name>
    <message>
        <source>An application&apos;s products (its id, as &apos;products --json&apos; shows application_id).</source>
        <translation>Τα προϊόντα μιας εφαρμογής (το id της, όπως το application_id του &apos;products --json&apos;).</translation>
    </message>
    <message>
        <source>One product&apos;s offering item (in every edition and storage).</source>
        <translation>Το στοιχείο προσφοράς ενός προϊόντος (σε κάθε έκδοση και αποθήκευση).</translation>
    </message>
    <message>
        <source>Usage: acronis-csp discount set|list|clear ...

Discounts of the agreement with Acronis that differ by application or product.
The most specific one prices a product&apos;s cost: its offering item&apos;s, else its
application&apos;s, else the instance&apos;s Distributor Discount. Each is kept with its
time, so that a closed month is priced with the discounts of its month.

  set INSTANCE PERCENT [--application ID|--offering-item ITEM]
  list INSTANCE [--json]
  clear INSTANCE --application ID|--offering-item ITEM
</source>
        <translation>Χρήση: acronis-csp discount set|list|clear ...

Εκπτώσεις της συμφωνίας με την Acronis που διαφέρουν ανά εφαρμογή ή προϊόν.
Η πιο ειδική ορίζει το κόστος ενός προϊόντος: του στοιχείου προσφοράς του, αλλιώς
της εφαρμογής του, αλλιώς η Έκπτωση Διανομέα του στιγμιότυπου. Καθεμία κρατιέται
με τον χρόνο της: ένας κλεισμένος μήνας τιμολογείται με τις εκπτώσεις του μήνα του.

  set ΣΤΙΓΜΙΟΤΥΠΟ ΠΟΣΟΣΤΟ [--application ID|--offering-item ΣΤΟΙΧΕΙΟ]
  list ΣΤΙΓΜΙΟΤΥΠΟ [--json]
  clear ΣΤΙΓΜΙΟΤΥΠΟ --application ID|--offering-item ΣΤΟΙΧΕΙΟ
</translation>
    </message>
    <message>
        <source>discount: unknown command &quot;%1&quot;. Try &apos;acronis-csp discount --help&apos;.</source>
        <translation>discount: άγνωστη εντολή «%1». Δοκιμάστε &apos;acronis-csp discount --help&apos;.</translation>
    </message>
    <message>
        <source>Set the discount of an application or a product, overriding the instance&apos;s Distributor Discount from now on; without either option, the Distributor Discount itself.</source>
        <translation>Ορισμός της έκπτωσης μιας εφαρμογής ή ενός προϊόντος, που από τώρα υπερισχύει της Έκπτωσης Διανομέα· χωρίς επιλογή, η ίδια η Έκπτωση Διανομέα.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>The discount, 0 to 100, e.g. 22.5.</source>
        <translation>Η έκπτωση, 0 έως 100, π.χ. 22.5.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Εκτύπωση JSON.</translation>
    </message>
    <message>
        <source>give --application or --offering-item, not both.</source>
        <translation>δώστε --application ή --offering-item, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>the Distributor Discount is a setting of the instance: &apos;acronis-csp instance edit &quot;%1&quot; --discount %2&apos;.</source>
        <translation>η Έκπτωση Διανομέα είναι ρύθμιση του στιγμιότυπου: &apos;acronis-csp instance edit &quot;%1&quot; --discount %2&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 % for %3 (%n product(s)), from %4 on.</source>
        <translation>
            <numerusform>«%1»: %2 % για %3 (%n προϊόν), από %4.</numerusform>
            <numerusform>«%1»: %2 % για %3 (%n προϊόντα), από %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the instance&apos;s Distributor Discount and the discounts of applications and products that override it.</source>
        <translation>Λίστα της Έκπτωσης Διανομέα του στιγμιότυπου και των εκπτώσεων εφαρμογών και προϊόντων που την αντικαθιστούν.</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>στιγμιότυπο</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ΕΜΒΕΛΕΙΑ</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>ΚΛΕΙΔΙ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>DISCOUNT</source>
        <translation>ΕΚΠΤΩΣΗ</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>ΑΠΟ</translation>
    </message>
    <message>
        <source>Remove the discount of an application or a product from now on: its products are priced with the next less specific one.</source>
        <translation>Αφαίρεση της έκπτωσης μιας εφαρμογής ή ενός προϊόντος από τώρα: τα προϊόντα του τιμολογούνται με την επόμενη γενικότερη.</translation>
    </message>
    <message>
        <source>give --application or --offering-item.</source>
        <translation>δώστε --application ή --offering-item.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the discount of %2 was cleared.</source>
        <translation>«%1»: η έκπτωση του %2 αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>Every change, newest first: who (user@host), when, what, and the value before and after. A secret is only ever &quot;replaced&quot;.</source>
        <translation>Κάθε αλλαγή, η νεότερη πρώτη: ποιος (user@host), πότε, τι, και η τιμή πριν και μετά. Ένα secret είναι το πολύ &quot;replaced&quot;.</translation>
    </message>
    <message>
        <source>Only the changes of this instance.</source>
        <translation>Μόνο οι αλλαγές αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Only changes from this day (UTC, e.g. 2026-11-01) or instant on.</source>
        <translation>Μόνο αλλαγές από αυτή την ημέρα (UTC, π.χ. 2026-11-01) ή στιγμή και μετά.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date such as 2026-11-01 or an instant such as 2026-11-01T08:00:00Z.</source>
        <translation>--since: το «%1» δεν είναι ημερομηνία όπως 2026-11-01 ούτε στιγμή όπως 2026-11-01T08:00:00Z.</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ΧΡΟΝΟΣ</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ΧΡΗΣΤΗΣ</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ΕΝΕΡΓΕΙΑ</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ΣΤΙΓΜΙΟΤΥΠΟ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ΑΝΤΙΚΕΙΜΕΝΟ</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>ΠΡΙΝ</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>ΜΕΤΑ</translation>
    </message>
    <message numerus="yes">
        <source>Reconciliation of &quot;%1&quot; for %2: %n line(s).</source>
        <translation>
            <numerusform>Συμφωνία του «%1» για %2: %n γραμμή.</numerusform>
            <numerusform>Συμφωνία του «%1» για %2: %n γραμμές.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>ΠΑΡΟΧΟΣ</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>ΠΡΟΪΟΝ</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ΤΟΠΟΘΕΣΙΑ</translation>
    </message>
    <message>
        <source>ESTIMATE</source>
        <translation>ΕΚΤΙΜΗΣΗ</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>ΑΝΑΦΟΡΑ</translation>
    </message>
    <message>
        <source>DIFFERENCE</source>
        <translation>ΔΙΑΦΟΡΑ</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>ΕΠΙΣΗΜΑΝΣΕΙΣ</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Καμία επισήμανση.</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s):</source>
        <translation>
            <numerusform>%n επισήμανση:</numerusform>
            <numerusform>%n επισημάνσεις:</numerusform>
        </translation>
    </message>
    <message>
        <source>A closed month&apos;s usage report beside the last estimate recorded in the month, per service provider and product (storage per location), with what needs a look before invoicing. Exit 0 when nothing is flagged, 1 when something is.</source>
        <translation>Η αναφορά χρήσης ενός κλεισμένου μήνα δίπλα στην τελευταία εκτίμηση του μήνα, ανά πάροχο υπηρεσιών και προϊόν (αποθήκευση ανά τοποθεσία), με ό,τι θέλει έλεγχο πριν την τιμολόγηση. Έξοδος 0 χωρίς επισημάνσεις, 1 με επισημάνσεις.</translation>
    </message>
    <message>
        <source>Flag a counter more than this many percent above the month before (default 50).</source>
        <translation>Επισήμανση μετρητή πάνω από τόσο τοις εκατό πάνω από τον προηγούμενο μήνα (προεπιλογή 50).</translation>
    </message>
    <message>
        <source>Print CSV: one row per line.</source>
        <translation>Εκτύπωση CSV: μία γραμμή ανά εγγραφή.</translation>
    </message>
    <message>
        <source>--jump-percent: &quot;%1&quot; is not a percentage from 0 to %2.</source>
        <translation>--jump-percent: το «%1» δεν είναι ποσοστό από 0 έως %2.</translation>
    </message>
</context>
<context>
    <name>NightlyTimer</name>
    <message>
        <source>The systemd user manager refused %1: %2</source>
        <translation>Ο διαχειριστής χρήστη του systemd αρνήθηκε το %1: %2</translation>
    </message>
</context>
<context>
    <name>NotInvoicedNotice</name>
    <message>
        <source>With usage in %1 but no invoice for it:</source>
        <translation>Με χρήση τον %1 αλλά χωρίς τιμολόγιο γι&apos; αυτόν:</translation>
    </message>
</context>
<context>
    <name>PriceCheckDialog</name>
    <message>
        <source>Check against Acronis&apos; price list</source>
        <translation>Έλεγχος με τον τιμοκατάλογο της Acronis</translation>
    </message>
    <message>
        <source>Reads, read-only, the prices Acronis charges the distributor for a month (its Pricelist API) and puts each SKU&apos;s implied discount (1 − effective ÷ list) beside the discount this program applies: the Distributor Discount, or a product&apos;s own where the SKU&apos;s product is known. A difference of more than 0.005 percentage points, or a price in another currency, is flagged.</source>
        <translation>Διαβάζει, μόνο για ανάγνωση, τις τιμές που χρεώνει η Acronis στον διανομέα για έναν μήνα (το Pricelist API της) και βάζει την έκπτωση που προκύπτει για κάθε SKU (1 − πραγματική ÷ τιμή καταλόγου) δίπλα στην έκπτωση που εφαρμόζει αυτό το πρόγραμμα: την έκπτωση διανομέα, ή του ίδιου του προϊόντος όπου το προϊόν του SKU είναι γνωστό. Διαφορά μεγαλύτερη από 0,005 ποσοστιαίες μονάδες, ή τιμή σε άλλο νόμισμα, επισημαίνεται.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Μή&amp;νας:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Έ&amp;λεγχος</translation>
    </message>
    <message>
        <source>SKUs of the price list</source>
        <translation>SKU του τιμοκαταλόγου</translation>
    </message>
</context>
<context>
    <name>PriceCheckRepository</name>
    <message>
        <source>reading the last price check</source>
        <translation>κατά την ανάγνωση του τελευταίου ελέγχου τιμών</translation>
    </message>
    <message>
        <source>recording the price check</source>
        <translation>κατά την καταγραφή του ελέγχου τιμών</translation>
    </message>
</context>
<context>
    <name>PriceCommands</name>
    <message>
        <source>%1, %2: price list %3 in %4, commitment %5 (the distributor&apos;s own commitment to Acronis).</source>
        <translation>%1, %2: τιμοκατάλογος %3 σε %4, δέσμευση %5 (η δέσμευση του ίδιου του διανομέα προς την Acronis).</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Πραγματική</translation>
    </message>
    <message>
        <source>Implied %</source>
        <translation>Προκύπτει %</translation>
    </message>
    <message>
        <source>Ours %</source>
        <translation>Δική μας %</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Διαφέρει</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ναι (%1)</translation>
    </message>
    <message>
        <source>Usage: acronis-csp prices check NAME [--month YYYY-MM|current|last] [--json|--csv]

  check   The distributor&apos;s effective price list for a month from Acronis&apos;
          Pricelist API beside the discount this program applies
</source>
        <translation>Χρήση: acronis-csp prices check ΟΝΟΜΑ [--month ΕΕΕΕ-ΜΜ|current|last] [--json|--csv]

  check   Ο πραγματικός τιμοκατάλογος του διανομέα για έναν μήνα από το
          Pricelist API της Acronis δίπλα στην έκπτωση που εφαρμόζει το πρόγραμμα
</translation>
    </message>
    <message>
        <source>prices: unknown subcommand &quot;%1&quot;. Try &apos;acronis-csp prices --help&apos;.</source>
        <translation>prices: άγνωστη υποεντολή «%1». Δοκιμάστε &apos;acronis-csp prices --help&apos;.</translation>
    </message>
    <message>
        <source>The distributor&apos;s effective price list for a month from Acronis&apos; Pricelist API beside the discount this program applies: each SKU&apos;s implied discount (1 - effective / list) beside the instance&apos;s, or a product&apos;s own where the SKU&apos;s product is known. A SKU whose discounts differ by more than 0.005 percentage points, or that is priced in another currency, is flagged. Exit 0 when none is, 1 when one is or when the price list cannot be read.</source>
        <translation>Ο πραγματικός τιμοκατάλογος του διανομέα για έναν μήνα από το Pricelist API της Acronis δίπλα στην έκπτωση που εφαρμόζει αυτό το πρόγραμμα: η έκπτωση που προκύπτει για κάθε SKU (1 - πραγματική / τιμή καταλόγου) δίπλα σε αυτή της παρουσίας, ή του ίδιου του προϊόντος όπου το προϊόν του SKU είναι γνωστό. Ένα SKU του οποίου οι εκπτώσεις διαφέρουν πάνω από 0,005 ποσοστιαίες μονάδες, ή που τιμολογείται σε άλλο νόμισμα, επισημαίνεται. Έξοδος 0 όταν κανένα δεν επισημαίνεται, 1 όταν ένα επισημαίνεται ή όταν ο τιμοκατάλογος δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος της παρουσίας.</translation>
    </message>
    <message>
        <source>The month, e.g. 2026-10, &quot;current&quot; (the default) or &quot;last&quot; (UTC).</source>
        <translation>Ο μήνας, π.χ. 2026-10, «current» (προεπιλογή) ή «last» (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Εκτύπωση JSON.</translation>
    </message>
    <message>
        <source>Print CSV, one row per SKU.</source>
        <translation>Εκτύπωση CSV, μία γραμμή ανά SKU.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>Τα --json και --csv αποκλείουν το ένα το άλλο.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10, &quot;current&quot; or &quot;last&quot;.</source>
        <translation>--month: το «%1» δεν είναι μήνας όπως 2026-10, «current» ή «last».</translation>
    </message>
    <message>
        <source>Acronis lists no price list for %1 of &quot;%2&quot;: nothing to check.</source>
        <translation>Η Acronis δεν έχει τιμοκατάλογο για τον μήνα %1 της «%2»: τίποτα για έλεγχο.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 SKU(s) differ from the discount this program applies.</source>
        <translation>
            <numerusform>%n από %1 SKU διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
            <numerusform>%n από %1 SKU διαφέρουν από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every SKU agrees with the discount this program applies.</source>
        <translation>Κάθε SKU συμφωνεί με την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</translation>
    </message>
    <message>
        <source>To enter an API client that has the scope: acronis-csp instance edit &quot;%1&quot; --client-id ID --client-secret-stdin</source>
        <translation>Για να καταχωρίσετε πελάτη API που έχει το εύρος: acronis-csp instance edit &quot;%1&quot; --client-id ID --client-secret-stdin</translation>
    </message>
</context>
<context>
    <name>PriceHistoryRepository</name>
    <message>
        <source>recording the discount</source>
        <translation>κατά την καταγραφή της έκπτωσης</translation>
    </message>
    <message>
        <source>reading the price history</source>
        <translation>κατά την ανάγνωση του ιστορικού τιμών</translation>
    </message>
    <message>
        <source>reading the discount history</source>
        <translation>κατά την ανάγνωση του ιστορικού εκπτώσεων</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>κατά την ανάγνωση του ιστορικού συγχρονισμού</translation>
    </message>
</context>
<context>
    <name>PriceListApi</name>
    <message>
        <source>&quot;%1&quot; is not a decimal number</source>
        <translation>το «%1» δεν είναι δεκαδικός αριθμός</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>δεν είναι αντικείμενο</translation>
    </message>
    <message>
        <source>The gateway %1 does not offer Acronis&apos; Pricelist API (%2 answered HTTP 404). Ask Acronis whether your data centre offers it; until then the Distributor Discount cannot be checked there. Nothing else changes.</source>
        <translation>Το gateway %1 δεν προσφέρει το Pricelist API της Acronis (το %2 απάντησε HTTP 404). Ρωτήστε την Acronis αν το κέντρο δεδομένων σας το προσφέρει· μέχρι τότε η έκπτωση διανομέα δεν μπορεί να ελεγχθεί εκεί. Τίποτε άλλο δεν αλλάζει.</translation>
    </message>
    <message>
        <source>The API client may not read price lists: it lacks the scope %1 (%2). An administrator can give the API client that scope in the Acronis management portal, or create an API client that has it and enter its client id and secret in the instance&apos;s settings. Nothing else changes.</source>
        <translation>Ο πελάτης API δεν μπορεί να διαβάσει τιμοκαταλόγους: του λείπει το εύρος %1 (%2). Ένας διαχειριστής μπορεί να δώσει αυτό το εύρος στον πελάτη API στην πύλη διαχείρισης της Acronis ή να δημιουργήσει πελάτη API που το έχει και να καταχωρίσει το αναγνωριστικό και το μυστικό του στις ρυθμίσεις της παρουσίας. Τίποτε άλλο δεν αλλάζει.</translation>
    </message>
</context>
<context>
    <name>PriceListService</name>
    <message>
        <source>No Get Services Definition of &quot;%1&quot; succeeded before %2 ended; it was priced with the oldest price list known, that of the run of %3.</source>
        <translation>Καμία «Λήψη ορισμού υπηρεσιών» του «%1» δεν πέτυχε πριν τελειώσει ο %2· τιμολογήθηκε με τον παλαιότερο γνωστό τιμοκατάλογο, αυτόν της εκτέλεσης της %3.</translation>
    </message>
    <message>
        <source>No Get Services Definition of &quot;%1&quot; has succeeded yet; %2 was priced with the prices set by hand only.</source>
        <translation>Καμία «Λήψη ορισμού υπηρεσιών» του «%1» δεν έχει πετύχει ακόμη· ο %2 τιμολογήθηκε μόνο με τις τιμές που ορίστηκαν με το χέρι.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <source>reading products</source>
        <translation>κατά την ανάγνωση των προϊόντων</translation>
    </message>
    <message>
        <source>renaming the product &quot;%1&quot;</source>
        <translation>κατά τη μετονομασία του προϊόντος «%1»</translation>
    </message>
    <message>
        <source>reading the product&apos;s history</source>
        <translation>κατά την ανάγνωση του ιστορικού του προϊόντος</translation>
    </message>
    <message>
        <source>setting the price of &quot;%1&quot;</source>
        <translation>κατά τον ορισμό της τιμής του «%1»</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; no longer exists.</source>
        <translation>Το προϊόν «%1» δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>reading the catalogue&apos;s revision</source>
        <translation>κατά την ανάγνωση της έκδοσης του καταλόγου</translation>
    </message>
    <message>
        <source>The instance no longer exists.</source>
        <translation>Το στιγμιότυπο δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>recording the catalogue&apos;s revision</source>
        <translation>κατά την καταγραφή της έκδοσης του καταλόγου</translation>
    </message>
    <message>
        <source>its name is now &quot;%1&quot;</source>
        <translation>το όνομα είναι πλέον «%1»</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>χωρίς τιμή</translation>
    </message>
    <message>
        <source>its sell price is now %1</source>
        <translation>η τιμή πώλησης είναι πλέον %1</translation>
    </message>
    <message>
        <source>it is retired</source>
        <translation>έχει αποσυρθεί</translation>
    </message>
    <message>
        <source>it is active again</source>
        <translation>είναι ξανά ενεργό</translation>
    </message>
    <message>
        <source>its details changed</source>
        <translation>άλλαξαν τα στοιχεία του</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 after this edit began (%4); nothing was saved. Reload to see the change, then make yours again.</source>
        <translation>Το «%1» άλλαξε από %2 στις %3, αφού ξεκίνησε αυτή η επεξεργασία (%4)· δεν αποθηκεύτηκε τίποτα. Φορτώστε ξανά για να δείτε την αλλαγή και κάντε ξανά τη δική σας.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>άλλο πρόγραμμα</translation>
    </message>
    <message>
        <source>; </source>
        <translation>· </translation>
    </message>
    <message>
        <source>reading what the run changed</source>
        <translation>κατά την ανάγνωση όσων άλλαξε η εκτέλεση</translation>
    </message>
    <message>
        <source>reading the instance&apos;s storages</source>
        <translation>κατά την ανάγνωση των χώρων αποθήκευσης του στιγμιότυπου</translation>
    </message>
</context>
<context>
    <name>ProductService</name>
    <message>
        <source>The product no longer exists.</source>
        <translation>Το προϊόν δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>The product name must not be empty.</source>
        <translation>Το όνομα του προϊόντος δεν πρέπει να είναι κενό.</translation>
    </message>
    <message>
        <source>The product name must be at most 256 characters, without line breaks or control characters.</source>
        <translation>Το όνομα του προϊόντος πρέπει να έχει έως 256 χαρακτήρες, χωρίς αλλαγές γραμμής ή χαρακτήρες ελέγχου.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; continuously updates product names, so the next Get Services Definition will rename this product back to &quot;%2&quot;. Choose &quot;Keep the names of the first run&quot; in its setup to keep your name.</source>
        <translation>Το «%1» ενημερώνει συνεχώς τα ονόματα προϊόντων, οπότε η επόμενη «Λήψη ορισμού υπηρεσιών» θα μετονομάσει αυτό το προϊόν ξανά σε «%2». Επιλέξτε «Διατήρηση των ονομάτων της πρώτης εκτέλεσης» στη ρύθμισή του για να κρατήσετε το όνομά σας.</translation>
    </message>
    <message>
        <source>Acronis serves the price of &quot;%1&quot; (%2 %3); a price set by hand would be replaced at the next Get Services Definition.</source>
        <translation>Η Acronis δίνει την τιμή του «%1» (%2 %3)· μια τιμή ορισμένη με το χέρι θα αντικαθιστούνταν στην επόμενη «Λήψη ορισμού υπηρεσιών».</translation>
    </message>
    <message>
        <source>There is no product with the offering item &quot;%1&quot;%2.</source>
        <translation>Δεν υπάρχει προϊόν με το στοιχείο προσφοράς «%1»%2.</translation>
    </message>
    <message>
        <source> with that edition and storage</source>
        <translation> με αυτή την έκδοση και αυτόν τον χώρο αποθήκευσης</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 products; name one with %3.</source>
        <translation>Το «%1» ταιριάζει με %2 προϊόντα· ορίστε ένα με %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ή </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative; a price is at least 0.</source>
        <translation>%1: το «%2» είναι αρνητικό· μια τιμή είναι τουλάχιστον 0.</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Τιμή πώλησης</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Show the products of one product type (instance) only</source>
        <translation>Εμφάνιση μόνο των προϊόντων ενός τύπου προϊόντος (στιγμιότυπου)</translation>
    </message>
    <message>
        <source>Show the products of one application only</source>
        <translation>Εμφάνιση μόνο των προϊόντων μιας εφαρμογής</translation>
    </message>
    <message>
        <source>Show the products of one edition of the chosen application only</source>
        <translation>Εμφάνιση μόνο των προϊόντων μιας έκδοσης της επιλεγμένης εφαρμογής</translation>
    </message>
    <message>
        <source>Also show products Acronis no longer serves</source>
        <translation>Εμφάνιση και των προϊόντων που η Acronis δεν προσφέρει πια</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>Εμφάνιση απο&amp;συρμένων</translation>
    </message>
    <message>
        <source>Finds products by name, offering item or storage (Ctrl+F)</source>
        <translation>Βρίσκει προϊόντα με βάση όνομα, στοιχείο προσφοράς ή αποθήκευση (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Αναζήτηση προϊόντων</translation>
    </message>
    <message>
        <source>Search names, offering items, storage</source>
        <translation>Αναζήτηση σε ονόματα, offering items, χώρους αποθήκευσης</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>One row per product with its prices; double-click a name or a price without one from Acronis to change it</source>
        <translation>Μία γραμμή ανά προϊόν με τις τιμές του· διπλό κλικ σε ένα όνομα ή σε μια τιμή που δεν δίνει η Acronis για αλλαγή</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Λεπτομέρειες προϊόντος</translation>
    </message>
    <message>
        <source>Every field of the chosen product and its history</source>
        <translation>Όλα τα πεδία του επιλεγμένου προϊόντος και το ιστορικό του</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <extracomment>no mnemonic: it writes</extracomment>
        <translation>Λήψη ορισμού υπηρεσιών</translation>
    </message>
    <message>
        <source>Copy the selected rows for a spreadsheet (Ctrl+C)</source>
        <translation>Αντιγραφή των επιλεγμένων γραμμών για υπολογιστικό φύλλο (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Αντιγρα&amp;φή γραμμών</translation>
    </message>
    <message>
        <source>Save the products shown as a CSV file, prices exact</source>
        <translation>Αποθήκευση των εμφανιζόμενων προϊόντων ως αρχείο CSV, με ακριβείς τιμές</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Εξα&amp;γωγή CSV…</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>provider: unknown command &quot;%1&quot;. Try &apos;acronis-csp provider --help&apos;.</source>
        <translation>provider: άγνωστη εντολή «%1». Δοκιμάστε &apos;acronis-csp provider --help&apos;.</translation>
    </message>
    <message>
        <source>Provision a service provider: a partner tenant under the distributor, its offering items, tier and first admin. Running it again continues where it stopped and never makes a second tenant.</source>
        <translation>Παροχή ενός παρόχου υπηρεσιών: ένας tenant συνεργάτη κάτω από τον διανομέα, τα στοιχεία προσφοράς του, η βαθμίδα του και ο πρώτος διαχειριστής. Μια νέα εκτέλεση συνεχίζει από εκεί που σταμάτησε και δεν δημιουργεί ποτέ δεύτερο tenant.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>The tenant&apos;s name.</source>
        <translation>Το όνομα του tenant.</translation>
    </message>
    <message>
        <source>The billing system&apos;s account id.</source>
        <translation>Ο κωδικός λογαριασμού στο σύστημα χρέωσης.</translation>
    </message>
    <message>
        <source>The first admin&apos;s login.</source>
        <translation>Το όνομα σύνδεσης του πρώτου διαχειριστή.</translation>
    </message>
    <message>
        <source>Where the activation e-mail goes.</source>
        <translation>Πού στέλνεται το email ενεργοποίησης.</translation>
    </message>
    <message>
        <source>Tenant and admin language (default en).</source>
        <translation>Γλώσσα tenant και διαχειριστή (προεπιλογή en).</translation>
    </message>
    <message>
        <source>Offering items to enable (default: the instance&apos;s active products).</source>
        <translation>Στοιχεία προσφοράς προς ενεργοποίηση (προεπιλογή: τα ενεργά προϊόντα του στιγμιότυπου).</translation>
    </message>
    <message>
        <source>Enable every item available to service providers.</source>
        <translation>Ενεργοποίηση κάθε στοιχείου διαθέσιμου σε παρόχους υπηρεσιών.</translation>
    </message>
    <message>
        <source>Check everything and print the calls it would make; change nothing.</source>
        <translation>Έλεγχος όλων και εμφάνιση των κλήσεων που θα γίνονταν· καμία αλλαγή.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>missing %1.</source>
        <translation>λείπει %1.</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Έλεγχοι:</translation>
    </message>
    <message>
        <source>Plan (nothing was changed):</source>
        <translation>Σχέδιο (δεν άλλαξε τίποτα):</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Κλήσεις:</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>παράλειψη</translation>
    </message>
    <message>
        <source>do  </source>
        <translation>εκτέλεση</translation>
    </message>
    <message>
        <source>Record every partner tenant under the distributor as a service provider (its customer id, or its tenant id where it has none).</source>
        <translation>Καταγραφή κάθε tenant συνεργάτη κάτω από τον διανομέα ως παρόχου υπηρεσιών (με τον κωδικό πελάτη του, ή το id του tenant όπου δεν έχει).</translation>
    </message>
    <message>
        <source>Show one service provider and the operations done to it.</source>
        <translation>Προβολή ενός παρόχου υπηρεσιών και των ενεργειών που έγιναν σε αυτόν.</translation>
    </message>
    <message>
        <source>List the service providers.</source>
        <translation>Λίστα των παρόχων υπηρεσιών.</translation>
    </message>
    <message>
        <source>Only this instance&apos;s providers.</source>
        <translation>Μόνο οι πάροχοι αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>There is no service provider with customer id &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Δεν υπάρχει πάροχος υπηρεσιών με κωδικό πελάτη «%1» στο «%2».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Id tenant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>Παρασχέθηκε</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>not completely: run create again</source>
        <translation>όχι πλήρως: εκτελέστε ξανά το create</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Βαθμίδα</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστη</translation>
    </message>
    <message>
        <source>Pricing mode</source>
        <translation>Τρόπος τιμολόγησης</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Σύνδεση διαχειριστή</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Στιγμιότυπο</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>επιτυχία</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>αποτυχία</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ΠΟΤΕ</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>ΕΝΕΡΓΕΙΑ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ΚΑΤΑΣΤΑΣΗ</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>ΛΕΠΤΟΜΕΡΕΙΕΣ</translation>
    </message>
    <message>
        <source>No service providers yet: &apos;acronis-csp provider create&apos; or &apos;provider import&apos;.</source>
        <translation>Δεν υπάρχουν ακόμη πάροχοι υπηρεσιών: &apos;acronis-csp provider create&apos; ή &apos;provider import&apos;.</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ΣΤΙΓΜΙΟΤΥΠΟ</translation>
    </message>
    <message>
        <source>CUSTOMER ID</source>
        <translation>ΚΩΔΙΚΟΣ ΠΕΛΑΤΗ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ΟΝΟΜΑ</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>ΒΑΘΜΙΔΑ</translation>
    </message>
    <message>
        <source>ADMIN</source>
        <translation>ΔΙΑΧΕΙΡΙΣΤΗΣ</translation>
    </message>
    <message>
        <source>TENANT</source>
        <translation>TENANT</translation>
    </message>
    <message>
        <source>Suspend a service provider: disable its tenant. Acronis keeps billing its usage while it is disabled.</source>
        <translation>Αναστολή παρόχου υπηρεσιών: απενεργοποίηση του tenant του. Η Acronis συνεχίζει να χρεώνει τη χρήση του όσο είναι απενεργοποιημένος.</translation>
    </message>
    <message>
        <source>Resume a suspended service provider: enable its tenant.</source>
        <translation>Επανενεργοποίηση παρόχου σε αναστολή: ενεργοποίηση του tenant του.</translation>
    </message>
    <message>
        <source>Cancel a service provider: disable its tenant, then delete it at Acronis with all its data. This cannot be undone.</source>
        <translation>Ακύρωση παρόχου υπηρεσιών: απενεργοποίηση του tenant του και μετά διαγραφή του στην Acronis με όλα τα δεδομένα του. Δεν αναιρείται.</translation>
    </message>
    <message>
        <source>Confirm that the tenant and its data are to be deleted.</source>
        <translation>Επιβεβαίωση ότι ο tenant και τα δεδομένα του θα διαγραφούν.</translation>
    </message>
    <message>
        <source>cancel deletes the tenant and its data at Acronis; add --yes to confirm.</source>
        <translation>το cancel διαγράφει τον tenant και τα δεδομένα του στην Acronis· προσθέστε --yes για επιβεβαίωση.</translation>
    </message>
    <message>
        <source>Commitment tier: none, 1 to 5, or one added with &apos;tier set&apos;.</source>
        <translation>Βαθμίδα δέσμευσης: none, 1 έως 5 ή μία που προστέθηκε με το &apos;tier set&apos;.</translation>
    </message>
    <message>
        <source>Months from the contract&apos;s start that pay no minimum commitment (0 to 3, default 0).</source>
        <translation>Μήνες από την έναρξη του συμβολαίου χωρίς ελάχιστη δέσμευση (0 έως 3, προεπιλογή 0).</translation>
    </message>
    <message>
        <source>--ramp-up-months: &quot;%1&quot; is not a whole number.</source>
        <translation>--ramp-up-months: το «%1» δεν είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>Contract since</source>
        <translation>Συμβόλαιο από</translation>
    </message>
    <message>
        <source>Ramp-up months</source>
        <translation>Μήνες έναρξης</translation>
    </message>
    <message>
        <source>Change a service provider&apos;s commitment tier at Acronis and in its contract, in effect from a month on.</source>
        <translation>Αλλαγή της βαθμίδας δέσμευσης ενός παρόχου υπηρεσιών στην Acronis και στο συμβόλαιό του, από έναν μήνα και μετά.</translation>
    </message>
    <message>
        <source>The tier: none, 1 to 5, or one added.</source>
        <translation>Η βαθμίδα: none, 1 έως 5 ή μία που προστέθηκε.</translation>
    </message>
    <message>
        <source>The first month of the new tier (default: the current one).</source>
        <translation>Ο πρώτος μήνας της νέας βαθμίδας (προεπιλογή: ο τρέχων).</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a month like 2026-10.</source>
        <translation>--from: το «%1» δεν είναι μήνας όπως 2026-10.</translation>
    </message>
    <message>
        <source>Usage: acronis-csp provider COMMAND [options]

Service providers: partner tenants under the distributor.

Commands:
  create    Provision a service provider (idempotent; --dry-run checks)
  import    Record the partner tenants already under the distributor
  list      List the service providers
  show      Show one service provider and what was done to it
  suspend   Disable a service provider&apos;s tenant
  resume    Enable it again
  cancel    Disable and delete the tenant at Acronis (needs --yes)
  set-tier  Change the commitment tier, at Acronis and in the contract
  edit      Give a provider the billing system&apos;s customer id

Run &apos;acronis-csp provider COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Χρήση: acronis-csp provider ΕΝΤΟΛΗ [επιλογές]

Πάροχοι υπηρεσιών: tenants συνεργατών κάτω από τον διανομέα.

Εντολές:
  create    Δημιουργία παρόχου υπηρεσιών (ταυτοδύναμη· το --dry-run ελέγχει)
  import    Καταγραφή των tenants συνεργατών που υπάρχουν ήδη κάτω από τον διανομέα
  list      Λίστα των παρόχων υπηρεσιών
  show      Ένας πάροχος υπηρεσιών και ό,τι έγινε σε αυτόν
  suspend   Απενεργοποίηση του tenant ενός παρόχου υπηρεσιών
  resume    Ενεργοποίηση ξανά
  cancel    Απενεργοποίηση και διαγραφή του tenant στην Acronis (χρειάζεται --yes)
  set-tier  Αλλαγή της βαθμίδας δέσμευσης, στην Acronis και στο συμβόλαιο
  edit      Απόδοση του κωδικού πελάτη του συστήματος χρέωσης σε έναν πάροχο

Το &apos;acronis-csp provider ΕΝΤΟΛΗ --help&apos; δείχνει τις επιλογές μιας εντολής.
</translation>
    </message>
    <message>
        <source>Give a service provider imported without a customer id (its tenant id stood in) the billing system&apos;s customer id; written to the tenant at Acronis too.</source>
        <translation>Απόδοση του κωδικού πελάτη του συστήματος χρέωσης σε πάροχο υπηρεσιών που εισήχθη χωρίς αυτόν (στη θέση του ήταν το αναγνωριστικό tenant)· γράφεται και στον tenant στην Acronis.</translation>
    </message>
    <message>
        <source>The provider&apos;s customer id now (its tenant id, if it has none).</source>
        <translation>Ο τωρινός κωδικός πελάτη του παρόχου (το αναγνωριστικό tenant, αν δεν έχει).</translation>
    </message>
    <message>
        <source>Say the new customer id with --customer-id NEW.</source>
        <translation>Δώστε τον νέο κωδικό πελάτη με --customer-id ΝΕΟΣ.</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>saving the service provider &quot;%1&quot;</source>
        <translation>κατά την αποθήκευση του παρόχου «%1»</translation>
    </message>
    <message>
        <source>reading the service providers</source>
        <translation>κατά την ανάγνωση των παρόχων υπηρεσιών</translation>
    </message>
    <message>
        <source>recording the operation</source>
        <translation>κατά την καταγραφή της ενέργειας</translation>
    </message>
    <message>
        <source>reading the operations</source>
        <translation>κατά την ανάγνωση των ενεργειών</translation>
    </message>
</context>
<context>
    <name>ProviderRules</name>
    <message>
        <source>Name: must be 1 to %1 characters long.</source>
        <translation>Όνομα: πρέπει να έχει 1 έως %1 χαρακτήρες.</translation>
    </message>
    <message>
        <source>Customer id: must not be empty (it is the billing system&apos;s account id).</source>
        <translation>Κωδικός πελάτη: δεν μπορεί να είναι κενός (είναι ο κωδικός λογαριασμού στο σύστημα χρέωσης).</translation>
    </message>
    <message>
        <source>Admin login: 1 to 255 letters, digits or . _ @ + - (no spaces).</source>
        <translation>Σύνδεση διαχειριστή: 1 έως 255 γράμματα, ψηφία ή . _ @ + - (χωρίς κενά).</translation>
    </message>
    <message>
        <source>Admin e-mail: &quot;%1&quot; is not an e-mail address like name@example.com.</source>
        <translation>Email διαχειριστή: το «%1» δεν είναι διεύθυνση email όπως name@example.com.</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not one Acronis knows (for example en, de, fr, pt-BR).</source>
        <translation>Γλώσσα: η «%1» δεν είναι γνωστή στην Acronis (για παράδειγμα en, de, fr, pt-BR).</translation>
    </message>
    <message>
        <source>Items: name items or ask for all of them, not both.</source>
        <translation>Στοιχεία: ονομάστε στοιχεία ή ζητήστε όλα, όχι και τα δύο.</translation>
    </message>
    <message>
        <source>Items: an item name is empty.</source>
        <translation>Στοιχεία: ένα όνομα στοιχείου είναι κενό.</translation>
    </message>
    <message>
        <source>Items: choose products, name items or ask for all of them; only one of these.</source>
        <translation>Στοιχεία: επιλέξτε προϊόντα, ονομάστε στοιχεία ή ζητήστε όλα· μόνο ένα από αυτά.</translation>
    </message>
    <message>
        <source>Customer id: &quot;%1&quot; starts or ends with a space.</source>
        <translation>Κωδικός πελάτη: το «%1» αρχίζει ή τελειώνει με κενό.</translation>
    </message>
    <message>
        <source>Customer id: the tenant id is Acronis&apos; id, not the billing system&apos;s account id.</source>
        <translation>Κωδικός πελάτη: το αναγνωριστικό tenant είναι της Acronis, όχι ο λογαριασμός του συστήματος χρέωσης.</translation>
    </message>
</context>
<context>
    <name>ProviderWizardAdmin</name>
    <message>
        <source>First administrator</source>
        <translation>Πρώτος διαχειριστής</translation>
    </message>
    <message>
        <source>A partner administrator of the new tenant; Acronis sends the activation e-mail.</source>
        <translation>Ένας διαχειριστής συνεργάτη του νέου tenant· η Acronis στέλνει το email ενεργοποίησης.</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Ό&amp;νομα σύνδεσης:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
</context>
<context>
    <name>ProviderWizardDetails</name>
    <message>
        <source>Details</source>
        <translation>Στοιχεία</translation>
    </message>
    <message>
        <source>The tenant is created under the distributor of the instance. The customer id is the billing system&apos;s account id: it makes running this again safe.</source>
        <translation>Ο tenant δημιουργείται κάτω από τον διανομέα του στιγμιότυπου. Ο κωδικός πελάτη είναι ο κωδικός λογαριασμού στο σύστημα χρέωσης: με αυτόν μια νέα εκτέλεση είναι ασφαλής.</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Στιγμιότυπο:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Customer id:</source>
        <translation>&amp;Κωδικός πελάτη:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
</context>
<context>
    <name>ProviderWizardItems</name>
    <message>
        <source>Products and tier</source>
        <translation>Προϊόντα και βαθμίδα</translation>
    </message>
    <message>
        <source>The offering items enabled on the tenant, and its commitment tier.</source>
        <translation>Τα στοιχεία προσφοράς που ενεργοποιούνται στον tenant και η βαθμίδα δέσμευσής του.</translation>
    </message>
    <message>
        <source>&amp;Every item the distributor may give to service providers</source>
        <translation>&amp;Κάθε στοιχείο που ο διανομέας μπορεί να δώσει σε παρόχους υπηρεσιών</translation>
    </message>
    <message>
        <source>Only the items &amp;checked below:</source>
        <translation>Μόνο τα στοιχεία που &amp;επιλέγονται παρακάτω:</translation>
    </message>
    <message>
        <source>Commitment &amp;tier:</source>
        <translation>&amp;Βαθμίδα δέσμευσης:</translation>
    </message>
    <message>
        <source>&amp;Ramp-up months:</source>
        <translation>&amp;Μήνες έναρξης:</translation>
    </message>
    <message>
        <source>The first months of the contract, counted from the month the tenant is created, in which no minimum commitment is charged</source>
        <translation>Οι πρώτοι μήνες της σύμβασης, μετρημένοι από τον μήνα δημιουργίας του μισθωτή, στους οποίους δεν χρεώνεται ελάχιστη δέσμευση</translation>
    </message>
    <message>
        <source>Ramp-up months</source>
        <translation>Μήνες έναρξης</translation>
    </message>
</context>
<context>
    <name>ProviderWizardReview</name>
    <message>
        <source>Review</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Every check that changes nothing, and the calls that provisioning will make.</source>
        <translation>Κάθε έλεγχος που δεν αλλάζει τίποτα, και οι κλήσεις που θα κάνει η παροχή.</translation>
    </message>
</context>
<context>
    <name>ProviderWizardRun</name>
    <message>
        <source>Provisioning</source>
        <translation>Παροχή</translation>
    </message>
    <message>
        <source>Each step is recorded as it is done; if one fails, running New Service Provider again with the same customer id continues from there.</source>
        <translation>Κάθε βήμα καταγράφεται μόλις γίνει· αν κάποιο αποτύχει, το «Νέος πάροχος υπηρεσιών» με τον ίδιο κωδικό πελάτη συνεχίζει από εκεί.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Ins&amp;tance:</source>
        <translation>&amp;Στιγμιότυπο:</translation>
    </message>
    <message>
        <source>Show the service providers of one instance only</source>
        <translation>Εμφάνιση μόνο των παρόχων υπηρεσιών ενός στιγμιότυπου</translation>
    </message>
    <message>
        <source>Show active, suspended or cancelled service providers only</source>
        <translation>Εμφάνιση μόνο ενεργών, σε αναστολή ή ακυρωμένων παρόχων υπηρεσιών</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Ανα&amp;ζήτηση:</translation>
    </message>
    <message>
        <source>Search name, customer id, admin, tenant id</source>
        <translation>Αναζήτηση ονόματος, κωδικού πελάτη, διαχειριστή, id tenant</translation>
    </message>
    <message>
        <source>Create a partner tenant under the distributor, step by step</source>
        <translation>Δημιουργία tenant συνεργάτη κάτω από τον διανομέα, βήμα προς βήμα</translation>
    </message>
    <message>
        <source>&amp;New Service Provider…</source>
        <translation>&amp;Νέος πάροχος υπηρεσιών…</translation>
    </message>
    <message>
        <source>Records the partner tenants already under the distributor of the instance chosen above.</source>
        <translation>Καταγράφει τους tenants συνεργατών που υπάρχουν ήδη κάτω από τον διανομέα του στιγμιότυπου που επιλέχθηκε παραπάνω.</translation>
    </message>
    <message>
        <source>&amp;Import from Acronis</source>
        <translation>&amp;Εισαγωγή από Acronis</translation>
    </message>
    <message>
        <source>Choose the products enabled on the chosen provider&apos;s tenant</source>
        <translation>Επιλογή των προϊόντων που είναι ενεργά στον tenant του επιλεγμένου παρόχου</translation>
    </message>
    <message>
        <source>Pro&amp;ducts…</source>
        <translation>Προϊόν&amp;τα…</translation>
    </message>
    <message>
        <source>Move the chosen provider to another commitment tier</source>
        <translation>Μεταφορά του επιλεγμένου παρόχου σε άλλη βαθμίδα δέσμευσης</translation>
    </message>
    <message>
        <source>Ti&amp;er…</source>
        <translation>&amp;Βαθμίδα…</translation>
    </message>
    <message>
        <source>Disable the chosen provider&apos;s tenant (asks first)</source>
        <translation>Απενεργοποίηση του tenant του επιλεγμένου παρόχου (ρωτά πρώτα)</translation>
    </message>
    <message>
        <source>S&amp;uspend</source>
        <translation>Αναστο&amp;λή</translation>
    </message>
    <message>
        <source>Enable the chosen provider&apos;s tenant again</source>
        <translation>Εκ νέου ενεργοποίηση του tenant του επιλεγμένου παρόχου</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Επανενεργο&amp;ποίηση</translation>
    </message>
    <message>
        <source>Delete the chosen provider&apos;s tenant and its data at Acronis (asks for its name)</source>
        <translation>Διαγραφή του tenant του επιλεγμένου παρόχου και των δεδομένων του στην Acronis (ζητά το όνομά του)</translation>
    </message>
    <message>
        <source>&amp;Cancel Provider…</source>
        <translation>Ακύ&amp;ρωση παρόχου…</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Πάροχοι υπηρεσιών</translation>
    </message>
    <message>
        <source>The partner tenants under the distributor, with status and tier; choose one to act on it</source>
        <translation>Οι tenants συνεργατών κάτω από τον διανομέα, με κατάσταση και βαθμίδα· επιλέξτε έναν για ενέργειες</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>Every operation on the chosen provider, newest first, with its outcome</source>
        <translation>Κάθε ενέργεια στον επιλεγμένο πάροχο, η νεότερη πρώτα, με το αποτέλεσμά της</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Πρόοδος εισαγωγής</translation>
    </message>
    <message>
        <source>Stop the import; nothing is recorded</source>
        <translation>Διακοπή της εισαγωγής· τίποτα δεν καταγράφεται</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>No Acronis account is linked yet. Service providers are created and imported under a linked account: add an instance on the Applications Setup page first.</source>
        <translation>Δεν έχει συνδεθεί ακόμη λογαριασμός Acronis. Οι πάροχοι υπηρεσιών δημιουργούνται και εισάγονται κάτω από συνδεδεμένο λογαριασμό: προσθέστε πρώτα ένα στιγμιότυπο στη σελίδα Ρύθμιση Εφαρμογών.</translation>
    </message>
    <message>
        <source>Open the Applications Setup page to link an Acronis account</source>
        <translation>Άνοιγμα της σελίδας Ρύθμιση Εφαρμογών για σύνδεση λογαριασμού Acronis</translation>
    </message>
    <message>
        <source>&amp;Go to Applications Setup</source>
        <translation>Μετάβαση στη Ρύθμιση Ε&amp;φαρμογών</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>I&amp;nstance:</source>
        <translation>Σ&amp;τιγμιότυπο:</translation>
    </message>
    <message>
        <source>The instance whose month is reconciled</source>
        <translation>Το στιγμιότυπο του οποίου ο μήνας συμφωνείται</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>Μή&amp;νας:</translation>
    </message>
    <message>
        <source>The closed month to reconcile</source>
        <translation>Ο κλεισμένος μήνας προς συμφωνία</translation>
    </message>
    <message>
        <source>&amp;Jump above:</source>
        <translation>Ά&amp;λμα πάνω από:</translation>
    </message>
    <message>
        <source>Usage jump above</source>
        <translation>Άλμα χρήσης πάνω από</translation>
    </message>
    <message>
        <source>A counter more than this many percent above the month before is flagged</source>
        <translation>Επισημαίνεται μετρητής πάνω από τόσο τοις εκατό πάνω από τον προηγούμενο μήνα</translation>
    </message>
    <message>
        <source>Read the month&apos;s usage report and compare it with the estimates recorded during the month</source>
        <translation>Ανάγνωση της αναφοράς χρήσης του μήνα και σύγκριση με τις εκτιμήσεις που καταγράφηκαν μέσα στον μήνα</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>Συμ&amp;φωνία</translation>
    </message>
    <message>
        <source>Save the comparison as a CSV file</source>
        <translation>Αποθήκευση της σύγκρισης ως αρχείο CSV</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Ε&amp;ξαγωγή CSV…</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Επισημάνσεις</translation>
    </message>
    <message>
        <source>What needs a look before the invoices go out</source>
        <translation>Τι θέλει έλεγχο πριν σταλούν τα τιμολόγια</translation>
    </message>
    <message>
        <source>Estimate and report</source>
        <translation>Εκτίμηση και αναφορά</translation>
    </message>
    <message>
        <source>Per service provider and product: the month&apos;s last estimate beside its report</source>
        <translation>Ανά πάροχο υπηρεσιών και προϊόν: η τελευταία εκτίμηση του μήνα δίπλα στην αναφορά του</translation>
    </message>
    <message>
        <source>Flag a usage counter that rose by more than this percentage over the month before. With 50 %, a provider with 10 workstations last month is flagged at 16 or more.</source>
        <translation>Επισήμανση ενός μετρητή χρήσης που αυξήθηκε περισσότερο από αυτό το ποσοστό σε σχέση με τον προηγούμενο μήνα. Με 50 %, ένας πάροχος με 10 σταθμούς εργασίας τον προηγούμενο μήνα επισημαίνεται από 16 και πάνω.</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>%1 %2 reported, without a price (%3).</source>
        <translation>%1 %2 αναφέρθηκαν, χωρίς τιμή (%3).</translation>
    </message>
    <message>
        <source>%1 from %2 the month before to %3 (more than %4 % up).</source>
        <translation>%1 από %2 τον προηγούμενο μήνα σε %3 (πάνω από %4 % αύξηση).</translation>
    </message>
    <message>
        <source>%1 is used for the first time: %2 at %3 %4.</source>
        <translation>Το %1 χρησιμοποιείται πρώτη φορά: %2 προς %3 %4.</translation>
    </message>
    <message>
        <source>Usage jump</source>
        <translation>Άλμα χρήσης</translation>
    </message>
    <message>
        <source>First paid use</source>
        <translation>Πρώτη χρεωμένη χρήση</translation>
    </message>
    <message>
        <source>Unpriced</source>
        <translation>Χωρίς τιμή</translation>
    </message>
    <message>
        <source>Usage while suspended or cancelled</source>
        <translation>Χρήση ενώ σε αναστολή ή ακυρωμένος</translation>
    </message>
    <message>
        <source>Tenant without a provider record</source>
        <translation>Tenant χωρίς εγγραφή παρόχου</translation>
    </message>
    <message>
        <source>Provider whose tenant is gone</source>
        <translation>Πάροχος χωρίς tenant</translation>
    </message>
    <message>
        <source>Its tenant %1 is no longer under the distributor at Acronis.</source>
        <translation>Ο tenant του %1 δεν είναι πια κάτω από τον διανομέα στην Acronis.</translation>
    </message>
    <message>
        <source>A partner tenant at Acronis with usage and no provider record: its usage is billed to no one.</source>
        <translation>Tenant συνεργάτη στην Acronis με χρήση και χωρίς εγγραφή παρόχου: η χρήση του δεν χρεώνεται σε κανέναν.</translation>
    </message>
    <message>
        <source>A partner tenant at Acronis with no provider record.</source>
        <translation>Tenant συνεργάτη στην Acronis χωρίς εγγραφή παρόχου.</translation>
    </message>
    <message>
        <source>Usage was reported for %1 although it is suspended.</source>
        <translation>Αναφέρθηκε χρήση για τον %1 αν και είναι σε αναστολή.</translation>
    </message>
    <message>
        <source>Usage was reported for %1 although it is cancelled.</source>
        <translation>Αναφέρθηκε χρήση για τον %1 αν και είναι ακυρωμένος.</translation>
    </message>
    <message>
        <source>%1 is used for the first time: %2 at %3 %4 per %5.</source>
        <translation>Το %1 χρησιμοποιείται πρώτη φορά: %2 προς %3 %4 ανά %5.</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>reading the usage reports</source>
        <translation>κατά την ανάγνωση των αναφορών χρήσης</translation>
    </message>
    <message>
        <source>recording the usage report</source>
        <translation>κατά την καταγραφή της αναφοράς χρήσης</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The catalogue is not open as a SQLite database.</source>
        <translation>Ο κατάλογος δεν είναι ανοιχτός ως βάση δεδομένων SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare the statement</source>
        <translation>Δεν είναι δυνατή η προετοιμασία της εντολής</translation>
    </message>
    <message>
        <source>Cannot bind its values</source>
        <translation>Δεν είναι δυνατή η σύνδεση των τιμών της</translation>
    </message>
    <message>
        <source>Cannot run the statement</source>
        <translation>Δεν είναι δυνατή η εκτέλεση της εντολής</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation>Κατάσταση λογαριασμού</translation>
    </message>
    <message>
        <source>The chosen service provider&apos;s statement for the month</source>
        <translation>Η κατάσταση λογαριασμού του επιλεγμένου παρόχου υπηρεσιών για τον μήνα</translation>
    </message>
    <message>
        <source>Save this statement as a PDF</source>
        <translation>Αποθήκευση αυτής της κατάστασης ως PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Αποθήκευση ως PDF…</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <source>Get Services Definition history</source>
        <translation>Ιστορικό «Λήψη ορισμού υπηρεσιών»</translation>
    </message>
    <message>
        <source>Products the selected run changed</source>
        <translation>Προϊόντα που άλλαξε η επιλεγμένη εκτέλεση</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Get Services Definition</source>
        <translation>Λήψη ορισμού υπηρεσιών</translation>
    </message>
    <message>
        <source>Read what the distributor may sell to service providers and bring this instance&apos;s products up to date.</source>
        <translation>Ανάγνωση του τι μπορεί να πουλήσει ο διανομέας στους παρόχους υπηρεσιών και ενημέρωση των προϊόντων αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Show what would change, with the prices, and apply it only when you agree</source>
        <translation>Εμφάνιση όσων θα άλλαζαν, με τις τιμές, και εφαρμογή μόνο με τη συγκατάθεσή σας</translation>
    </message>
    <message>
        <source>Preview the changes first</source>
        <translation>Προεπισκόπηση των αλλαγών πρώτα</translation>
    </message>
    <message>
        <source>Every run of this instance and the products each one changed</source>
        <translation>Κάθε εκτέλεση αυτού του στιγμιότυπου και τα προϊόντα που άλλαξε η καθεμία</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Ισ&amp;τορικό…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>SyncResultDialog</name>
    <message>
        <source>application</source>
        <translation>εφαρμογή</translation>
    </message>
    <message>
        <source>usage name</source>
        <translation>όνομα χρήσης</translation>
    </message>
    <message>
        <source>type</source>
        <translation>τύπος</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>μονάδα</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>αποθήκευση</translation>
    </message>
    <message>
        <source>Acronis name</source>
        <translation>όνομα Acronis</translation>
    </message>
    <message>
        <source>price</source>
        <translation>τιμή</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>νόμισμα</translation>
    </message>
    <message>
        <source>price source</source>
        <translation>προέλευση τιμής</translation>
    </message>
    <message>
        <source>status</source>
        <translation>κατάσταση</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>the desktop window</source>
        <translation>το παράθυρο της εφαρμογής</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>τη γραμμή εντολών</translation>
    </message>
    <message>
        <source>the nightly schedule</source>
        <translation>το νυχτερινό χρονοδιάγραμμα</translation>
    </message>
</context>
<context>
    <name>SyncRunRepository</name>
    <message>
        <source>recording the sync run</source>
        <translation>κατά την καταγραφή του συγχρονισμού</translation>
    </message>
    <message>
        <source>recording the end of the sync run</source>
        <translation>κατά την καταγραφή του τέλους του συγχρονισμού</translation>
    </message>
    <message>
        <source>closing interrupted sync runs</source>
        <translation>κατά το κλείσιμο διακοπέντων συγχρονισμών</translation>
    </message>
    <message>
        <source>reading the sync history</source>
        <translation>κατά την ανάγνωση του ιστορικού συγχρονισμών</translation>
    </message>
    <message>
        <source>The run was interrupted (the program ended, or lost the database, before it finished); the catalogue was left as it was.</source>
        <translation>Η εκτέλεση διακόπηκε (το πρόγραμμα τερματίστηκε ή έχασε τη βάση δεδομένων πριν ολοκληρωθεί)· ο κατάλογος έμεινε όπως ήταν.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trusted Certificate Authorities</source>
        <translation>Έμπιστες αρχές πιστοποίησης</translation>
    </message>
    <message>
        <source>Where a TLS-inspecting proxy stands between this computer and the gateway, trust its certificate authority here. The certificates in the file are trusted besides the system&apos;s, with the same checks; leave the field empty to trust the system&apos;s alone. The command line and the nightly runs use the same file.</source>
        <translation>Όταν ανάμεσα σε αυτόν τον υπολογιστή και το gateway υπάρχει proxy που επιθεωρεί το TLS, δηλώστε εδώ ως έμπιστη την αρχή πιστοποίησής του. Τα πιστοποιητικά του αρχείου γίνονται δεκτά πέρα από του συστήματος, με τους ίδιους ελέγχους· αφήστε το πεδίο κενό για να ισχύουν μόνο του συστήματος. Η γραμμή εντολών και οι νυχτερινές εκτελέσεις χρησιμοποιούν το ίδιο αρχείο.</translation>
    </message>
    <message>
        <source>Certificate &amp;file (PEM):</source>
        <translation>Αρχείο &amp;πιστοποιητικών (PEM):</translation>
    </message>
    <message>
        <source>Certificate file (PEM)</source>
        <translation>Αρχείο πιστοποιητικών (PEM)</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Μόνο οι αρχές πιστοποίησης του συστήματος</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ανα&amp;ζήτηση…</translation>
    </message>
</context>
<context>
    <name>TrustedCertificates</name>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <translation>Το αρχείο πιστοποιητικών %1 δεν διαβάζεται: %2.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>Το αρχείο πιστοποιητικών %1 δεν περιέχει πιστοποιητικό PEM («-----BEGIN CERTIFICATE-----»).</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is a known compromised one.</source>
        <translation>Το πιστοποιητικό «%1» στο %2 είναι γνωστό ως παραβιασμένο.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 expired on %3.</source>
        <translation>Το πιστοποιητικό «%1» στο %2 έληξε στις %3.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 is valid only from %3.</source>
        <translation>Το πιστοποιητικό «%1» στο %2 ισχύει μόνο από %3.</translation>
    </message>
    <message>
        <source>The setting could not be written to %1.</source>
        <translation>Η ρύθμιση δεν μπόρεσε να γραφτεί στο %1.</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, ισχύει έως %2</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>The total of %1 in %2</source>
        <translation>Το σύνολο του %1 σε %2</translation>
    </message>
</context>
<context>
    <name>UsageCommands</name>
    <message>
        <source>The usage of the instance&apos;s service providers, priced at sell and cost for invoicing. Without --month: Acronis&apos; current counters, estimates refreshed every few hours. With --month: the usage report of a closed month, which is what invoices should use.</source>
        <translation>Η χρήση των παρόχων υπηρεσιών του στιγμιότυπου, τιμολογημένη σε τιμή πώλησης και κόστους. Χωρίς --month: οι τρέχοντες μετρητές της Acronis, εκτιμήσεις που ανανεώνονται κάθε λίγες ώρες. Με --month: η αναφορά χρήσης ενός κλεισμένου μήνα, με την οποία πρέπει να εκδίδονται τιμολόγια.</translation>
    </message>
    <message>
        <source>The instance&apos;s system name.</source>
        <translation>Το όνομα συστήματος του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Only this service provider.</source>
        <translation>Μόνο αυτός ο πάροχος υπηρεσιών.</translation>
    </message>
    <message>
        <source>Tenants per usage request (default 50).</source>
        <translation>Tenants ανά αίτημα χρήσης (προεπιλογή 50).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Έξοδος σε JSON.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8).</source>
        <translation>Έξοδος σε CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>Τα --json και --csv αλληλοαποκλείονται.</translation>
    </message>
    <message>
        <source>--batch-size: &quot;%1&quot; is not a whole number.</source>
        <translation>--batch-size: το «%1» δεν είναι ακέραιος.</translation>
    </message>
    <message>
        <source>Current usage of &quot;%1&quot; (estimates: Acronis refreshes these counters every few hours; invoice from the monthly report, --month).</source>
        <translation>Τρέχουσα χρήση του «%1» (εκτιμήσεις: η Acronis ανανεώνει αυτούς τους μετρητές κάθε λίγες ώρες· τιμολογήστε από τη μηνιαία αναφορά, --month).</translation>
    </message>
    <message>
        <source>Usage of &quot;%1&quot; in %2, from Acronis&apos; usage report.</source>
        <translation>Χρήση του «%1» τον %2, από την αναφορά χρήσης της Acronis.</translation>
    </message>
    <message>
        <source>Tenants that are not recorded providers</source>
        <translation>Tenants που δεν είναι καταγεγραμμένοι πάροχοι</translation>
    </message>
    <message>
        <source>  no usage</source>
        <translation>  καμία χρήση</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>ΠΡΟΪΟΝ</translation>
    </message>
    <message>
        <source>QUANTITY</source>
        <translation>ΠΟΣΟΤΗΤΑ</translation>
    </message>
    <message>
        <source>SELL PRICE</source>
        <translation>ΤΙΜΗ ΠΩΛΗΣΗΣ</translation>
    </message>
    <message>
        <source>SELL</source>
        <translation>ΠΩΛΗΣΗ</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>ΚΟΣΤΟΣ</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ΣΗΜΕΙΩΣΗ</translation>
    </message>
    <message>
        <source>sell %1, cost %2, margin %3</source>
        <translation>πώληση %1, κόστος %2, περιθώριο %3</translation>
    </message>
    <message>
        <source>A closed month from Acronis&apos; usage report, e.g. 2026-10, or &quot;last&quot; for the previous calendar month (UTC).</source>
        <translation>Ένας κλεισμένος μήνας από την αναφορά χρήσης της Acronis, π.χ. 2026-10, ή «last» για τον προηγούμενο ημερολογιακό μήνα (UTC).</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10 or &quot;last&quot;.</source>
        <translation>--month: το «%1» δεν είναι μήνας όπως 2026-10 ή «last».</translation>
    </message>
    <message>
        <source>Priced with today&apos;s prices (last Get Services Definition: %1, run %2).</source>
        <translation>Τιμολογήθηκε με τις σημερινές τιμές (τελευταία «Λήψη ορισμού υπηρεσιών»: %1, εκτέλεση %2).</translation>
    </message>
    <message>
        <source>Priced with the prices and discount in effect when the month ended: the price list of the Get Services Definition of %1 (run %2).</source>
        <translation>Τιμολογήθηκε με τις τιμές και την έκπτωση που ίσχυαν στο τέλος του μήνα: τον τιμοκατάλογο της «Λήψης ορισμού υπηρεσιών» της %1 (εκτέλεση %2).</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>in %1, not %2</source>
        <translation>σε %1, όχι %2</translation>
    </message>
    <message>
        <source>CURRENCY</source>
        <translation>ΝΟΜΙΣΜΑ</translation>
    </message>
    <message>
        <source>Total: %1; %2 line(s) priced, %3 without a product or price (not included).</source>
        <translation>Σύνολο: %1· %2 γραμμή(ές) τιμολογήθηκαν, %3 χωρίς προϊόν ή τιμή (δεν περιλαμβάνονται).</translation>
    </message>
    <message>
        <source>The totals are per currency: amounts in different currencies are never added together.</source>
        <translation>Τα σύνολα είναι ανά νόμισμα: ποσά σε διαφορετικά νομίσματα δεν προστίθενται ποτέ.</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Ins&amp;tance:</source>
        <translation>&amp;Στιγμιότυπο:</translation>
    </message>
    <message>
        <source>The instance whose service providers&apos; usage is read</source>
        <translation>Το στιγμιότυπο του οποίου διαβάζεται η χρήση των παρόχων υπηρεσιών</translation>
    </message>
    <message>
        <source>Today&apos;s counters (estimates) or a closed month&apos;s report (to invoice from)</source>
        <translation>Οι σημερινοί μετρητές (εκτιμήσεις) ή η αναφορά ενός κλεισμένου μήνα (για τιμολόγηση)</translation>
    </message>
    <message>
        <source>Usage source</source>
        <translation>Πηγή χρήσης</translation>
    </message>
    <message>
        <source>The closed month whose usage report is read</source>
        <translation>Ο κλεισμένος μήνας του οποίου διαβάζεται η αναφορά χρήσης</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Read the usage from Acronis and price it</source>
        <translation>Ανάγνωση της χρήσης από την Acronis και τιμολόγησή της</translation>
    </message>
    <message>
        <source>&amp;Read Usage</source>
        <translation>Ανάγ&amp;νωση χρήσης</translation>
    </message>
    <message>
        <source>Save every usage line read as a CSV file, amounts exact</source>
        <translation>Αποθήκευση κάθε γραμμής χρήσης ως αρχείο CSV, με ακριβή ποσά</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Εξα&amp;γωγή CSV…</translation>
    </message>
    <message>
        <source>Usage per service provider</source>
        <translation>Χρήση ανά πάροχο υπηρεσιών</translation>
    </message>
    <message>
        <source>Sell, cost and margin of each service provider; choose one to see its lines</source>
        <translation>Πώληση, κόστος και περιθώριο κάθε παρόχου υπηρεσιών· επιλέξτε έναν για τις γραμμές του</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Σύνολα</translation>
    </message>
    <message>
        <source>What the chart compares: service providers or applications</source>
        <translation>Τι συγκρίνει το γράφημα: παρόχους υπηρεσιών ή εφαρμογές</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Γράφημα</translation>
    </message>
    <message>
        <source>Usage lines</source>
        <translation>Γραμμές χρήσης</translation>
    </message>
    <message>
        <source>The chosen service provider&apos;s usage, line by line</source>
        <translation>Η χρήση του επιλεγμένου παρόχου υπηρεσιών, γραμμή προς γραμμή</translation>
    </message>
    <message>
        <source>Choose an instance and read its service providers&apos; usage.</source>
        <translation>Επιλέξτε ένα στιγμιότυπο και διαβάστε τη χρήση των παρόχων του.</translation>
    </message>
</context>
<context>
    <name>UsageSnapshotRepository</name>
    <message>
        <source>recording the usage estimate</source>
        <translation>κατά την καταγραφή της εκτίμησης χρήσης</translation>
    </message>
    <message>
        <source>recording the usage report</source>
        <translation>κατά την καταγραφή της αναφοράς χρήσης</translation>
    </message>
    <message>
        <source>reading the recorded usage</source>
        <translation>κατά την ανάγνωση της καταγεγραμμένης χρήσης</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Αναζήτηση στον οδηγό</translation>
    </message>
    <message>
        <source>Find in the guide (Enter for the next match)</source>
        <translation>Αναζήτηση στον οδηγό (Enter για το επόμενο αποτέλεσμα)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Εμφάνιση αυτής της βοήθειας.</translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation>Χρήση του καταλόγου στο DIR (επίσης $ACRONIS_CSP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Try &apos;acronis-csp %1 --help&apos;.</source>
        <translation>Δείτε &apos;acronis-csp %1 --help&apos;.</translation>
    </message>
    <message>
        <source>missing argument.</source>
        <translation>λείπει όρισμα.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>απροσδόκητο όρισμα «%1».</translation>
    </message>
    <message>
        <source>reading the client secret from the terminal (input hidden); end with Enter</source>
        <translation>ανάγνωση του client secret από το τερματικό (κρυφή είσοδος)· τέλος με Enter</translation>
    </message>
    <message>
        <source>Write to FILE (whole or not at all) instead of standard output.</source>
        <translation>Εγγραφή στο ΑΡΧΕΙΟ (ολόκληρο ή καθόλου) αντί για την τυπική έξοδο.</translation>
    </message>
    <message>
        <source>Use the catalogue at URL: sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME (also $ACRONIS_CSP_DATABASE).</source>
        <translation>Χρήση του καταλόγου στο URL: sqlite:ΔΙΑΔΡΟΜΗ ή postgresql://[ΧΡΗΣΤΗΣ@]HOST[:PORT]/DBNAME (επίσης $ACRONIS_CSP_DATABASE).</translation>
    </message>
    <message>
        <source>Allow sslmode=disable, allow or prefer to a database server on another machine.</source>
        <translation>Να επιτρέπεται sslmode=disable, allow ή prefer προς διακομιστή βάσης σε άλλον υπολογιστή.</translation>
    </message>
    <message>
        <source>cannot read the secret from standard input.</source>
        <translation>δεν είναι δυνατή η ανάγνωση του μυστικού από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>The closed month, e.g. 2026-10, or &quot;last&quot; for the previous one (UTC).</source>
        <translation>Ο κλεισμένος μήνας, π.χ. 2026-10, ή &quot;last&quot; για τον προηγούμενο (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Εκτύπωση JSON.</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>Τα --json και --csv αλληλοαποκλείονται.</translation>
    </message>
    <message>
        <source>missing --month.</source>
        <translation>λείπει το --month.</translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month like 2026-10 or &quot;last&quot;.</source>
        <translation>--month: το «%1» δεν είναι μήνας όπως 2026-10 ή &quot;last&quot;.</translation>
    </message>
</context>
<context>
    <name>csp::AuditPage</name>
    <message>
        <source>All changes</source>
        <translation>Όλες οι αλλαγές</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Στιγμιότυπο</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Όλα τα στιγμιότυπα</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Εμφανίζεται η νεότερη αλλαγή· στενέψτε τα φίλτρα για παλαιότερες.</numerusform>
            <numerusform>Εμφανίζονται οι %n νεότερες αλλαγές· στενέψτε τα φίλτρα για παλαιότερες.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n αλλαγή.</numerusform>
            <numerusform>%n αλλαγές.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>%1

Recorded: %2 | %3 → %4</source>
        <translation>%1

Καταγράφηκε: %2 | %3 → %4</translation>
    </message>
</context>
<context>
    <name>csp::ChangeItemsDialog</name>
    <message>
        <source>The products &quot;%1&quot; may use. Checked ones are enabled on its tenant at Acronis; unchecked ones are disabled there.</source>
        <translation>Τα προϊόντα που μπορεί να χρησιμοποιεί ο «%1». Όσα είναι επιλεγμένα ενεργοποιούνται στον tenant του στην Acronis· τα υπόλοιπα απενεργοποιούνται εκεί.</translation>
    </message>
    <message>
        <source>&amp;Change Products</source>
        <translation>&amp;Αλλαγή προϊόντων</translation>
    </message>
</context>
<context>
    <name>csp::ChangeTierDialog</name>
    <message>
        <source>The commitment tier of &quot;%1&quot; is set at Acronis and kept here for its invoices from the month chosen on.</source>
        <translation>Η βαθμίδα δέσμευσης του «%1» ορίζεται στην Acronis και καταγράφεται εδώ για τα τιμολόγιά του από τον επιλεγμένο μήνα και μετά.</translation>
    </message>
    <message>
        <source>%1 (this month)</source>
        <translation>%1 (αυτός ο μήνας)</translation>
    </message>
    <message>
        <source>&amp;Change Tier</source>
        <translation>&amp;Αλλαγή βαθμίδας</translation>
    </message>
</context>
<context>
    <name>csp::CompatibilityCheck</name>
    <message>
        <source>Everything: every call needs a token.</source>
        <translation>Τα πάντα: κάθε κλήση χρειάζεται token.</translation>
    </message>
    <message>
        <source>Finding the distributor tenant of the API client (Test Connection and the first run of every feature).</source>
        <translation>Η εύρεση του tenant του διανομέα του API client (Δοκιμή σύνδεσης και η πρώτη εκτέλεση κάθε λειτουργίας).</translation>
    </message>
    <message>
        <source>Test Connection names the distributor tenant; provisioning reads tenants back.</source>
        <translation>Η «Δοκιμή σύνδεσης» ονομάζει τον tenant του διανομέα· η παροχή ξαναδιαβάζει tenants.</translation>
    </message>
    <message>
        <source>Get Services Definition names each product&apos;s application.</source>
        <translation>Η λήψη ορισμού υπηρεσιών ονομάζει την εφαρμογή κάθε προϊόντος.</translation>
    </message>
    <message>
        <source>Get Services Definition: the catalogue itself; without it there are no products.</source>
        <translation>Λήψη ορισμού υπηρεσιών: ο ίδιος ο κατάλογος· χωρίς αυτόν δεν υπάρχουν προϊόντα.</translation>
    </message>
    <message>
        <source>Storage products are named by their storage&apos;s name instead of its id.</source>
        <translation>Τα προϊόντα αποθήκευσης ονομάζονται με το όνομα του χώρου αποθήκευσής τους αντί για το id του.</translation>
    </message>
    <message>
        <source>Sell prices: without them every price is set by hand.</source>
        <translation>Τιμές πώλησης: χωρίς αυτές κάθε τιμή ορίζεται με το χέρι.</translation>
    </message>
    <message>
        <source>The currency of the served prices; without it they are taken to be in the primary currency.</source>
        <translation>Το νόμισμα των τιμών που δίνονται· χωρίς αυτό θεωρούνται στο κύριο νόμισμα.</translation>
    </message>
    <message>
        <source>Importing the existing service providers and the month-end reconciliation.</source>
        <translation>Η εισαγωγή των υπαρχόντων παρόχων υπηρεσιών και η συμφωνία του μήνα.</translation>
    </message>
    <message>
        <source>A service provider&apos;s products (changing which ones it may use).</source>
        <translation>Τα προϊόντα ενός παρόχου υπηρεσιών (αλλαγή του ποια μπορεί να χρησιμοποιεί).</translation>
    </message>
    <message>
        <source>Commitment tiers at Acronis; without it tiers are kept only in this program.</source>
        <translation>Βαθμίδες δέσμευσης στην Acronis· χωρίς αυτό οι βαθμίδες κρατούνται μόνο σε αυτό το πρόγραμμα.</translation>
    </message>
    <message>
        <source>Current usage estimates and the nightly estimate.</source>
        <translation>Οι τρέχουσες εκτιμήσεις χρήσης και η νυχτερινή εκτίμηση.</translation>
    </message>
    <message>
        <source>Resuming a provisioning finds the administrator it made.</source>
        <translation>Η συνέχιση μιας παροχής βρίσκει τον διαχειριστή που δημιούργησε.</translation>
    </message>
    <message>
        <source>A new service provider&apos;s administrator login is checked before anything is made.</source>
        <translation>Το όνομα σύνδεσης του διαχειριστή ενός νέου παρόχου υπηρεσιών ελέγχεται πριν δημιουργηθεί οτιδήποτε.</translation>
    </message>
    <message>
        <source>This gateway does not offer it (HTTP 404).</source>
        <translation>Αυτό το gateway δεν το προσφέρει (HTTP 404).</translation>
    </message>
    <message>
        <source>Refused (HTTP %1: %2). The API client needs the role or scope %3; create it in the management portal with an administrator who has it.</source>
        <translation>Απορρίφθηκε (HTTP %1: %2). Ο API client χρειάζεται τον ρόλο ή το scope %3· δημιουργήστε τον στην πύλη διαχείρισης με διαχειριστή που τον έχει.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The catalogue names no storage to look up.</source>
        <translation>Ο κατάλογος δεν ονομάζει κανέναν χώρο αποθήκευσης για αναζήτηση.</translation>
    </message>
    <message>
        <source>There is no service provider (partner tenant) under the distributor to read yet.</source>
        <translation>Δεν υπάρχει ακόμη πάροχος υπηρεσιών (tenant συνεργάτη) κάτω από τον διανομέα για ανάγνωση.</translation>
    </message>
    <message>
        <source>The compatibility check was cancelled.</source>
        <translation>Ο έλεγχος συμβατότητας ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Invoices, closed months and the month end need usage reports, which this check does not create (a write). Reading a closed month&apos;s usage tries them.</source>
        <translation>Τα τιμολόγια, οι κλεισμένοι μήνες και το κλείσιμο μήνα χρειάζονται αναφορές χρήσης, που αυτός ο έλεγχος δεν δημιουργεί (είναι εγγραφή). Η ανάγνωση της χρήσης ενός κλεισμένου μήνα τις δοκιμάζει.</translation>
    </message>
    <message>
        <source>Checking the Distributor Discount against the prices Acronis charges (prices check, the nightly run); nothing else needs it.</source>
        <translation>Ο έλεγχος της έκπτωσης διανομέα με τις τιμές που χρεώνει η Acronis (prices check, η νυχτερινή εκτέλεση)· τίποτε άλλο δεν τον χρειάζεται.</translation>
    </message>
</context>
<context>
    <name>csp::CompatibilityDialog</name>
    <message>
        <source>Compatibility with Acronis – %1</source>
        <translation>Συμβατότητα με την Acronis – %1</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Λειτουργεί</translation>
    </message>
    <message>
        <source>Answers differently</source>
        <translation>Απαντά διαφορετικά</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Δεν προσφέρεται</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>Checking %1 at %2…</source>
        <translation>Έλεγχος του %1 στο %2…</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Δεν ελέγχθηκε</translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint checked works as this program needs (%n endpoint(s)).</source>
        <translation>
            <numerusform>Κάθε endpoint που ελέγχθηκε λειτουργεί όπως το χρειάζεται αυτό το πρόγραμμα (%n endpoint).</numerusform>
            <numerusform>Κάθε endpoint που ελέγχθηκε λειτουργεί όπως το χρειάζεται αυτό το πρόγραμμα (%n endpoints).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) do not work as this program needs; select one to read why.</source>
        <translation>
            <numerusform>%n endpoint δεν λειτουργεί όπως το χρειάζεται αυτό το πρόγραμμα· επιλέξτε το για να διαβάσετε γιατί.</numerusform>
            <numerusform>%n endpoints δεν λειτουργούν όπως τα χρειάζεται αυτό το πρόγραμμα· επιλέξτε ένα για να διαβάσετε γιατί.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Ο φάκελος %1 δεν μπορεί να δημιουργηθεί.</translation>
    </message>
    <message>
        <source>Save the answers in</source>
        <translation>Αποθήκευση των απαντήσεων στο</translation>
    </message>
    <message>
        <source>Answers not saved</source>
        <translation>Οι απαντήσεις δεν αποθηκεύτηκαν</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) in %1, personal data replaced.</source>
        <translation>
            <numerusform>Αποθηκεύτηκε %n απάντηση στο %1, με αντικατεστημένα προσωπικά δεδομένα.</numerusform>
            <numerusform>Αποθηκεύτηκαν %n απαντήσεις στο %1, με αντικατεστημένα προσωπικά δεδομένα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>What it affects</source>
        <translation>Τι επηρεάζει</translation>
    </message>
</context>
<context>
    <name>csp::ConnectionTest</name>
    <message>
        <source>Reading the client secret from the OS keychain…</source>
        <translation>Ανάγνωση του client secret από την κλειδοθήκη του συστήματος…</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>Η δοκιμή σύνδεσης ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Obtaining a token from %1…</source>
        <translation>Λήψη token από %1…</translation>
    </message>
    <message>
        <source>Finding the API client&apos;s tenant…</source>
        <translation>Εύρεση του tenant του API client…</translation>
    </message>
    <message>
        <source>Reading the distributor tenant…</source>
        <translation>Ανάγνωση του tenant διανομέα…</translation>
    </message>
</context>
<context>
    <name>csp::DatabaseDialog</name>
    <message>
        <source>This window was started with %1, which comes before the choice made here; the choice applies when it is started without.</source>
        <translation>Αυτό το παράθυρο ξεκίνησε με %1, που προηγείται της επιλογής που γίνεται εδώ· η επιλογή ισχύει όταν ξεκινά χωρίς αυτό.</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>&amp;Δοκιμή</translation>
    </message>
    <message>
        <source>Catalogue File</source>
        <translation>Αρχείο καταλόγου</translation>
    </message>
    <message>
        <source>Catalogues (*.sqlite);;All files (*)</source>
        <translation>Κατάλογοι (*.sqlite);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Server URL: enter the server&apos;s postgresql:// URL.</source>
        <translation>URL διακομιστή: εισαγάγετε το URL postgresql:// του διακομιστή.</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2</source>
        <translation>✔ Συνδέθηκε με %1: %2</translation>
    </message>
    <message>
        <source>The database server refused the login to %1. Check the user in the URL and type its password above: OK keeps it in your OS keychain.</source>
        <translation>Ο διακομιστής βάσης δεδομένων απέρριψε τη σύνδεση στο %1. Ελέγξτε τον χρήστη στο URL και πληκτρολογήστε τον κωδικό του παραπάνω: το OK τον φυλάει στην κλειδοθήκη σας.</translation>
    </message>
</context>
<context>
    <name>csp::DiscountsDialog</name>
    <message>
        <source>Discounts of “%1”</source>
        <translation>Εκπτώσεις του «%1»</translation>
    </message>
    <message>
        <source>The Distributor Discount (%1 %) prices every product, except where its application or the product itself has a discount of its own: the most specific one applies. A change takes effect now; closed months keep the discounts of their month.</source>
        <translation>Η Έκπτωση Διανομέα (%1 %) ισχύει για κάθε προϊόν, εκτός αν η εφαρμογή του ή το ίδιο έχει δική του έκπτωση: ισχύει η πιο ειδική. Μια αλλαγή ισχύει από τώρα· οι κλεισμένοι μήνες κρατούν τις εκπτώσεις του μήνα τους.</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Ισχύει για</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Έκπτωση</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>An application&apos;s products</source>
        <translation>Τα προϊόντα μιας εφαρμογής</translation>
    </message>
    <message>
        <source>One product (every edition and location)</source>
        <translation>Ένα προϊόν (κάθε έκδοση και τοποθεσία)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>π.χ. %1</translation>
    </message>
    <message>
        <source>“%1” has no products yet: run Get Services Definition first.</source>
        <translation>Το «%1» δεν έχει ακόμη προϊόντα: εκτελέστε πρώτα το Get Services Definition.</translation>
    </message>
    <message numerus="yes">
        <source>Application (%n product(s))</source>
        <translation>
            <numerusform>Εφαρμογή (%n προϊόν)</numerusform>
            <numerusform>Εφαρμογή (%n προϊόντα)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Product (%n edition(s) or location(s))</source>
        <translation>
            <numerusform>Προϊόν (%n έκδοση ή τοποθεσία)</numerusform>
            <numerusform>Προϊόν (%n εκδόσεις ή τοποθεσίες)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::InstanceApi</name>
    <message>
        <source>Reading the client secret from the OS keychain…</source>
        <translation>Ανάγνωση του client secret από την κλειδοθήκη του συστήματος…</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Σύνδεση στο %1…</translation>
    </message>
    <message>
        <source>This machine&apos;s OS keychain holds no client secret for &quot;%1&quot;. Enter the client secret in the instance&apos;s settings on this machine.</source>
        <translation>Η κλειδοθήκη αυτού του υπολογιστή δεν έχει μυστικό πελάτη για «%1». Καταχωρίστε το μυστικό πελάτη στις ρυθμίσεις της παρουσίας σε αυτόν τον υπολογιστή.</translation>
    </message>
</context>
<context>
    <name>csp::InstanceForm</name>
    <message>
        <source>&amp;Hide</source>
        <translation>Από&amp;κρυψη</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Εμ&amp;φάνιση</translation>
    </message>
    <message>
        <source>Applications Setup – %1</source>
        <translation>Ρύθμιση Εφαρμογών – %1</translation>
    </message>
    <message>
        <source>Applications Setup – new Acronis instance</source>
        <translation>Ρύθμιση Εφαρμογών – νέο στιγμιότυπο Acronis</translation>
    </message>
    <message>
        <source>The OS keychain is not available: a secret cannot be saved or read until it is.</source>
        <translation>Η κλειδοθήκη του συστήματος δεν είναι διαθέσιμη: μέχρι τότε δεν μπορεί να αποθηκευτεί ή να διαβαστεί secret.</translation>
    </message>
    <message>
        <source>Kept in the OS keychain only.</source>
        <translation>Φυλάσσεται μόνο στην κλειδοθήκη του συστήματος.</translation>
    </message>
    <message>
        <source>A secret is stored in the OS keychain; type a new one only to replace it.</source>
        <translation>Υπάρχει αποθηκευμένο secret στην κλειδοθήκη του συστήματος· πληκτρολογήστε νέο μόνο για να το αντικαταστήσετε.</translation>
    </message>
    <message>
        <source>No secret is stored yet; type the client secret.</source>
        <translation>Δεν έχει αποθηκευτεί ακόμη secret· πληκτρολογήστε το client secret.</translation>
    </message>
    <message>
        <source>(stored in the OS keychain)</source>
        <translation>(αποθηκευμένο στην κλειδοθήκη του συστήματος)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sell %1 %3 → cost %2 %3</source>
        <translation>Πώληση %1 %3 → κόστος %2 %3</translation>
    </message>
    <message>
        <source>Discard the new instance you started?</source>
        <translation>Απόρριψη του νέου στιγμιότυπου που ξεκινήσατε;</translation>
    </message>
    <message>
        <source>Discard your changes to &quot;%1&quot; and show it as saved?</source>
        <translation>Απόρριψη των αλλαγών σας στο «%1» και εμφάνιση όπως αποθηκεύτηκε;</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Overridden for %n application(s) or product(s): %1.</source>
        <translation>
            <numerusform>Διαφορετική για %n εφαρμογή ή προϊόν: %1.</numerusform>
            <numerusform>Διαφορετική για %n εφαρμογές ή προϊόντα: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked against Acronis&apos; price list on %1 (%2): it could not be read. %3</source>
        <translation>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1 (%2): δεν μπόρεσε να διαβαστεί. %3</translation>
    </message>
    <message>
        <source>Last checked against Acronis&apos; price list on %1: Acronis listed no price list for %2.</source>
        <translation>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1: η Acronis δεν είχε τιμοκατάλογο για τον μήνα %2.</translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: all %n SKU(s) of %2 agree.</source>
        <translation>
            <numerusform>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1: το %n SKU του %2 συμφωνεί.</numerusform>
            <numerusform>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1: και τα %n SKU του %2 συμφωνούν.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last checked against Acronis&apos; price list on %1: %n SKU(s) of %2 differ from the discount this program applies.</source>
        <translation>
            <numerusform>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1: %n SKU του %2 διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
            <numerusform>Τελευταίος έλεγχος με τον τιμοκατάλογο της Acronis στις %1: %n SKU του %2 διαφέρουν από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements with Acronis that differ by product: the most specific discount prices a product&apos;s cost. Set them with Discounts per Product…</source>
        <translation>Συμφωνίες με την Acronis που διαφέρουν ανά προϊόν: η πιο συγκεκριμένη έκπτωση καθορίζει το κόστος ενός προϊόντος. Ορίστε τες με «Εκπτώσεις ανά προϊόν…».</translation>
    </message>
</context>
<context>
    <name>csp::InstanceLock</name>
    <message>
        <source>(process %1 on %2); try again when it has finished.</source>
        <translation>(διεργασία %1 στο %2)· δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>άλλο πρόγραμμα</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>μόλις τώρα</translation>
    </message>
    <message>
        <source>(%1, since %2); try again when it has finished.</source>
        <translation>(%1, από %2)· δοκιμάστε ξανά όταν τελειώσει.</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (διεργασία %2)</translation>
    </message>
</context>
<context>
    <name>csp::InstanceService</name>
    <message numerus="yes">
        <source>The instance was not saved: %n field(s) are invalid.</source>
        <translation>
            <numerusform>Το στιγμιότυπο δεν αποθηκεύτηκε: %n πεδίο δεν είναι έγκυρο.</numerusform>
            <numerusform>Το στιγμιότυπο δεν αποθηκεύτηκε: %n πεδία δεν είναι έγκυρα.</numerusform>
        </translation>
    </message>
    <message>
        <source>saving the instance</source>
        <translation>κατά την αποθήκευση του στιγμιότυπου</translation>
    </message>
    <message>
        <source>removing the instance</source>
        <translation>κατά την αφαίρεση του στιγμιότυπου</translation>
    </message>
</context>
<context>
    <name>csp::InvoiceService</name>
    <message>
        <source>%1 (%2) has no known commitment tier; it is invoiced without a minimum commitment until its tier is set.</source>
        <translation>Ο %1 (%2) δεν έχει γνωστή βαθμίδα δέσμευσης· τιμολογείται χωρίς ελάχιστη δέσμευση μέχρι να οριστεί η βαθμίδα του.</translation>
    </message>
    <message>
        <source>%1 (%2): no minimum commitment was ever set for %3 in %4; the first one set later, %5 %6, is used.</source>
        <translation>%1 (%2): δεν ορίστηκε ποτέ ελάχιστη δέσμευση για τη %3 τον %4· χρησιμοποιείται η πρώτη που ορίστηκε αργότερα, %5 %6.</translation>
    </message>
</context>
<context>
    <name>csp::InvoicesPage</name>
    <message>
        <source>Service provider</source>
        <translation>Πάροχος υπηρεσιών</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Βαθμίδα</translation>
    </message>
    <message>
        <source>Minimum commitment</source>
        <translation>Ελάχιστη δέσμευση</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Χρήση</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Έλλειμμα</translation>
    </message>
    <message>
        <source>Total sell</source>
        <translation>Σύνολο πώλησης</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Σύνολο κόστους</translation>
    </message>
    <message>
        <source>Priced with the prices and discount in effect when %1 ended (Get Services Definition of %2).</source>
        <translation>Τιμολογημένο με τις τιμές και την έκπτωση που ίσχυαν στο τέλος του %1 (λήψη ορισμού υπηρεσιών της %2).</translation>
    </message>
    <message>
        <source>waived (ramp-up)</source>
        <translation>χωρίς χρέωση (περίοδος έναρξης)</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) for %1.</source>
        <translation>
            <numerusform>%n τιμολόγιο για %1.</numerusform>
            <numerusform>%n τιμολόγια για %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>Statement for %1</source>
        <translation>Κατάσταση για %1</translation>
    </message>
    <message>
        <source>Choose a service provider first.</source>
        <translation>Επιλέξτε πρώτα έναν πάροχο υπηρεσιών.</translation>
    </message>
    <message>
        <source>Export Invoices</source>
        <translation>Εξαγωγή τιμολογίων</translation>
    </message>
    <message>
        <source>invoices-%1-%2.csv</source>
        <translation>timologia-%1-%2.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Εξήχθη %n τιμολόγιο στο %1.</numerusform>
            <numerusform>Εξήχθησαν %n τιμολόγια στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Statement</source>
        <translation>Αποθήκευση κατάστασης</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>katastasi-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Αρχεία PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the statement of %1 to %2.</source>
        <translation>Η κατάσταση του %1 αποθηκεύτηκε στο %2.</translation>
    </message>
    <message>
        <source>Read Invoices prices the invoices of %1 for each service provider of %2.</source>
        <translation>Η «Ανάγνωση τιμολογίων» τιμολογεί τον μήνα %1 για κάθε πάροχο υπηρεσιών της %2.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανοιχτό</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>εκδόθηκε</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>διορθωμένος</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is issued: the invoices are shown as they were issued; a later change of prices, tiers or usage does not alter them.</source>
        <translation>Ο %1 εκδόθηκε: τα τιμολόγια εμφανίζονται όπως εκδόθηκαν· μια μεταγενέστερη αλλαγή τιμών, βαθμίδων ή χρήσης δεν τα αλλάζει.</translation>
    </message>
    <message>
        <source>credit note for %1</source>
        <translation>πιστωτικό για το %1</translation>
    </message>
    <message>
        <source>credited</source>
        <translation>πιστώθηκε</translation>
    </message>
    <message>
        <source>issued, replaces %1</source>
        <translation>εκδόθηκε, αντικαθιστά το %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) issued for %1.</source>
        <translation>
            <numerusform>Εκδόθηκε %n παραστατικό για τον %1.</numerusform>
            <numerusform>Εκδόθηκαν %n παραστατικά για τον %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the month&apos;s invoices first.</source>
        <translation>Διαβάστε πρώτα τα τιμολόγια του μήνα.</translation>
    </message>
    <message>
        <source>Nothing differs from the issued invoices of %1; nothing was corrected.</source>
        <translation>Τίποτα δεν διαφέρει από τα εκδομένα τιμολόγια του %1· δεν διορθώθηκε τίποτα.</translation>
    </message>
    <message numerus="yes">
        <source>Corrected %1: %n invoice(s) credited and replaced.</source>
        <translation>
            <numerusform>Διορθώθηκε ο %1: %n τιμολόγιο πιστώθηκε και αντικαταστάθηκε.</numerusform>
            <numerusform>Διορθώθηκε ο %1: %n τιμολόγια πιστώθηκαν και αντικαταστάθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct Month</source>
        <translation>Διόρθωση μήνα</translation>
    </message>
    <message>
        <source>Recompute %1 and, where figures differ, credit the issued invoice and issue a replacement. The reason, for the audit trail:</source>
        <translation>Επανυπολογισμός του %1 και, όπου τα ποσά διαφέρουν, πίστωση του εκδομένου τιμολογίου και έκδοση αντικαταστατικού. Η αιτία, για το ιστορικό ελέγχου:</translation>
    </message>
    <message>
        <source>Reason: empty; a correction says why it was made.</source>
        <translation>Αιτία: κενή· μια διόρθωση λέει γιατί έγινε.</translation>
    </message>
    <message>
        <source>Issue Month</source>
        <translation>Έκδοση μήνα</translation>
    </message>
    <message numerus="yes">
        <source>Number and freeze the %n invoice(s) of %1? Afterwards the month is corrected only by credit notes.</source>
        <translation>
            <numerusform>Αρίθμηση και πάγωμα του %n τιμολογίου του %1; Έπειτα ο μήνας διορθώνεται μόνο με πιστωτικά.</numerusform>
            <numerusform>Αρίθμηση και πάγωμα των %n τιμολογίων του %1; Έπειτα ο μήνας διορθώνεται μόνο με πιστωτικά.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::MainWindow</name>
    <message>
        <source>✖ Test failed at %1: %2</source>
        <translation>✖ Η δοκιμή απέτυχε στις %1: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;New Instance</source>
        <translation>&amp;Νέο στιγμιότυπο</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source>Re&amp;move Instance…</source>
        <translation>Αφαί&amp;ρεση στιγμιότυπου…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Βο&amp;ήθεια</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Σχετικά</translation>
    </message>
    <message>
        <source>About Acronis CSP Setup</source>
        <translation>Σχετικά με το Acronis CSP Setup</translation>
    </message>
    <message>
        <source>Acronis CSP Setup %1
Links a cloud distributor&apos;s billing system to Acronis Cyber Cloud.</source>
        <translation>Acronis CSP Setup %1
Συνδέει το σύστημα χρέωσης ενός διανομέα cloud με το Acronis Cyber Cloud.</translation>
    </message>
    <message>
        <source>Cannot read the instances</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των στιγμιότυπων</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Cannot read the instance</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του στιγμιότυπου</translation>
    </message>
    <message>
        <source>the new instance</source>
        <translation>του νέου στιγμιότυπου</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes. Save them?</source>
        <translation>Οι ρυθμίσεις %1 έχουν μη αποθηκευμένες αλλαγές. Να αποθηκευτούν;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Δεν αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Δεν αποθηκεύτηκε τίποτα. %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Αποθηκεύτηκε το «%1».</translation>
    </message>
    <message>
        <source>Remove instance</source>
        <translation>Αφαίρεση στιγμιότυπου</translation>
    </message>
    <message numerus="yes">
        <source>Remove the instance &quot;%1&quot;?

This deletes its settings, its client secret in the OS keychain and its %n product(s) with their history. Nothing changes at Acronis. This cannot be undone.</source>
        <translation>
            <numerusform>Αφαίρεση του στιγμιότυπου «%1»;

Διαγράφονται οι ρυθμίσεις του, το client secret στην κλειδοθήκη του συστήματος και %n προϊόν του με το ιστορικό του. Στην Acronis δεν αλλάζει τίποτα. Δεν μπορεί να αναιρεθεί.</numerusform>
            <numerusform>Αφαίρεση του στιγμιότυπου «%1»;

Διαγράφονται οι ρυθμίσεις του, το client secret στην κλειδοθήκη του συστήματος και τα %n προϊόντα του με το ιστορικό τους. Στην Acronis δεν αλλάζει τίποτα. Δεν μπορεί να αναιρεθεί.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Δεν αφαιρέθηκε</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was not removed. %2</source>
        <translation>Το στιγμιότυπο «%1» δεν αφαιρέθηκε. %2</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>Αφαιρέθηκε το «%1».</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Διορθώστε πρώτα τα επισημασμένα πεδία.</translation>
    </message>
    <message>
        <source>Type the client secret to test the connection.</source>
        <translation>Πληκτρολογήστε το client secret για να δοκιμάσετε τη σύνδεση.</translation>
    </message>
    <message>
        <source>%1
You can still browse and edit the settings; saving a new secret and testing the connection need the keychain.</source>
        <translation>%1
Μπορείτε ακόμη να δείτε και να αλλάξετε τις ρυθμίσεις· η αποθήκευση νέου secret και η δοκιμή σύνδεσης χρειάζονται την κλειδοθήκη.</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>Προ&amp;ϊόντα</translation>
    </message>
    <message>
        <source>Service Pr&amp;oviders</source>
        <translation>Πάροχοι &amp;υπηρεσιών</translation>
    </message>
    <message>
        <source>Usage for &amp;Billing</source>
        <translation>&amp;Χρήση για τιμολόγηση</translation>
    </message>
    <message numerus="yes">
        <source>It also deletes the records of %n service provider(s); their tenants at Acronis stay.</source>
        <translation>
            <numerusform>Διαγράφονται επίσης οι εγγραφές %n παρόχου υπηρεσιών· ο tenant του στην Acronis παραμένει.</numerusform>
            <numerusform>Διαγράφονται επίσης οι εγγραφές %n παρόχων υπηρεσιών· οι tenants τους στην Acronis παραμένουν.</numerusform>
        </translation>
    </message>
    <message>
        <source>In&amp;voices</source>
        <translation>Τιμ&amp;ολόγια</translation>
    </message>
    <message>
        <source>Nightly Runs</source>
        <translation>Νυχτερινές εκτελέσεις</translation>
    </message>
    <message>
        <source>There is no systemd user manager in this session, so the program cannot set up the nightly run itself. Add this line to your crontab (crontab -e):

%1</source>
        <translation>Σε αυτή τη συνεδρία δεν υπάρχει διαχειριστής χρήστη του systemd, οπότε το πρόγραμμα δεν μπορεί να ρυθμίσει μόνο του τη νυχτερινή εκτέλεση. Προσθέστε αυτή τη γραμμή στο crontab σας (crontab -e):

%1</translation>
    </message>
    <message>
        <source>Run Get Services Definition for All Instances Every Ni&amp;ght</source>
        <translation>&amp;Λήψη ορισμού υπηρεσιών για όλα τα στιγμιότυπα κάθε νύχτα</translation>
    </message>
    <message>
        <source>Trusted &amp;Certificate Authorities…</source>
        <translation>Έμπιστες &amp;αρχές πιστοποίησης…</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Άλλαξε από κάποιον άλλον</translation>
    </message>
    <message>
        <source>Reload the instance? Your unsaved changes are discarded.</source>
        <translation>Να φορτωθεί ξανά το στιγμιότυπο; Οι μη αποθηκευμένες αλλαγές σας απορρίπτονται.</translation>
    </message>
    <message>
        <source>Where the catalogue lives (File &gt; Catalogue Database)</source>
        <translation>Πού βρίσκεται ο κατάλογος (Αρχείο &gt; Βάση δεδομένων καταλόγου)</translation>
    </message>
    <message>
        <source>Catalogue &amp;Database…</source>
        <translation>&amp;Βάση δεδομένων καταλόγου…</translation>
    </message>
    <message>
        <source>The settings of %1 have unsaved changes, and some are not valid. Discard them?</source>
        <translation>Οι ρυθμίσεις του %1 έχουν μη αποθηκευμένες αλλαγές και ορισμένες δεν είναι έγκυρες. Να απορριφθούν;</translation>
    </message>
    <message>
        <source>Not saved: some fields are not valid.</source>
        <translation>Δεν αποθηκεύτηκε: ορισμένα πεδία δεν είναι έγκυρα.</translation>
    </message>
    <message>
        <source>Discard the new instance</source>
        <translation>Απόρριψη του νέου στιγμιότυπου</translation>
    </message>
    <message>
        <source>Discard the new instance? What you typed is lost; nothing was saved yet.</source>
        <translation>Να απορριφθεί το νέο στιγμιότυπο; Ό,τι πληκτρολογήσατε χάνεται· δεν έχει αποθηκευτεί τίποτα ακόμη.</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>Ακύρωση α&amp;λλαγών…</translation>
    </message>
    <message>
        <source>Month End</source>
        <translation>Κλείσιμο μήνα</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Ιστορικό αλλαγών</translation>
    </message>
    <message>
        <source>Check Compati&amp;bility…</source>
        <translation>Έλεγχος συμ&amp;βατότητας…</translation>
    </message>
    <message>
        <source>✔ Connected at %1. The API client belongs to &quot;%2&quot;, the distributor account at Acronis under which your service providers are created.</source>
        <translation>✔ Συνδέθηκε στις %1. Ο πελάτης API ανήκει στο «%2», τον λογαριασμό διανομέα στην Acronis κάτω από τον οποίο δημιουργούνται οι πάροχοι υπηρεσιών σας.</translation>
    </message>
    <message>
        <source>✔ Connected at %1. The API client belongs to &quot;%2&quot;, which Acronis keeps as a %3 account, not a distributor&apos;s: service providers cannot be created under it.</source>
        <translation>✔ Συνδέθηκε στις %1. Ο πελάτης API ανήκει στο «%2», που η Acronis τηρεί ως λογαριασμό τύπου «%3», όχι διανομέα: δεν μπορούν να δημιουργηθούν πάροχοι υπηρεσιών κάτω από αυτόν.</translation>
    </message>
</context>
<context>
    <name>csp::PriceCheck</name>
    <message>
        <source>%1 (priced in %2)</source>
        <translation>%1 (τιμή σε %2)</translation>
    </message>
    <message>
        <source>%1 (implied %2 %, this program %3 %)</source>
        <translation>%1 (προκύπτει %2 %, αυτό το πρόγραμμα %3 %)</translation>
    </message>
    <message>
        <source>Reading Acronis&apos; price list for %1…</source>
        <translation>Ανάγνωση του τιμοκαταλόγου της Acronis για τον μήνα %1…</translation>
    </message>
    <message>
        <source>The price check was cancelled.</source>
        <translation>Ο έλεγχος τιμών ακυρώθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>Acronis&apos; price list for %1 differs from the discount this program applies on %n of %2 SKU(s): %3. Check the Distributor Discount of &quot;%4&quot; against it.</source>
        <translation>
            <numerusform>Ο τιμοκατάλογος της Acronis για %1 διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα σε %n από %2 SKU: %3. Ελέγξτε την έκπτωση διανομέα της «%4» με βάση αυτόν.</numerusform>
            <numerusform>Ο τιμοκατάλογος της Acronis για %1 διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα σε %n από %2 SKU: %3. Ελέγξτε την έκπτωση διανομέα της «%4» με βάση αυτόν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::PriceCheckDialog</name>
    <message>
        <source>Check against Acronis&apos; price list – %1</source>
        <translation>Έλεγχος με τον τιμοκατάλογο της Acronis – %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Τιμή καταλόγου</translation>
    </message>
    <message>
        <source>Effective price</source>
        <translation>Πραγματική τιμή</translation>
    </message>
    <message>
        <source>Implied discount</source>
        <translation>Έκπτωση που προκύπτει</translation>
    </message>
    <message>
        <source>This program&apos;s discount</source>
        <translation>Έκπτωση αυτού του προγράμματος</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Διαφορά</translation>
    </message>
    <message>
        <source>Reading Acronis&apos; price list for %1…</source>
        <translation>Ανάγνωση του τιμοκαταλόγου της Acronis για τον μήνα %1…</translation>
    </message>
    <message>
        <source>Acronis lists no price list for %1: there is nothing to check.</source>
        <translation>Η Acronis δεν έχει τιμοκατάλογο για τον μήνα %1: δεν υπάρχει τίποτα για έλεγχο.</translation>
    </message>
    <message>
        <source>Price list %1 in %2. Commitment %3: the distributor&apos;s own commitment to Acronis, not a service provider&apos;s.</source>
        <translation>Τιμοκατάλογος %1 σε %2. Δέσμευση %3: η δέσμευση του ίδιου του διανομέα προς την Acronis, όχι ενός παρόχου υπηρεσιών.</translation>
    </message>
    <message>
        <source>priced in %1</source>
        <translation>τιμή σε %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>καμία</translation>
    </message>
    <message>
        <source>Differs from the discount this program applies.</source>
        <translation>Διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</translation>
    </message>
    <message numerus="yes">
        <source>All %n SKU(s) of %1 agree with the discount this program applies.</source>
        <translation>
            <numerusform>Το %n SKU του %1 συμφωνεί με την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
            <numerusform>Και τα %n SKU του %1 συμφωνούν με την έκπτωση που εφαρμόζει αυτό το πρόγραμμα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) of %1 differ from the discount this program applies (bold): check the Distributor Discount and the discounts per product.</source>
        <translation>
            <numerusform>%n SKU του %1 διαφέρει από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα (έντονα): ελέγξτε την έκπτωση διανομέα και τις εκπτώσεις ανά προϊόν.</numerusform>
            <numerusform>%n SKU του %1 διαφέρουν από την έκπτωση που εφαρμόζει αυτό το πρόγραμμα (έντονα): ελέγξτε την έκπτωση διανομέα και τις εκπτώσεις ανά προϊόν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProductChoiceTree</name>
    <message>
        <source>Products to enable</source>
        <translation>Προϊόντα προς ενεργοποίηση</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Offering item</source>
        <translation>Στοιχείο προσφοράς</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Αποθήκευση</translation>
    </message>
</context>
<context>
    <name>csp::ProductTableModel</name>
    <message>
        <source>retired</source>
        <translation>αποσυρμένο</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ενεργό</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Ορίστηκε με το χέρι</translation>
    </message>
    <message>
        <source>Acronis calls it &quot;%1&quot;</source>
        <translation>Η Acronis το ονομάζει «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Acronis name</source>
        <translation>Όνομα Acronis</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Τύπος προϊόντος</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Offering item</source>
        <translation>Offering item</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Χώρος αποθήκευσης</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Τιμή πώλησης</translation>
    </message>
    <message>
        <source>Cost price</source>
        <translation>Τιμή κόστους</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Περιθώριο</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Περιθώριο %</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Πρώτη εμφάνιση</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>χωρίς τιμή</translation>
    </message>
    <message>
        <source>Acronis serves no price for this product; a sell price can be set by hand.</source>
        <translation>Η Acronis δεν δίνει τιμή για αυτό το προϊόν· μια τιμή πώλησης μπορεί να οριστεί χειροκίνητα.</translation>
    </message>
</context>
<context>
    <name>csp::ProductsPage</name>
    <message>
        <source>All product types</source>
        <translation>Όλοι οι τύποι προϊόντων</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Όλες οι εφαρμογές</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>Όλες οι εκδόσεις</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 από %2 προϊόντα</translation>
    </message>
    <message>
        <source>No products yet. Choose a product type above and run Get Services Definition, or run it on the Applications Setup page.</source>
        <translation>Δεν υπάρχουν ακόμη προϊόντα. Επιλέξτε παραπάνω τύπο προϊόντος και εκτελέστε «Λήψη ορισμού υπηρεσιών», ή εκτελέστε την στη σελίδα Ρύθμιση Εφαρμογών.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no products yet. Get Services Definition reads what the distributor may sell and creates them.</source>
        <translation>Το «%1» δεν έχει ακόμη προϊόντα. Η «Λήψη ορισμού υπηρεσιών» διαβάζει τι μπορεί να πουλήσει ο διανομέας και τα δημιουργεί.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Εξαγωγή προϊόντων</translation>
    </message>
    <message>
        <source>products.csv</source>
        <translation>proionta.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n product(s) to %1.</source>
        <translation>
            <numerusform>Εξήχθη %n προϊόν στο %1.</numerusform>
            <numerusform>Εξήχθησαν %n προϊόντα στο %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Ιστορικό</translation>
    </message>
    <message>
        <source>added as &quot;%1&quot;</source>
        <translation>προστέθηκε ως «%1»</translation>
    </message>
    <message>
        <source>renamed by Get Services Definition from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>μετονομάστηκε από την «Λήψη ορισμού υπηρεσιών» από «%1» σε «%2»</translation>
    </message>
    <message>
        <source>renamed by hand from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>μετονομάστηκε με το χέρι από «%1» σε «%2»</translation>
    </message>
    <message>
        <source>retired: Acronis no longer serves it</source>
        <translation>αποσύρθηκε: η Acronis δεν το προσφέρει πια</translation>
    </message>
    <message>
        <source>updated (%1)</source>
        <translation>ενημερώθηκε (%1)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>χωρίς τιμή</translation>
    </message>
    <message>
        <source>sell price set by hand from %1 to %2</source>
        <translation>η τιμή πώλησης ορίστηκε με το χέρι από %1 σε %2</translation>
    </message>
    <message>
        <source>updated (%1), sell price from %2 to %3</source>
        <translation>ενημερώθηκε (%1), τιμή πώλησης από %2 σε %3</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Επαναφόρτωση</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Εύρεση</translation>
    </message>
</context>
<context>
    <name>csp::ProviderService</name>
    <message>
        <source>Items: the distributor has no offering item available to service providers.</source>
        <translation>Στοιχεία: ο διανομέας δεν έχει στοιχείο προσφοράς διαθέσιμο σε παρόχους υπηρεσιών.</translation>
    </message>
    <message>
        <source>Items: the instance has no active products that Acronis still offers; run Get Services Definition first, or name the items.</source>
        <translation>Στοιχεία: το στιγμιότυπο δεν έχει ενεργά προϊόντα που να προσφέρει ακόμη η Acronis· εκτελέστε πρώτα «Λήψη ορισμού υπηρεσιών» ή ονομάστε τα στοιχεία.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (customer id %2) is already provisioned; nothing to do.</source>
        <translation>Ο «%1» (κωδικός πελάτη %2) έχει ήδη παρασχεθεί· δεν χρειάζεται τίποτα.</translation>
    </message>
    <message>
        <source>Looking for a tenant with customer id %1 under the distributor…</source>
        <translation>Αναζήτηση tenant με κωδικό πελάτη %1 κάτω από τον διανομέα…</translation>
    </message>
    <message>
        <source>Name: a tenant named &quot;%1&quot; already exists under the distributor (customer id &quot;%2&quot;); choose another name.</source>
        <translation>Όνομα: υπάρχει ήδη tenant με όνομα «%1» κάτω από τον διανομέα (κωδικός πελάτη «%2»)· επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>Customer id %1: its tenant exists already (%2); create continues with it.</source>
        <translation>Κωδικός πελάτη %1: ο tenant του υπάρχει ήδη (%2)· η δημιουργία συνεχίζει με αυτόν.</translation>
    </message>
    <message>
        <source>Customer id %1: no tenant yet.</source>
        <translation>Κωδικός πελάτη %1: δεν υπάρχει ακόμη tenant.</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is free under the distributor.</source>
        <translation>Το όνομα «%1» είναι ελεύθερο κάτω από τον διανομέα.</translation>
    </message>
    <message>
        <source>Checking the offering items available to service providers…</source>
        <translation>Έλεγχος των στοιχείων προσφοράς για παρόχους υπηρεσιών…</translation>
    </message>
    <message numerus="yes">
        <source>%n offering item(s) to enable, all available to service providers.</source>
        <translation>
            <numerusform>%n στοιχείο προσφοράς προς ενεργοποίηση, διαθέσιμο σε παρόχους υπηρεσιών.</numerusform>
            <numerusform>%n στοιχεία προσφοράς προς ενεργοποίηση, όλα διαθέσιμα σε παρόχους υπηρεσιών.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that the admin login %1 is free…</source>
        <translation>Έλεγχος ότι η σύνδεση διαχειριστή %1 είναι ελεύθερη…</translation>
    </message>
    <message>
        <source>Admin login %1 is free.</source>
        <translation>Η σύνδεση διαχειριστή %1 είναι ελεύθερη.</translation>
    </message>
    <message>
        <source>Admin login: &quot;%1&quot; is taken at Acronis; choose another login.</source>
        <translation>Σύνδεση διαχειριστή: το «%1» χρησιμοποιείται ήδη στην Acronis· επιλέξτε άλλο.</translation>
    </message>
    <message>
        <source>Admin login %1 exists already in the provider&apos;s tenant; create continues with it.</source>
        <translation>Η σύνδεση διαχειριστή %1 υπάρχει ήδη στον tenant του παρόχου· η δημιουργία συνεχίζει με αυτήν.</translation>
    </message>
    <message>
        <source>{new tenant}</source>
        <translation>{νέος tenant}</translation>
    </message>
    <message>
        <source>{new user}</source>
        <translation>{νέος χρήστης}</translation>
    </message>
    <message>
        <source>create the partner tenant &quot;%1&quot; (customer id %2) under the distributor</source>
        <translation>δημιουργία του tenant συνεργάτη «%1» (κωδικός πελάτη %2) κάτω από τον διανομέα</translation>
    </message>
    <message numerus="yes">
        <source>enable %n offering item(s)</source>
        <translation>
            <numerusform>ενεργοποίηση %n στοιχείου προσφοράς</numerusform>
            <numerusform>ενεργοποίηση %n στοιχείων προσφοράς</numerusform>
        </translation>
    </message>
    <message>
        <source>create the admin user %1</source>
        <translation>δημιουργία του χρήστη διαχειριστή %1</translation>
    </message>
    <message>
        <source>make %1 the partner administrator</source>
        <translation>ορισμός του %1 ως διαχειριστή συνεργάτη</translation>
    </message>
    <message>
        <source>send the activation e-mail to %1</source>
        <translation>αποστολή του email ενεργοποίησης στο %1</translation>
    </message>
    <message>
        <source>Pre-check passed for &quot;%1&quot;; nothing was changed.</source>
        <translation>Ο προέλεγχος για τον «%1» πέρασε· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Creating the partner tenant &quot;%1&quot;…</source>
        <translation>Δημιουργία του tenant συνεργάτη «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s)…</source>
        <translation>
            <numerusform>Ενεργοποίηση %n στοιχείου προσφοράς…</numerusform>
            <numerusform>Ενεργοποίηση %n στοιχείων προσφοράς…</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the commitment tier…</source>
        <translation>Ορισμός της βαθμίδας δέσμευσης…</translation>
    </message>
    <message>
        <source>Creating the admin user %1…</source>
        <translation>Δημιουργία του χρήστη διαχειριστή %1…</translation>
    </message>
    <message>
        <source>Making %1 the partner administrator…</source>
        <translation>Ορισμός του %1 ως διαχειριστή συνεργάτη…</translation>
    </message>
    <message>
        <source>Sending the activation e-mail to %1…</source>
        <translation>Αποστολή του email ενεργοποίησης στο %1…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is provisioned: tenant %2, %n offering item(s), admin %3 (activation e-mail sent).</source>
        <translation>
            <numerusform>Ο «%1» παρασχέθηκε: tenant %2, %n στοιχείο προσφοράς, διαχειριστής %3 (στάλθηκε email ενεργοποίησης).</numerusform>
            <numerusform>Ο «%1» παρασχέθηκε: tenant %2, %n στοιχεία προσφοράς, διαχειριστής %3 (στάλθηκε email ενεργοποίησης).</numerusform>
        </translation>
    </message>
    <message>
        <source>Another service-provider operation of &quot;%1&quot; is running</source>
        <translation>Εκτελείται ήδη άλλη ενέργεια παρόχου υπηρεσιών του «%1»</translation>
    </message>
    <message>
        <source>There is no service provider with customer id &quot;%1&quot; in &quot;%2&quot; (see provider list).</source>
        <translation>Δεν υπάρχει πάροχος υπηρεσιών με κωδικό πελάτη «%1» στο «%2» (δείτε provider list).</translation>
    </message>
    <message>
        <source>The service provider &quot;%1&quot; was cancelled; its tenant no longer exists.</source>
        <translation>Ο πάροχος υπηρεσιών «%1» ακυρώθηκε· ο tenant του δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>The tenant changed at Acronis meanwhile; reading it again and retrying once…</source>
        <translation>Ο tenant άλλαξε στο μεταξύ στην Acronis· νέα ανάγνωση και μία ακόμη προσπάθεια…</translation>
    </message>
    <message>
        <source>Enabling the tenant…</source>
        <translation>Ενεργοποίηση του tenant…</translation>
    </message>
    <message>
        <source>Disabling the tenant…</source>
        <translation>Απενεργοποίηση του tenant…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already active at Acronis; nothing changed.</source>
        <translation>Ο «%1» ήταν ήδη ενεργός στην Acronis· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already suspended at Acronis; nothing changed.</source>
        <translation>Ο «%1» ήταν ήδη σε αναστολή στην Acronis· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again: its tenant is enabled.</source>
        <translation>Ο «%1» είναι ξανά ενεργός: ο tenant του ενεργοποιήθηκε.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is suspended: its tenant is disabled (Acronis keeps billing its usage while it is disabled).</source>
        <translation>Ο «%1» είναι σε αναστολή: ο tenant του απενεργοποιήθηκε (η Acronis συνεχίζει να χρεώνει τη χρήση του όσο είναι απενεργοποιημένος).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled; its tenant had already been removed at Acronis.</source>
        <translation>Ο «%1» ακυρώθηκε· ο tenant του είχε ήδη αφαιρεθεί στην Acronis.</translation>
    </message>
    <message>
        <source>Deleting the tenant and its data at Acronis…</source>
        <translation>Διαγραφή του tenant και των δεδομένων του στην Acronis…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is cancelled: its tenant was disabled and deleted at Acronis.</source>
        <translation>Ο «%1» ακυρώθηκε: ο tenant του απενεργοποιήθηκε και διαγράφηκε στην Acronis.</translation>
    </message>
    <message>
        <source>Reading the partner tenants under the distributor…</source>
        <translation>Ανάγνωση των tenants συνεργατών κάτω από τον διανομέα…</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n service provider(s)…</source>
        <translation>
            <numerusform>Καταγραφή %n παρόχου υπηρεσιών…</numerusform>
            <numerusform>Καταγραφή %n παρόχων υπηρεσιών…</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated from the tenant at Acronis.</source>
        <translation>Ενημερώθηκε από τον tenant στην Acronis.</translation>
    </message>
    <message>
        <source>Imported from the tenant at Acronis.</source>
        <translation>Εισήχθη από τον tenant στην Acronis.</translation>
    </message>
    <message>
        <source>saving the imported service providers</source>
        <translation>κατά την αποθήκευση των παρόχων που εισήχθησαν</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2 and left %3 unchanged service provider(s).</source>
        <translation>Πάροχοι υπηρεσιών: %1 νέοι εισήχθησαν, %2 ενημερώθηκαν, %3 έμειναν ως είχαν.</translation>
    </message>
    <message>
        <source>the partner tenant &quot;%1&quot;</source>
        <translation>ο tenant συνεργάτη «%1»</translation>
    </message>
    <message>
        <source>Name: Acronis already has a tenant named &quot;%1&quot; of another customer (error 1004, name conflict); choose another name.</source>
        <translation>Όνομα: η Acronis έχει ήδη tenant με όνομα «%1» άλλου πελάτη (σφάλμα 1004, σύγκρουση ονόματος)· επιλέξτε άλλο όνομα.</translation>
    </message>
    <message numerus="yes">
        <source>%n offering item(s)</source>
        <translation>
            <numerusform>%n στοιχείο προσφοράς</numerusform>
            <numerusform>%n στοιχεία προσφοράς</numerusform>
        </translation>
    </message>
    <message>
        <source>the commitment tier</source>
        <translation>η βαθμίδα δέσμευσης</translation>
    </message>
    <message>
        <source>the admin user %1</source>
        <translation>ο χρήστης διαχειριστής %1</translation>
    </message>
    <message>
        <source>Admin login: &quot;%1&quot; is taken at Acronis by a user outside this provider&apos;s tenant; choose another login.</source>
        <translation>Όνομα σύνδεσης διαχειριστή: το «%1» χρησιμοποιείται στην Acronis από χρήστη εκτός του tenant αυτού του παρόχου· επιλέξτε άλλο όνομα σύνδεσης.</translation>
    </message>
    <message>
        <source>the partner administrator role</source>
        <translation>ο ρόλος διαχειριστή συνεργάτη</translation>
    </message>
    <message>
        <source>the activation e-mail</source>
        <translation>το email ενεργοποίησης</translation>
    </message>
    <message>
        <source>Looking for %1 at Acronis…</source>
        <translation>Αναζήτηση για %1 στην Acronis…</translation>
    </message>
    <message>
        <source>Provisioning stopped at %1: %2</source>
        <translation>Η παροχή σταμάτησε στο %1: %2</translation>
    </message>
    <message>
        <source>Made so far: %1 (tenant %2).</source>
        <translation>Έγιναν ως τώρα: %1 (tenant %2).</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Μένουν: %1.</translation>
    </message>
    <message>
        <source>Looking for the tenant at Acronis…</source>
        <translation>Αναζήτηση του tenant στην Acronis…</translation>
    </message>
    <message>
        <source>The tenant still exists at Acronis; run cancel again to delete it.</source>
        <translation>Ο tenant υπάρχει ακόμη στην Acronis· εκτελέστε ξανά cancel για να διαγραφεί.</translation>
    </message>
    <message>
        <source>What was done is recorded; run create again (the same command) to continue from there.</source>
        <translation>Ό,τι έγινε έχει καταγραφεί· εκτελέστε ξανά create (την ίδια εντολή) για να συνεχίσετε από εκεί.</translation>
    </message>
    <message>
        <source>%1 is one of the contract tiers of &quot;%2&quot;: a minimum commitment of %3 %4 a month.</source>
        <translation>Η %1 είναι μία από τις βαθμίδες του «%2»: ελάχιστη δέσμευση %3 %4 τον μήνα.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of %n partner(s)…</source>
        <translation>
            <numerusform>Ανάγνωση της βαθμίδας %n συνεργάτη…</numerusform>
            <numerusform>Ανάγνωση των βαθμίδων %n συνεργατών…</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting the commitment tier at Acronis…</source>
        <translation>Ορισμός της βαθμίδας δέσμευσης στην Acronis…</translation>
    </message>
    <message>
        <source>recording the provider&apos;s tier</source>
        <translation>κατά την καταγραφή της βαθμίδας του παρόχου</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 from %3 on (set at Acronis: tier_level_value %4).</source>
        <translation>Ο «%1» έχει %2 από %3 και μετά (ορίστηκε στην Acronis: tier_level_value %4).</translation>
    </message>
    <message>
        <source>Another operation on the service provider &quot;%1&quot; of &quot;%2&quot; is running</source>
        <translation>Εκτελείται άλλη λειτουργία για τον πάροχο υπηρεσιών «%1» του «%2»</translation>
    </message>
    <message>
        <source>set the commitment tier to %1</source>
        <translation>ορισμός της βαθμίδας δέσμευσης σε %1</translation>
    </message>
    <message>
        <source>set the commitment tier to %1, a minimum commitment of %2 a month</source>
        <translation>ορισμός της βαθμίδας δέσμευσης σε %1, με ελάχιστη δέσμευση %2 τον μήνα</translation>
    </message>
    <message>
        <source>Reading the offering items of &quot;%1&quot;…</source>
        <translation>Ανάγνωση των στοιχείων προσφοράς του «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled.</source>
        <translation>
            <numerusform>Ο «%1» έχει %n ενεργό στοιχείο προσφοράς.</numerusform>
            <numerusform>Ο «%1» έχει %n ενεργά στοιχεία προσφοράς.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabling %n offering item(s) on the tenant…</source>
        <translation>
            <numerusform>Ενεργοποίηση %n στοιχείου προσφοράς στον tenant…</numerusform>
            <numerusform>Ενεργοποίηση %n στοιχείων προσφοράς στον tenant…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n offering item(s) enabled; the other items available to service providers are disabled.</source>
        <translation>
            <numerusform>Ο «%1» έχει %n ενεργό στοιχείο προσφοράς· τα υπόλοιπα διαθέσιμα στους παρόχους υπηρεσιών είναι ανενεργά.</numerusform>
            <numerusform>Ο «%1» έχει %n ενεργά στοιχεία προσφοράς· τα υπόλοιπα διαθέσιμα στους παρόχους υπηρεσιών είναι ανενεργά.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the commitment tiers of %1 of %n partner(s)…</source>
        <translation>
            <numerusform>Διαβάστηκαν οι βαθμίδες δέσμευσης %1 από %n συνεργάτη…</numerusform>
            <numerusform>Διαβάστηκαν οι βαθμίδες δέσμευσης %1 από %n συνεργάτες…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped; no service provider was recorded.</source>
        <translation>Η εισαγωγή σταμάτησε· δεν καταγράφηκε κανένας πάροχος υπηρεσιών.</translation>
    </message>
    <message>
        <source>Items: %1 is not available to service providers under this distributor.</source>
        <translation>Στοιχεία: το %1 δεν είναι διαθέσιμο σε παρόχους υπηρεσιών κάτω από αυτόν τον διανομέα.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on the storage &quot;%2&quot;</source>
        <translation>«%1» στον χώρο αποθήκευσης «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>an offering item&apos;s or product&apos;s name in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Tier: &quot;%1&quot; is not one of the contract tiers of &quot;%2&quot; (%3); add it to the contract tiers first.</source>
        <translation>Βαθμίδα: η «%1» δεν είναι μία από τις βαθμίδες σύμβασης της «%2» (%3)· προσθέστε την πρώτα στις βαθμίδες σύμβασης.</translation>
    </message>
    <message>
        <source>Some partners have a tier_level_value (%1) that no contract tier of &quot;%2&quot; has; add those tiers to the contract tiers and import again.</source>
        <translation>Ορισμένοι συνεργάτες έχουν tier_level_value (%1) που δεν έχει καμία βαθμίδα σύμβασης της «%2»· προσθέστε αυτές τις βαθμίδες στις βαθμίδες σύμβασης και κάντε ξανά εισαγωγή.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the customer id %2 already; nothing was changed.</source>
        <translation>Ο «%1» έχει ήδη τον κωδικό πελάτη %2· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Customer id: %1 belongs to &quot;%2&quot; already; each provider has its own.</source>
        <translation>Κωδικός πελάτη: ο %1 ανήκει ήδη στον «%2»· κάθε πάροχος έχει δικό του.</translation>
    </message>
    <message>
        <source>Writing the customer id to the tenant at Acronis…</source>
        <translation>Εγγραφή του κωδικού πελάτη στον tenant στην Acronis…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; now has the customer id %2 (was %3), at Acronis too.</source>
        <translation>Ο «%1» έχει πλέον τον κωδικό πελάτη %2 (ήταν %3), και στην Acronis.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the commitment tiers of the %n partner(s) listed so far…</source>
        <translation>
            <numerusform>Ανάγνωση της βαθμίδας του %n συνεργάτη που έχει καταγραφεί ως τώρα…</numerusform>
            <numerusform>Ανάγνωση των βαθμίδων των %n συνεργατών που έχουν καταγραφεί ως τώρα…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::ProviderTableModel</name>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Σε αναστολή</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρωμένος</translation>
    </message>
    <message>
        <source>Provisioning stopped half way; run New Service Provider with the same customer id to continue.</source>
        <translation>Η παροχή σταμάτησε στη μέση· εκτελέστε «Νέος πάροχος υπηρεσιών» με τον ίδιο κωδικό πελάτη για να συνεχίσει.</translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (ελλιπής)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Στιγμιότυπο</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Βαθμίδα</translation>
    </message>
    <message>
        <source>Pricing mode</source>
        <translation>Τρόπος τιμολόγησης</translation>
    </message>
    <message>
        <source>Admin login</source>
        <translation>Σύνδεση διαχειριστή</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Id tenant</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>%1 (%2 a month)</source>
        <translation>%1 (%2 τον μήνα)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Παραγωγή</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Δοκιμαστική</translation>
    </message>
    <message>
        <source>Imported without the billing system&apos;s customer id: it is not invoiced until it has one (Customer Id… in the table&apos;s menu).</source>
        <translation>Εισήχθη χωρίς τον κωδικό πελάτη του συστήματος χρέωσης: δεν τιμολογείται μέχρι να αποκτήσει (Κωδικός πελάτη… στο μενού του πίνακα).</translation>
    </message>
    <message>
        <source>none (imported)</source>
        <translation>κανένας (εισαγωγή)</translation>
    </message>
</context>
<context>
    <name>csp::ProviderWizard</name>
    <message>
        <source>New Service Provider</source>
        <translation>Νέος πάροχος υπηρεσιών</translation>
    </message>
    <message>
        <source>Leave as Acronis sets it</source>
        <translation>Όπως την ορίζει η Acronis</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>&amp;Παροχή</translation>
    </message>
    <message>
        <source>Instance: link an Acronis account in Applications Setup first.</source>
        <translation>Στιγμιότυπο: συνδέστε πρώτα έναν λογαριασμό Acronis στη Ρύθμιση Εφαρμογών.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Έλεγχος…</translation>
    </message>
    <message numerus="yes">
        <source>The instance&apos;s active &amp;products (%n offering item(s))</source>
        <translation>
            <numerusform>Τα ενεργά &amp;προϊόντα του στιγμιότυπου (%n στοιχείο προσφοράς)</numerusform>
            <numerusform>Τα ενεργά &amp;προϊόντα του στιγμιότυπου (%n στοιχεία προσφοράς)</numerusform>
        </translation>
    </message>
    <message>
        <source>Items: check at least one product.</source>
        <translation>Στοιχεία: επιλέξτε τουλάχιστον ένα προϊόν.</translation>
    </message>
    <message>
        <source>Provisioning of %1 (&quot;%2&quot;) stopped half way; this continues where it stopped, nothing is made twice.</source>
        <translation>Η παροχή του %1 («%2») σταμάτησε στη μέση· συνεχίζει από εκεί που σταμάτησε, τίποτα δεν δημιουργείται δύο φορές.</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Ελέγχθηκαν:</translation>
    </message>
    <message>
        <source>Provisioning will:</source>
        <translation>Η παροχή θα:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Έγιναν:</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>έχει ήδη γίνει</translation>
    </message>
    <message>
        <source>Calls to the gateway:</source>
        <translation>Κλήσεις προς την πύλη:</translation>
    </message>
    <message>
        <source>Customer id: %1 is already provisioned as &quot;%2&quot;. Change its products or tier with Products… or Tier… on the Service Providers page.</source>
        <translation>Αναγνωριστικό πελάτη: το %1 έχει ήδη παρασχεθεί ως «%2». Αλλάξτε τα προϊόντα ή τη βαθμίδα του με «Προϊόντα…» ή «Βαθμίδα…» στη σελίδα Πάροχοι υπηρεσιών.</translation>
    </message>
    <message numerus="yes">
        <source>Offering items to enable (%n):</source>
        <translation>
            <numerusform>Στοιχείο προσφοράς προς ενεργοποίηση (%n):</numerusform>
            <numerusform>Στοιχεία προσφοράς προς ενεργοποίηση (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – storage: %2</source>
        <translation>%1 – χώρος αποθήκευσης: %2</translation>
    </message>
</context>
<context>
    <name>csp::ProvidersPage</name>
    <message>
        <source>Cancelling &quot;%1&quot; disables its tenant and then &lt;b&gt;deletes it at Acronis with all its data&lt;/b&gt; (backups, users, sub-tenants). This cannot be undone.&lt;br&gt;&lt;br&gt;Type the provider&apos;s name to confirm:</source>
        <translation>Η ακύρωση του «%1» απενεργοποιεί τον tenant του και μετά &lt;b&gt;τον διαγράφει στην Acronis με όλα τα δεδομένα του&lt;/b&gt; (αντίγραφα ασφαλείας, χρήστες, υπο-tenants). Δεν αναιρείται.&lt;br&gt;&lt;br&gt;Πληκτρολογήστε το όνομα του παρόχου για επιβεβαίωση:</translation>
    </message>
    <message>
        <source>&amp;Delete Tenant and Data</source>
        <translation>&amp;Διαγραφή tenant και δεδομένων</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Οποιαδήποτε κατάσταση</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Τι έγινε</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Όλα τα στιγμιότυπα</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Επιτυχία</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Αποτυχία</translation>
    </message>
    <message>
        <source>Suspend Service Provider</source>
        <translation>Αναστολή παρόχου υπηρεσιών</translation>
    </message>
    <message>
        <source>Suspend &quot;%1&quot;? Its tenant is disabled: its users cannot sign in and its services stop. Acronis keeps billing its usage while it is suspended.</source>
        <translation>Αναστολή του «%1»; Ο tenant του απενεργοποιείται: οι χρήστες του δεν μπορούν να συνδεθούν και οι υπηρεσίες του σταματούν. Η Acronis συνεχίζει να χρεώνει τη χρήση του όσο είναι σε αναστολή.</translation>
    </message>
    <message>
        <source>Service Providers</source>
        <translation>Πάροχοι υπηρεσιών</translation>
    </message>
    <message>
        <source>Change Tier</source>
        <translation>Αλλαγή βαθμίδας</translation>
    </message>
    <message>
        <source>Change Products</source>
        <translation>Αλλαγή προϊόντων</translation>
    </message>
    <message>
        <source>Customer &amp;Id…</source>
        <translation>&amp;Κωδικός πελάτη…</translation>
    </message>
    <message>
        <source>Give the chosen provider the billing system&apos;s customer id, here and at Acronis</source>
        <translation>Απόδοση του κωδικού πελάτη του συστήματος χρέωσης στον επιλεγμένο πάροχο, εδώ και στην Acronis</translation>
    </message>
    <message>
        <source>Customer Id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported without the billing system&apos;s customer id (its tenant id stands in), so it cannot be invoiced. Its customer id:</source>
        <translation>Ο «%1» εισήχθη χωρίς τον κωδικό πελάτη του συστήματος χρέωσης (στη θέση του είναι το αναγνωριστικό tenant), οπότε δεν μπορεί να τιμολογηθεί. Ο κωδικός πελάτη του:</translation>
    </message>
    <message>
        <source>The billing system&apos;s customer id of &quot;%1&quot;:</source>
        <translation>Ο κωδικός πελάτη του «%1» στο σύστημα χρέωσης:</translation>
    </message>
</context>
<context>
    <name>csp::ReconcilePage</name>
    <message>
        <source>Flag</source>
        <translation>Επισήμανση</translation>
    </message>
    <message>
        <source>Service provider or tenant</source>
        <translation>Πάροχος υπηρεσιών ή tenant</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Τι βρέθηκε</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Επισημάνσεις</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Πάροχος υπηρεσιών</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Τοποθεσία</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Εκτίμηση</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Διαφορά</translation>
    </message>
    <message>
        <source>Month before</source>
        <translation>Προηγούμενος μήνας</translation>
    </message>
    <message>
        <source>Report amount</source>
        <translation>Ποσό αναφοράς</translation>
    </message>
    <message>
        <source>Export the Reconciliation</source>
        <translation>Εξαγωγή της συμφωνίας</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Δεν έγινε εξαγωγή</translation>
    </message>
    <message>
        <source>Priced with the prices in effect when %1 ended (Get Services Definition of %2).</source>
        <translation>Τιμολογήθηκε με τις τιμές στο τέλος του %1 (Get Services Definition της %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s), nothing flagged.</source>
        <translation>
            <numerusform>%1: %n γραμμή, καμία επισήμανση.</numerusform>
            <numerusform>%1: %n γραμμές, καμία επισήμανση.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n flag(s) to look at before invoicing.</source>
        <translation>
            <numerusform>%1: %n επισήμανση για έλεγχο πριν την τιμολόγηση.</numerusform>
            <numerusform>%1: %n επισημάνσεις για έλεγχο πριν την τιμολόγηση.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconcile compares the usage report of %1 with the estimates of %2 recorded during the month.</source>
        <translation>Η «Συμφωνία» συγκρίνει την αναφορά χρήσης του %1 με τις εκτιμήσεις της %2 που καταγράφηκαν κατά τη διάρκεια του μήνα.</translation>
    </message>
</context>
<context>
    <name>csp::ReconcileService</name>
    <message>
        <source>Reading the partner tenants under the distributor…</source>
        <translation>Ανάγνωση των tenant συνεργατών κάτω από τον διανομέα…</translation>
    </message>
    <message>
        <source>Comparing the report with the month&apos;s estimates…</source>
        <translation>Σύγκριση της αναφοράς με τις εκτιμήσεις του μήνα…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>No usage of %1 was read while the month ran, so there is no estimate to compare with: read the usage during the month (in the window, from the command line or by the nightly run).</source>
        <translation>Δεν διαβάστηκε χρήση όσο διαρκούσε ο μήνας %1, οπότε δεν υπάρχει εκτίμηση για σύγκριση: διαβάστε τη χρήση κατά τη διάρκεια του μήνα (στο παράθυρο, από τη γραμμή εντολών ή με τη νυχτερινή εκτέλεση).</translation>
    </message>
    <message>
        <source>Usage jump: %1 is not a percentage from 0 to %2.</source>
        <translation>Άλμα χρήσης: το %1 δεν είναι ποσοστό από 0 έως %2.</translation>
    </message>
</context>
<context>
    <name>csp::SavedFile</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2.</translation>
    </message>
</context>
<context>
    <name>csp::SyncHistoryDialog</name>
    <message>
        <source>Started</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Προστέθηκε</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Μετονομάστηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Αποσύρθηκε</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Αμετάβλητο</translation>
    </message>
    <message>
        <source>Error or warnings</source>
        <translation>Σφάλμα ή προειδοποιήσεις</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>επιτυχής</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <source>running</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Εκκίνηση από</translation>
    </message>
</context>
<context>
    <name>csp::SyncJob</name>
    <message>
        <source>Making sure no other run of &quot;%1&quot; is in progress…</source>
        <translation>Έλεγχος ότι δεν εκτελείται άλλη εκτέλεση του «%1»…</translation>
    </message>
    <message>
        <source>Reading the catalogue, applications, storages and prices…</source>
        <translation>Ανάγνωση καταλόγου, εφαρμογών, χώρων αποθήκευσης και τιμών…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n served item(s) with the catalogue…</source>
        <translation>
            <numerusform>Σύγκριση %n στοιχείου με τον κατάλογο…</numerusform>
            <numerusform>Σύγκριση %n στοιχείων με τον κατάλογο…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the changes…</source>
        <translation>Εγγραφή των αλλαγών…</translation>
    </message>
    <message>
        <source>writing the catalogue</source>
        <translation>κατά την εγγραφή του καταλόγου</translation>
    </message>
    <message>
        <source>Get Services Definition was cancelled; the catalogue was left as it was.</source>
        <translation>Η «Λήψη ορισμού υπηρεσιών» ακυρώθηκε· ο κατάλογος έμεινε όπως ήταν.</translation>
    </message>
    <message>
        <source>Another Get Services Definition of &quot;%1&quot; is running</source>
        <translation>Εκτελείται ήδη άλλη «Λήψη ορισμού υπηρεσιών» του «%1»</translation>
    </message>
    <message>
        <source>The server answered something unexpected: the price list gives &quot;%1&quot; as the price of %2, which is not a decimal of at least 0 with at most %3 decimal places.</source>
        <translation>Ο διακομιστής απάντησε κάτι απροσδόκητο: ο τιμοκατάλογος δίνει «%1» ως τιμή του %2, που δεν είναι δεκαδικός τουλάχιστον 0 με το πολύ %3 δεκαδικά ψηφία.</translation>
    </message>
    <message>
        <source>Received %1 of %2 answers…</source>
        <translation>Ελήφθησαν %1 από %2 απαντήσεις…</translation>
    </message>
    <message>
        <source>The price list gives &quot;%1&quot; more than once; %2 was not used.</source>
        <translation>Ο τιμοκατάλογος δίνει το «%1» περισσότερες από μία φορές· το %2 δεν χρησιμοποιήθηκε.</translation>
    </message>
    <message>
        <source>The price list prices &quot;%1&quot; of %2 at %3, which names no offering item or usage of the catalogue; that price was not used.</source>
        <translation>Ο τιμοκατάλογος τιμολογεί το «%1» του %2 με %3, που δεν ονομάζει κανένα offering item ή χρήση του καταλόγου· η τιμή αυτή δεν χρησιμοποιήθηκε.</translation>
    </message>
    <message>
        <source>The price list prices &quot;%1&quot; of %2 on the storage %3 at %4, which names no offering item or usage of the catalogue; that price was not used.</source>
        <translation>Ο τιμοκατάλογος τιμολογεί το «%1» του %2 στον χώρο αποθήκευσης %3 με %4, που δεν ονομάζει κανένα offering item ή χρήση του καταλόγου· η τιμή αυτή δεν χρησιμοποιήθηκε.</translation>
    </message>
</context>
<context>
    <name>csp::SyncPanel</name>
    <message>
        <source>Read what the distributor may sell to service providers and bring this instance&apos;s products up to date.</source>
        <translation>Ανάγνωση του τι μπορεί να πουλήσει ο διανομέας στους παρόχους υπηρεσιών και ενημέρωση των προϊόντων αυτού του στιγμιότυπου.</translation>
    </message>
    <message>
        <source>Save the instance first.</source>
        <translation>Αποθηκεύστε πρώτα το στιγμιότυπο.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Never run for this instance.</source>
        <translation>Δεν έχει εκτελεστεί ποτέ για αυτό το στιγμιότυπο.</translation>
    </message>
    <message>
        <source>Last run %1: succeeded (%2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged).</source>
        <translation>Τελευταία εκτέλεση %1: επιτυχής (%2 προστέθηκαν, %3 μετονομάστηκαν, %4 ενημερώθηκαν, %5 αποσύρθηκαν, %6 αμετάβλητα).</translation>
    </message>
    <message>
        <source>Last run %1: %2. %3</source>
        <translation>Τελευταία εκτέλεση %1: %2. %3</translation>
    </message>
    <message>
        <source>Last nightly run %1: %2.</source>
        <translation>Τελευταία νυχτερινή εκτέλεση %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>✓ Nothing would change: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Τίποτα δεν θα άλλαζε: το %n προϊόν είναι όπως το δίνει η Acronis.</numerusform>
            <numerusform>✓ Τίποτα δεν θα άλλαζε: και τα %n προϊόντα είναι όπως τα δίνει η Acronis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Nothing changed: all %n product(s) are as Acronis serves them.</source>
        <translation>
            <numerusform>✓ Τίποτα δεν άλλαξε: το %n προϊόν είναι όπως το δίνει η Acronis.</numerusform>
            <numerusform>✓ Τίποτα δεν άλλαξε: και τα %n προϊόντα είναι όπως τα δίνει η Acronis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get Services Definition history</source>
        <translation>Ιστορικό λήψης ορισμού υπηρεσιών</translation>
    </message>
</context>
<context>
    <name>csp::SyncResultDialog</name>
    <message>
        <source>Added</source>
        <translation>Προστέθηκε</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Μετονομάστηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Αποσύρθηκε</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Αμετάβλητο</translation>
    </message>
    <message>
        <source>Preview of Get Services Definition</source>
        <translation>Προεπισκόπηση: Λήψη ορισμού υπηρεσιών</translation>
    </message>
    <message>
        <source>Get Services Definition</source>
        <translation>Λήψη ορισμού υπηρεσιών</translation>
    </message>
    <message>
        <source>If applied, &quot;%1&quot; gets %2 new, %3 renamed, %4 updated and %5 retired product(s); %6 stay as they are.</source>
        <translation>Αν εφαρμοστεί, το «%1» θα έχει %2 νέα, %3 μετονομασμένα, %4 ενημερωμένα και %5 αποσυρμένα προϊόντα· %6 μένουν όπως είναι.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 added, %3 renamed, %4 updated, %5 retired, %6 unchanged.</source>
        <translation>«%1»: %2 προστέθηκαν, %3 μετονομάστηκαν, %4 ενημερώθηκαν, %5 αποσύρθηκαν, %6 αμετάβλητα.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>&amp;Εφαρμογή αλλαγών</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>χωρίς τιμή</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Τιμή πώλησης</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Τι άλλαξε</translation>
    </message>
    <message>
        <source>Price before</source>
        <translation>Τιμή πριν</translation>
    </message>
    <message>
        <source>name, was &quot;%1&quot;</source>
        <translation>όνομα, πριν «%1»</translation>
    </message>
</context>
<context>
    <name>csp::TiersDialog</name>
    <message>
        <source>Contract Tiers – %1</source>
        <translation>Βαθμίδες συμβολαίου – %1</translation>
    </message>
    <message>
        <source>The commitment tiers of the CSP contracts of %1. Enter each minimum monthly commitment from the distributor&apos;s agreement, in %2; a changed commitment invoices the months that end after the change.</source>
        <translation>Οι βαθμίδες δέσμευσης των συμβολαίων CSP του %1. Εισαγάγετε κάθε ελάχιστη μηνιαία δέσμευση από τη συμφωνία του διανομέα, σε %2· μια αλλαγμένη δέσμευση τιμολογεί τους μήνες που τελειώνουν μετά την αλλαγή.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Βαθμίδα</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Minimum commitment (%1)</source>
        <translation>Ελάχιστη δέσμευση (%1)</translation>
    </message>
    <message>
        <source>Promo</source>
        <translation>Προσφορά</translation>
    </message>
    <message>
        <source>&amp;Add Tier</source>
        <translation>&amp;Προσθήκη βαθμίδας</translation>
    </message>
    <message>
        <source>Acronis lists a commitment of %1 %2 for %3 (price list %4): the distributor&apos;s own commitment to Acronis, not a service provider&apos;s. It is read by &apos;Check against Acronis&apos; price list…&apos; and the nightly run.</source>
        <translation>Η Acronis αναφέρει δέσμευση %1 %2 για τον μήνα %3 (τιμοκατάλογος %4): η δέσμευση του ίδιου του διανομέα προς την Acronis, όχι ενός παρόχου υπηρεσιών. Τη διαβάζει ο «Έλεγχος με τον τιμοκατάλογο της Acronis…» και η νυχτερινή εκτέλεση.</translation>
    </message>
    <message>
        <source>At Acronis</source>
        <translation>Στην Acronis</translation>
    </message>
    <message>
        <source>The commitment tier a service provider of this tier is set to at Acronis</source>
        <translation>Η βαθμίδα δέσμευσης στην οποία ορίζεται στην Acronis ένας πάροχος υπηρεσιών αυτής της βαθμίδας</translation>
    </message>
    <message>
        <source>The contract tiers of “%1” are unchanged.</source>
        <translation>Οι βαθμίδες σύμβασης της «%1» δεν άλλαξαν.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n changed contract tier(s) of “%1”.</source>
        <translation>
            <numerusform>Αποθηκεύτηκε %n αλλαγμένη βαθμίδα σύμβασης της «%1».</numerusform>
            <numerusform>Αποθηκεύτηκαν %n αλλαγμένες βαθμίδες σύμβασης της «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::TrustDialog</name>
    <message>
        <source>Certificate File</source>
        <translation>Αρχείο πιστοποιητικών</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Πιστοποιητικά (*.pem *.crt *.cer);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Only the system&apos;s certificate authorities are trusted.</source>
        <translation>Έμπιστες είναι μόνο οι αρχές πιστοποίησης του συστήματος.</translation>
    </message>
    <message>
        <source>Trusted besides the system&apos;s:</source>
        <translation>Έμπιστες πέρα από του συστήματος:</translation>
    </message>
</context>
<context>
    <name>csp::UnattendedRun</name>
    <message>
        <source>The nightly Get Services Definition failed</source>
        <translation>Η νυχτερινή λήψη ορισμού υπηρεσιών απέτυχε</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) failed: %1. See &apos;acronis-csp history&apos; or the journal.</source>
        <translation>
            <numerusform>%n στιγμιότυπο απέτυχε: %1. Δείτε το &apos;acronis-csp history&apos; ή το journal.</numerusform>
            <numerusform>%n στιγμιότυπα απέτυχαν: %1. Δείτε το &apos;acronis-csp history&apos; ή το journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acronis&apos; price list differs from the Distributor Discount of: %1 (&apos;acronis-csp prices check&apos;).</source>
        <translation>Ο τιμοκατάλογος της Acronis διαφέρει από την έκπτωση διανομέα των: %1 (&apos;acronis-csp prices check&apos;).</translation>
    </message>
</context>
<context>
    <name>csp::UsageChart</name>
    <message>
        <source>The chart shows sell against cost once usage is read.</source>
        <translation>Το γράφημα δείχνει πώληση έναντι κόστους μόλις διαβαστεί η χρήση.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλα</translation>
    </message>
    <message>
        <source>No service provider has usage to show.</source>
        <translation>Κανένας πάροχος υπηρεσιών δεν έχει χρήση για εμφάνιση.</translation>
    </message>
    <message>
        <source>Nothing is priced in %1: there is no sell or cost to draw.</source>
        <translation>Τίποτα δεν έχει τιμή σε %1: δεν υπάρχει πώληση ή κόστος για σχεδίαση.</translation>
    </message>
    <message>
        <source>%1
Sell: %2
Cost: %3</source>
        <translation>%1
Πώληση: %2
Κόστος: %3</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>Περιθώριο: %1</translation>
    </message>
    <message>
        <source>The %1 largest by sell</source>
        <translation>Οι %1 μεγαλύτεροι σε πωλήσεις</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Πώληση</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
</context>
<context>
    <name>csp::UsagePage</name>
    <message>
        <source>Current usage (estimates)</source>
        <translation>Τρέχουσα χρήση (εκτιμήσεις)</translation>
    </message>
    <message>
        <source>A closed month (usage report)</source>
        <translation>Ένας κλεισμένος μήνας (αναφορά χρήσης)</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Πάροχος υπηρεσιών</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Κωδικός πελάτη</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Πώληση</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Περιθώριο</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Περιθώριο %</translation>
    </message>
    <message>
        <source>Unpriced lines</source>
        <translation>Γραμμές χωρίς τιμή</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Sell price</source>
        <translation>Τιμή πώλησης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Sell and cost per service provider</source>
        <translation>Πώληση και κόστος ανά πάροχο υπηρεσιών</translation>
    </message>
    <message>
        <source>Sell and cost per application</source>
        <translation>Πώληση και κόστος ανά εφαρμογή</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Χρήση</translation>
    </message>
    <message>
        <source>no product of this instance matches</source>
        <translation>κανένα προϊόν αυτού του στιγμιότυπου δεν ταιριάζει</translation>
    </message>
    <message>
        <source>the product has no sell price</source>
        <translation>το προϊόν δεν έχει τιμή πώλησης</translation>
    </message>
    <message>
        <source>too large to price exactly</source>
        <translation>πολύ μεγάλο για ακριβή τιμολόγηση</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Εξαγωγή χρήσης</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 line(s) to %2.</source>
        <translation>Εξήχθησαν %1 γραμμή(ές) στο %2.</translation>
    </message>
    <message>
        <source>These are Acronis&apos; current usage counters: estimates, refreshed every few hours, priced with today&apos;s prices. Invoice from the monthly usage report (choose a closed month).</source>
        <translation>Αυτοί είναι οι τρέχοντες μετρητές χρήσης της Acronis: εκτιμήσεις, που ανανεώνονται κάθε λίγες ώρες, τιμολογημένες με τις σημερινές τιμές. Τιμολογήστε από τη μηνιαία αναφορά χρήσης (επιλέξτε κλεισμένο μήνα).</translation>
    </message>
    <message>
        <source>Usage in %1 from Acronis&apos; usage report, priced with the prices and discount in effect when the month ended.</source>
        <translation>Χρήση τον %1 από την αναφορά χρήσης της Acronis, τιμολογημένη με τις τιμές και την έκπτωση που ίσχυαν στο τέλος του μήνα.</translation>
    </message>
    <message>
        <source>Price list: Get Services Definition of %1.</source>
        <translation>Τιμοκατάλογος: «Λήψη ορισμού υπηρεσιών» της %1.</translation>
    </message>
    <message>
        <source>Some prices are in another currency than %1; their amounts are totalled apart, never added.</source>
        <translation>Ορισμένες τιμές είναι σε άλλο νόμισμα από %1· τα ποσά τους αθροίζονται χωριστά, ποτέ μαζί.</translation>
    </message>
    <message>
        <source>%1 service provider(s): sell %2, cost %3, margin %4; %5 line(s) without a product or price are listed but not counted.</source>
        <translation>%1 πάροχος(οι) υπηρεσιών: πώληση %2, κόστος %3, περιθώριο %4· %5 γραμμή(ές) χωρίς προϊόν ή τιμή εμφανίζονται αλλά δεν μετρώνται.</translation>
    </message>
    <message>
        <source>priced in %1, not %2</source>
        <translation>τιμολογήθηκε σε %1, όχι σε %2</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Δέσμευση</translation>
    </message>
    <message>
        <source>Read Usage to see this choice.</source>
        <translation>Πατήστε «Ανάγνωση χρήσης» για αυτή την επιλογή.</translation>
    </message>
    <message>
        <source>Read Usage to see the usage report of %1.</source>
        <translation>Πατήστε «Ανάγνωση χρήσης» για την αναφορά χρήσης του %1.</translation>
    </message>
    <message>
        <source>Read Usage to see the current usage counters.</source>
        <translation>Πατήστε «Ανάγνωση χρήσης» για τους τρέχοντες μετρητές χρήσης.</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n service provider(s))</source>
        <translation>
            <numerusform>Σύνολο (%n πάροχος υπηρεσιών)</numerusform>
            <numerusform>Σύνολο (%n πάροχοι υπηρεσιών)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csp::UsageService</name>
    <message>
        <source>Batch size: must be 1 to 500 tenants (got %1).</source>
        <translation>Μέγεθος δέσμης: πρέπει να είναι 1 έως 500 tenants (δόθηκε %1).</translation>
    </message>
    <message>
        <source>Month: %1 is not a closed month yet; Acronis reports a month once it is over.</source>
        <translation>Μήνας: ο %1 δεν έχει κλείσει ακόμη· η Acronis αναφέρει έναν μήνα όταν τελειώσει.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no service providers yet: provision or import them first.</source>
        <translation>Το «%1» δεν έχει ακόμη παρόχους υπηρεσιών: παρέχετε ή εισαγάγετέ τους πρώτα.</translation>
    </message>
    <message>
        <source>There is no active or suspended service provider with customer id &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Δεν υπάρχει ενεργός ή σε αναστολή πάροχος υπηρεσιών με κωδικό πελάτη «%1» στο «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Reading the current usage of %n service provider(s)…</source>
        <translation>
            <numerusform>Ανάγνωση της τρέχουσας χρήσης %n παρόχου υπηρεσιών…</numerusform>
            <numerusform>Ανάγνωση της τρέχουσας χρήσης %n παρόχων υπηρεσιών…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Acronis for the usage report of %1…</source>
        <translation>Αίτημα στην Acronis για την αναφορά χρήσης του %1…</translation>
    </message>
    <message>
        <source>Acronis could not generate the usage report %1.</source>
        <translation>Η Acronis δεν μπόρεσε να δημιουργήσει την αναφορά χρήσης %1.</translation>
    </message>
    <message>
        <source>Downloading the usage report…</source>
        <translation>Λήψη της αναφοράς χρήσης…</translation>
    </message>
    <message>
        <source>Acronis is generating the usage report (check %1)…</source>
        <translation>Η Acronis δημιουργεί την αναφορά χρήσης (έλεγχος %1)…</translation>
    </message>
    <message numerus="yes">
        <source>Pricing %n usage line(s)…</source>
        <translation>
            <numerusform>Τιμολόγηση %n γραμμής χρήσης…</numerusform>
            <numerusform>Τιμολόγηση %n γραμμών χρήσης…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>all service providers of &quot;%1&quot;</source>
        <translation>όλων των παρόχων υπηρεσιών του «%1»</translation>
    </message>
    <message>
        <source>Reading the usage report of %1 asked for before…</source>
        <translation>Ανάγνωση της αναφοράς χρήσης του %1 που ζητήθηκε πριν…</translation>
    </message>
    <message>
        <source>The usage report %1 was not ready after %2 checks; try again later (the same report is read then).</source>
        <translation>Η αναφορά χρήσης %1 δεν ήταν έτοιμη μετά από %2 ελέγχους· δοκιμάστε ξανά αργότερα (τότε διαβάζεται η ίδια αναφορά).</translation>
    </message>
    <message>
        <source>The usage report %1 could not be deleted at Acronis (%2); the next run for this month reads it again and deletes it then.</source>
        <translation>Η αναφορά χρήσης %1 δεν διαγράφηκε στην Acronis (%2)· η επόμενη εκτέλεση για αυτόν τον μήνα τη διαβάζει ξανά και τη διαγράφει τότε.</translation>
    </message>
    <message>
        <source>The usage read was not recorded for the month-end reconciliation: %1</source>
        <translation>Η χρήση που διαβάστηκε δεν καταγράφηκε για τη συμφωνία του μήνα: %1</translation>
    </message>
    <message>
        <source>The tenant of %1 (%2) is not at Acronis any more; its usage was not read. The month-end reconciliation flags it.</source>
        <translation>Ο tenant του %1 (%2) δεν υπάρχει πια στην Acronis· η χρήση του δεν διαβάστηκε. Η συμφωνία του μήνα το επισημαίνει.</translation>
    </message>
    <message>
        <source>The tenant %1 is not at Acronis any more; its usage was not read.</source>
        <translation>Ο tenant %1 δεν υπάρχει πια στην Acronis· η χρήση του δεν διαβάστηκε.</translation>
    </message>
    <message>
        <source>The usage report %1 has no csv_v2_0 file to download (it has: %2).</source>
        <translation>Η αναφορά χρήσης %1 δεν έχει αρχείο csv_v2_0 για λήψη (έχει: %2).</translation>
    </message>
    <message>
        <source>The usage report %1 was asked for before this program kept report versions, which Acronis needs to delete it; delete it in the management portal.</source>
        <translation>Η αναφορά χρήσης %1 ζητήθηκε πριν αυτό το πρόγραμμα κρατά εκδόσεις αναφορών, που χρειάζεται η Acronis για να τη διαγράψει· διαγράψτε την στην πύλη διαχείρισης.</translation>
    </message>
</context>
<context>
    <name>csp::WindowSession</name>
    <message>
        <source>Catalogue Database</source>
        <translation>Βάση δεδομένων καταλόγου</translation>
    </message>
</context>
<context>
    <name>csp::acronis::ApiClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>JSON of the wrong shape</source>
        <translation>JSON λάθος μορφής</translation>
    </message>
    <message>
        <source>a body that is not valid JSON (%1 at byte %2)</source>
        <translation>περιεχόμενο που δεν είναι έγκυρο JSON (%1 στο byte %2)</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2), so the connection was refused.</source>
        <translation>Το πιστοποιητικό του %1 δεν είναι έμπιστο (%2), γι’ αυτό η σύνδεση απορρίφθηκε.</translation>
    </message>
    <message numerus="yes">
        <source>The gateway %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>Το gateway %1 δεν απάντησε μέσα σε %n δευτερόλεπτο (%2).</numerusform>
            <numerusform>Το gateway %1 δεν απάντησε μέσα σε %n δευτερόλεπτα (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway %1 could not be reached: %2.</source>
        <translation>Το gateway %1 δεν ήταν προσβάσιμο: %2.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>χωρίς λεπτομέρειες</translation>
    </message>
    <message>
        <source>The gateway refused the client id or secret (%1).</source>
        <translation>Το gateway απέρριψε το client id ή το secret (%1).</translation>
    </message>
    <message>
        <source>The gateway could not issue a token: %1 answered HTTP %2 (%3).</source>
        <translation>Το gateway δεν μπόρεσε να εκδώσει token: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>%1 returned more than %2 MB; the response was refused.</source>
        <translation>Το %1 επέστρεψε περισσότερα από %2 MB· η απάντηση απορρίφθηκε.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>χωρίς κατάσταση HTTP</translation>
    </message>
    <message>
        <source>The gateway refused the access token at %1 (HTTP %2: %3).</source>
        <translation>Η πύλη απέρριψε το διακριτικό πρόσβασης στο %1 (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>The API client is not allowed to do this: %1 answered HTTP %2 (%3).</source>
        <translation>Ο API client δεν επιτρέπεται να το κάνει: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>Not found: %1 answered HTTP %2 (%3).</source>
        <translation>Δεν βρέθηκε: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>Conflict: %1 answered HTTP %2 (%3).</source>
        <translation>Σύγκρουση: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The gateway had a problem: %1 answered HTTP %2 (%3).</source>
        <translation>Η πύλη είχε πρόβλημα: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>The gateway refused the request: %1 answered HTTP %2 (%3).</source>
        <translation>Η πύλη απέρριψε το αίτημα: το %1 απάντησε HTTP %2 (%3).</translation>
    </message>
    <message>
        <source>HTTP %1 %2 (answered by a proxy)</source>
        <translation>HTTP %1 %2 (απάντηση διακομιστή μεσολάβησης)</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>Δεν δόθηκε client secret.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Acronis CSP Setup</source>
        <translation>Acronis CSP Setup</translation>
    </message>
    <message>
        <source>Applications Setup for Acronis Cyber Cloud</source>
        <translation>Ρύθμιση Εφαρμογών για το Acronis Cyber Cloud</translation>
    </message>
    <message>
        <source>Use the catalogue in DIR (also $ACRONIS_CSP_DATA_DIR).</source>
        <translation>Χρήση του καταλόγου στο DIR (επίσης $ACRONIS_CSP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Cannot open the catalogue</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του καταλόγου</translation>
    </message>
    <message>
        <source>Unknown page</source>
        <translation>Άγνωστη σελίδα</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not one of %2.</source>
        <translation>--page: το «%1» δεν είναι ένα από τα %2.</translation>
    </message>
    <message>
        <source>Open on PAGE: setup, products, providers, usage or invoices.</source>
        <translation>Άνοιγμα στη ΣΕΛΙΔΑ: setup, products, providers, usage ή invoices.</translation>
    </message>
    <message>
        <source>Trusted Certificate Authorities</source>
        <translation>Έμπιστες αρχές πιστοποίησης</translation>
    </message>
    <message>
        <source>%1

Only the system&apos;s certificate authorities are trusted until this is corrected (File &gt; Trusted Certificate Authorities).</source>
        <translation>%1

Μέχρι να διορθωθεί αυτό, έμπιστες είναι μόνο οι αρχές πιστοποίησης του συστήματος (Αρχείο &gt; Έμπιστες αρχές πιστοποίησης).</translation>
    </message>
    <message>
        <source>Use the catalogue at URL: sqlite:PATH or postgresql://[USER@]HOST[:PORT]/DBNAME (also $ACRONIS_CSP_DATABASE).</source>
        <translation>Χρήση του καταλόγου στο URL: sqlite:ΔΙΑΔΡΟΜΗ ή postgresql://[ΧΡΗΣΤΗΣ@]HOST[:PORT]/DBNAME (επίσης $ACRONIS_CSP_DATABASE).</translation>
    </message>
    <message>
        <source>Allow sslmode=disable, allow or prefer to a database server on another machine.</source>
        <translation>Να επιτρέπεται sslmode=disable, allow ή prefer προς διακομιστή βάσης σε άλλον υπολογιστή.</translation>
    </message>
</context>
</TS>
