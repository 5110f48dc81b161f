#!/usr/bin/env python3
"""Drives the Applications Setup form of a running acronis-csp-setup through AT-SPI, as a screen
reader user would: finds each of the seven fields by its label, fills it in, saves, and reads the
saved instance back from the form. Exits 0 on success, 1 with the reason otherwise."""
import os
import sys
import time

import pyatspi

FIELDS = [  # label as read out, value to enter
    ("System Name", "Screen Reader EU"),
    ("Gateway", "https://eu2-cloud.acronis.com"),
    ("Client Id", "7b2e4f1a-9c3d-4e5b-8a6f-1d0c2b3a4e56"),
    ("Client Secret", "a11y-secret-value"),
    ("Distributor Discount (%)", "17.5"),
    ("Primary Currency", "CHF"),
    ("Update Product Names", "Keep the names of the first run"),
]


def fail(message):
    print("FAIL: " + message, flush=True)
    sys.exit(1)


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def alive(pid):
    """Whether the process runs (an exited one not yet reaped is a zombie, state Z)."""
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def find_app(name, pid=None, timeout=30):
    """The application `name` once it is on the accessibility bus; exit 3 should its process
    (`pid`) end first."""
    desktop = pyatspi.Registry.getDesktop(0)
    end = time.time() + timeout
    while time.time() < end:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        if pid is not None and not alive(pid):
            print("FAIL: the window exited before it appeared on the accessibility bus", flush=True)
            sys.exit(3)
        time.sleep(0.05)
    fail("%s never appeared on the accessibility bus" % name)


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def field_by_label(app, label):
    """The control a label names: Qt gives a buddy the label's text as its accessible name and
    relates the two (LABEL_FOR); both ways are accepted, the label itself is not."""
    wanted = label.lower()
    for node in walk(app):
        if node.getRole() == pyatspi.ROLE_LABEL and node.name.replace("&", "").rstrip(":").lower() == wanted:
            for relation in node.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABEL_FOR and relation.getNTargets():
                    return relation.getTarget(0)
    for node in walk(app):
        if node.getRole() != pyatspi.ROLE_LABEL and node.name.replace("&", "").rstrip(":").lower() == wanted \
                and showing(node):
            return node
    fail("no control is labelled \"%s\"" % label)


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return node.name


def fill(node, value, label):
    role = node.getRole()
    if role == pyatspi.ROLE_COMBO_BOX:
        choose(node, value, label)
        return
    try:
        editable = node.queryEditableText()
    except NotImplementedError:
        fail("\"%s\" (%s) cannot be typed into" % (label, node.getRoleName()))
    editable.setTextContents(value)


def choose(combo, value, label):
    # An editable combo takes the text; a plain one is opened and the entry pressed.
    for node in walk(combo):
        if node is not combo and node.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
            node.queryEditableText().setTextContents(value)
            return
    # A plain one as a keyboard user does it: focused (a click: without a window manager X
    # gives the keyboard to what was clicked), the list the click opened closed again with
    # Escape, then Down until it shows the entry. Each step waits for what it causes.
    box = combo.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    wait_for(lambda: popup_open(combo), "\"%s\" opened no list when clicked" % label)
    pyatspi.Registry.generateKeyboardEvent(0xFF1B, None, pyatspi.KEY_SYM)  # Escape
    wait_for(lambda: not popup_open(combo) and focused(combo),
             "\"%s\" kept its list open or lost the focus after Escape" % label)
    for _ in range(len(FIELDS)):
        if combo.name == value:
            return
        before = combo.name
        pyatspi.Registry.generateKeyboardEvent(0xFF54, None, pyatspi.KEY_SYM)  # Down
        if not waited(lambda: combo.name != before, timeout=5):
            break  # the last entry: Down moves no further
    fail("\"%s\" offers no \"%s\" (it shows \"%s\")" % (label, value, combo.name))


def focused(node):
    return node.getState().contains(pyatspi.STATE_FOCUSED)


def popup_open(combo):
    """Whether the combo's list of entries is shown (Qt gives the combo a list child)."""
    return any(node is not combo and node.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_MENU)
               and showing(node) for node in walk(combo))


def press(app, name):
    for node in walk(app):
        if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and node.name.replace("&", "") == name and showing(node):
            action = node.queryAction()
            for i in range(action.nActions):
                if action.getName(i) in ("Press", "press", "click"):
                    action.doAction(i)
                    return
            action.doAction(0)
            return
    fail("no button \"%s\"" % name)


def waited(check, timeout=15):
    """Polls `check` until it holds (True) or `timeout` seconds have passed (False)."""
    end = time.time() + timeout
    while time.time() < end:
        if check():
            return True
        time.sleep(0.05)
    return check()


def wait_for(check, what, timeout=15):
    if not waited(check, timeout):
        fail(what)


def main():
    app = find_app(sys.argv[1] if len(sys.argv) > 1 else "acronis-csp",
                   int(sys.argv[2]) if len(sys.argv) > 2 else None)
    wait_for(lambda: any(n.getRole() == pyatspi.ROLE_PUSH_BUTTON for n in walk(app)),
             "the window shows no buttons")
    # A first start greets with one button; pressing it opens the form.
    press(app, "Link an Acronis Account")
    fields = {label: field_by_label(app, label) for label, _ in FIELDS}
    wait_for(lambda: showing(fields["System Name"]), "the form did not open")
    for label, value in FIELDS:
        fill(fields[label], value, label)
    press(app, "Save")
    # Saved: the instance is in the list under its name, and the form shows what was stored.
    wait_for(lambda: any(n.getRole() in (pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL)
                         and n.name == "Screen Reader EU" for n in walk(app)),
             "the saved instance is not listed")
    for label, value in FIELDS:
        node = fields[label]
        if label == "Client Secret":
            continue  # never read back: the keychain holds it, the field stays empty
        if node.getRole() == pyatspi.ROLE_COMBO_BOX:
            shown = node.name if label == "Update Product Names" else text_of(node)
            if label == "Primary Currency":
                shown = text_of(node) or node.name
            if value not in shown and not shown.startswith(value):
                # a combo's accessible value is its current text
                try:
                    shown = node.queryValue().currentValue
                except NotImplementedError:
                    pass
        else:
            shown = text_of(node)
        if value not in str(shown):
            fail("\"%s\" reads \"%s\" after saving, not \"%s\"" % (label, shown, value))
    print("OK: seven fields found by their labels, filled, saved and read back", flush=True)


if __name__ == "__main__":
    main()
