"""The dashboard in a real browser: Playwright drives Debian's chromium (headless) against
``followback serve`` on a demo database: log in, read the charts, approve a batch from the
review queue, answer a complaint. Screenshots of each page go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from followback.domain import Role
from followback.store import open_store
from followback.store.team import TeamRepo

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ADMIN, AGENT, PASSWORD = "e2e-admin", "e2e-agent", "browser test password"
BIN = Path(sys.executable).parent
REPORTS: list[str] = []  # the demo's HTML report, for the phone check
PHONE = {"width": 390, "height": 844}
# The innermost elements that stick out of a phone's width (to say what to fix).
WIDEST = """Array.from(document.querySelectorAll('body *'))
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
    && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
  .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))"""
SAVED_REPLIES = {"sorry": "Sorry {first_name}, {agent} here: we are on it."}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database filled by the demo (a sandbox brand over two simulated days)."""
    workdir = tmp_path_factory.mktemp("demo")
    out = subprocess.run(
        [
            str(BIN / "followback"),
            "demo",
            "--days",
            "2",
            "--followers",
            "400",
            "--dir",
            str(workdir),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    data = json.loads(out.stdout[out.stdout.index("{") :])
    url = data["database"]
    REPORTS.append(str(data["report"]))
    store = open_store(url)
    with store.session() as s:
        team = TeamRepo(s)
        team.add_member(ADMIN, Role.ADMIN, password=PASSWORD)
        team.add_member(AGENT, Role.AGENT, password=PASSWORD)
    store.dispose()
    return str(url)


def _serve(db: str, env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    """``followback serve`` on 127.0.0.1 and a free port, once it answers."""
    port = _free_port()
    proc = subprocess.Popen(
        [str(BIN / "followback"), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, **env},
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/health", timeout=2) as r:  # noqa: S310
                if r.status == 200:
                    return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(
                    f"serve did not start: {proc.stdout.read() if proc.stdout else ''}"
                ) from None
            time.sleep(0.2)


@pytest.fixture(scope="module")
def server(demo_db: str) -> Iterator[str]:
    """``followback serve`` on the demo database."""
    proc, base = _serve(
        demo_db,
        {
            "FOLLOWBACK_CONFIG": "/nonexistent/followback.toml",
            "FOLLOWBACK_INBOX__SAVED_REPLIES": json.dumps(SAVED_REPLIES),
            # Agents' replies wait for an admin's approval (admins never wait).
            "FOLLOWBACK_INBOX__APPROVAL_ROLES": json.dumps(["agent"]),
        },
    )
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if shutil.which("chromium") is None and not Path(CHROMIUM).exists():
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "ensure-chromium.sh")], check=True, timeout=900
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.csp_errors = []  # type: ignore[attr-defined]
    pg.on(
        "console",
        lambda m: pg.csp_errors.append(m.text) if "Content Security Policy" in m.text else None,
    )  # type: ignore[attr-defined]
    yield pg
    assert pg.csp_errors == [], pg.csp_errors  # type: ignore[attr-defined]
    context.close()


def _login(page: object, name: str = ADMIN) -> None:
    page.goto("/login")  # type: ignore[attr-defined]
    page.screenshot(path=str(SHOTS / "login.png"))  # type: ignore[attr-defined]
    page.fill("input[name=name]", name)  # type: ignore[attr-defined]
    page.fill("input[name=password]", PASSWORD)  # type: ignore[attr-defined]
    page.click("button[type=submit]")  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.locator("header.top").count() == 1, page.content()  # type: ignore[attr-defined]


def test_log_in_and_the_charts_render_real_data(page) -> None:  # type: ignore[no-untyped-def]
    _login(page)
    assert page.locator("h1").first.inner_text().startswith("Overview")
    followers = int(page.locator("#stat-followers").inner_text().replace(",", ""))
    assert followers > 400  # the demo brand grew from 400 followers
    charts = page.locator("svg.chart")
    # Followers, daily flow, first response and the listening volume.
    assert charts.count() == 4
    # Followers over time and the daily flow are drawn from data (not the "no data" note).
    assert int(charts.nth(0).get_attribute("data-points")) >= 2
    assert page.locator("svg.chart polyline.series").count() >= 1
    assert page.locator("svg.chart rect.series").count() > 0
    box = charts.nth(0).bounding_box()
    assert box is not None and box["width"] > 200
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)


def test_approve_a_batch_from_the_review_queue(page) -> None:  # type: ignore[no-untyped-def]
    _login(page, AGENT)
    page.goto("/queue")
    total_before = int(page.locator("h1 small").inner_text().split()[0])
    assert total_before > 3
    boxes = page.locator("input.pick")
    picked = [boxes.nth(i).get_attribute("value") for i in range(3)]
    for i in range(3):
        boxes.nth(i).check()
    page.screenshot(path=str(SHOTS / "queue.png"), full_page=False)
    page.click("#approve-selected")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text() == "Approved 3 accounts."
    total_after = int(page.locator("h1 small").inner_text().split()[0])
    assert total_after == total_before - 3
    remaining = {boxes.nth(i).get_attribute("value") for i in range(boxes.count())}
    assert not remaining & set(picked)
    page.goto("/audit?q=approve")
    assert page.locator("table tbody tr").count() >= 3
    page.screenshot(path=str(SHOTS / "audit.png"), full_page=False)


def test_select_all_checks_every_box(page) -> None:  # type: ignore[no-untyped-def]
    _login(page, AGENT)
    page.goto("/queue")
    page.check("#select-all")
    boxes = page.locator("input.pick")
    assert boxes.count() > 0
    assert all(boxes.nth(i).is_checked() for i in range(boxes.count()))


def test_answer_a_complaint(page) -> None:  # type: ignore[no-untyped-def]
    _login(page, ADMIN)
    page.goto("/inbox?complaints=1")
    page.screenshot(path=str(SHOTS / "inbox.png"), full_page=False)
    assert page.locator("tr.conv").count() > 0
    page.locator("tr.conv a.open-thread").first.click()
    page.wait_for_selector("#reply-form")
    reply = "Sorry about this! A replacement is on its way today."
    page.fill("#reply-text", reply)
    page.click("#reply-form button[type=submit]")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text() == "Reply sent."
    out = page.locator("article.msg.out .text")
    assert reply in [out.nth(i).inner_text() for i in range(out.count())]
    page.screenshot(path=str(SHOTS / "thread.png"), full_page=True)


def test_screenshots_of_the_other_pages(page) -> None:  # type: ignore[no-untyped-def]
    _login(page)
    pages = [
        ("/settings", "settings", "#policy-form"),
        ("/team", "team", "#add-member"),
        ("/accounts", "accounts", "table.card.table"),  # the accounts, not the rules table
    ]
    for path, name, marker in pages:
        response = page.goto(path)
        assert response is not None and response.status == 200
        assert page.locator(marker).count() == 1, path
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _accept_dialogs(page: object) -> None:
    page.on("dialog", lambda d: d.accept())  # type: ignore[attr-defined]


def test_approve_everything_matching_a_filter_then_undo(page) -> None:  # type: ignore[no-untyped-def]
    _login(page, AGENT)
    _accept_dialogs(page)
    page.goto("/queue?state=pending&verdict=review")
    count = int(page.locator("#bulk-count").inner_text().replace(",", ""))
    assert count > 0
    assert page.locator("#approve-all").inner_text() == f"Approve all {count:,}"
    page.click("#approve-all")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text() == f"Approved all {count} matching accounts."
    page.screenshot(path=str(SHOTS / "queue-approved-all.png"), full_page=False)
    page.click("#undo-form button[type=submit]")
    page.wait_for_selector("#undo-summary")
    assert f"Undone: {count} back in review" in page.locator("#undo-summary").inner_text()
    rows = page.locator("ul.undo-list li")
    assert rows.count() == count
    first = rows.first.inner_text()
    assert "@" in first and "back in review" in first
    page.screenshot(path=str(SHOTS / "undo.png"), full_page=True)
    page.goto("/queue?state=pending&verdict=review")
    assert int(page.locator("#bulk-count").inner_text().replace(",", "")) == count


def test_a_complaint_from_its_alert_to_assignment_to_saved_reply_to_handoff_to_done(  # type: ignore[no-untyped-def]
    page, browser, server, demo_db
) -> None:
    from sqlalchemy import String, select

    from followback.store.tables import ConversationRow, NotificationRow

    _login(page, AGENT)
    page.goto("/inbox?complaints=1")
    assert "Showing 1–" in page.locator("#inbox-count").inner_text()
    # It starts from the alert a severe complaint raised (the link a notification carries):
    # the last one of a public, open, unanswered complaint, apart from those other tests take.
    store = open_store(demo_db)
    with store.session() as s:
        alerts = list(
            s.scalars(
                select(NotificationRow.url)
                .join(
                    ConversationRow,
                    NotificationRow.url == "/inbox/" + ConversationRow.id.cast(String),
                )
                .where(
                    NotificationRow.kind == "inbox.severe_complaint",
                    ConversationRow.channel == "public",
                    ConversationRow.status == "open",
                    ConversationRow.automated_replies == 0,
                    ConversationRow.first_response_at.is_(None),
                )
                .order_by(NotificationRow.id.desc())
            )
        )
    store.dispose()
    assert alerts, "the demo raised no severe-complaint alert"
    page.goto(alerts[0])
    page.wait_for_selector("#reply-form")
    assert "complaint · severity" in page.locator(".head").inner_text()
    url = page.url
    page.select_option("select[name=member]", AGENT)
    page.click("form[action$='/assign'] button[type=submit]")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text() == f"Assigned to {AGENT}."
    # The assignee is told (a notification queued with the assignment).
    store = open_store(demo_db)
    with store.session() as s:
        told = list(
            s.scalars(select(NotificationRow.title).where(NotificationRow.kind == "inbox.assigned"))
        )
    store.dispose()
    assert any(AGENT in t for t in told)
    # A saved reply, filled in with the customer's first name and the agent's name.
    page.select_option("#saved-reply", label="sorry")
    text = page.input_value("#reply-text")
    assert text.startswith("Sorry ") and f"{AGENT} here" in text
    assert page.locator("#reply-counter").inner_text() == f"{len(text)} / 500"
    page.click("#reply-form button[type=submit]")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text() == "Your reply waits for an approver."
    # An admin approves it (on a phone), and it is sent as the agent's.
    admin_ctx = browser.new_context(base_url=server, viewport=PHONE, is_mobile=True)
    admin = admin_ctx.new_page()
    _login(admin, ADMIN)
    admin.goto(url)
    admin.click("form.approve-draft button.primary")
    admin.wait_for_selector(".flash")
    assert admin.locator(".flash").inner_text() == "Reply approved and sent."
    admin.screenshot(path=str(SHOTS / "phone-approved-reply.png"), full_page=True)
    admin_ctx.close()
    page.goto(url)
    sent = page.locator("article.msg.out .text")
    assert text in [sent.nth(i).inner_text() for i in range(sent.count())]
    # The hand-off: read, edit, post.
    page.click("#handoff-link")
    page.wait_for_selector("#handoff-form")
    page.screenshot(path=str(SHOTS / "handoff.png"), full_page=True)
    page.fill("#handoff-text", "Could you send us a DM with your order number?")
    assert page.locator("#handoff-counter").inner_text().endswith("/ 500")
    page.click("#handoff-send")
    page.wait_for_selector(".flash")
    assert page.locator(".flash").inner_text().startswith("Invited to continue in private.")
    sent = page.locator("article.msg.out .text")
    texts = [sent.nth(i).inner_text() for i in range(sent.count())]
    assert "Could you send us a DM with your order number?" in texts
    # Done: straight on to the next conversation, with the one just closed a click away.
    page.click("#done-form button[type=submit]")
    page.wait_for_selector(".flash")
    assert "marked done; here is the next one" in page.locator(".flash").inner_text()
    assert page.url != url
    page.click("#previous-done")
    page.wait_for_selector("#reopen-form")


def test_people_are_named_by_handle_on_every_page(page) -> None:  # type: ignore[no-untyped-def]
    _login(page)
    # An approval of its own, so the audit page has one whatever ran before.
    page.goto("/queue")
    page.locator("input.pick").first.check()
    page.click("#approve-selected")
    page.wait_for_selector(".flash")
    for path in ("/queue", "/inbox", "/audit?q=approve"):
        page.goto(path)
        handles = page.locator(".handle")
        assert handles.count() > 0, path
        for i in range(min(handles.count(), 30)):
            text = handles.nth(i).inner_text().strip()
            assert text.startswith("@") and not text[1:].isdigit(), (path, text)
    # The audit log's details are words, not Python dicts.
    page.goto("/audit")
    assert "{'" not in page.locator("table").inner_text()


def test_every_page_fits_a_phone(browser, server) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(base_url=server, viewport=PHONE, is_mobile=True)
    page = context.new_page()
    _login(page, ADMIN)
    page.goto("/inbox")
    conversation = page.locator("tr.conv a.open-thread").first.get_attribute("href")
    paths = [
        ("/", "overview"),
        ("/retention", "retention"),
        ("/queue", "queue"),
        ("/inbox", "inbox"),
        (conversation, "thread"),
        ("/audit", "audit"),
        ("/settings", "settings"),
        ("/team", "team"),
        ("/accounts", "accounts"),
        ("/listening", "listening"),
        ("/saved-replies", "saved-replies"),
    ]
    wide = {}
    for path, name in paths:
        response = page.goto(path)
        assert response is not None and response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide[path] = (width, page.evaluate(WIDEST))
        page.screenshot(path=str(SHOTS / f"phone-{name}.png"), full_page=True)
    if REPORTS:
        page.goto(Path(REPORTS[0]).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            wide["report"] = (width, page.evaluate(WIDEST))
        page.screenshot(path=str(SHOTS / "phone-report.png"), full_page=True)
    context.close()
    assert wide == {}, f"wider than a 390-pixel phone: {wide}"


@pytest.mark.bluesky
@pytest.mark.skipif(
    not os.environ.get("FOLLOWBACK_TEST_BLUESKY_URL"), reason="no local AT Protocol network"
)
def test_first_day_init_then_log_in_and_connect_from_the_dashboard(  # type: ignore[no-untyped-def]
    browser, tmp_path: Path
) -> None:
    from connector_support import BLUESKY_URL, bluesky_account

    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    env = {
        "FOLLOWBACK_KEY_FILE": str(tmp_path / "secret.key"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # a server: no keyring
        "FOLLOWBACK_CONFIG": str(tmp_path / "followback.toml"),
    }
    init = subprocess.run(
        [str(BIN / "followback"), "init", "--db", db, "--admin", "boss", "--password-stdin"],
        input=f"{PASSWORD}\n",
        cwd=tmp_path,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "admin login: boss" in init.stdout
    proc, base = _serve(db, env)
    try:
        context = browser.new_context(base_url=base, viewport=PHONE, is_mobile=True)
        page = context.new_page()
        _login(page, "boss")
        page.goto("/accounts")
        assert page.locator("#connect[open]").count() == 1  # nothing connected yet
        account = bluesky_account("day")
        page.select_option("#connect-platform", "bluesky")
        page.fill("#connect-handle", account["handle"])
        page.fill("#connect-server", str(BLUESKY_URL))
        page.fill("#connect-secret", account["appPassword"])
        page.click("#connect-submit")
        page.wait_for_selector(".flash")
        assert page.locator(".flash").inner_text() == (
            f"Connected bluesky account {account['handle']}."
        )
        assert account["handle"] in page.locator("table.card.table").inner_text()
        page.screenshot(path=str(SHOTS / "phone-first-day-connected.png"), full_page=True)
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_two_members_see_each_other_in_a_conversation(browser, server) -> None:  # type: ignore[no-untyped-def]
    agent_ctx = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    admin_ctx = browser.new_context(base_url=server, viewport=PHONE, is_mobile=True)
    agent, admin = agent_ctx.new_page(), admin_ctx.new_page()
    _login(agent, AGENT)
    agent.goto("/inbox")
    conversation = agent.locator("tr.conv a.open-thread").first.get_attribute("href")
    agent.goto(conversation)
    agent.fill("#reply-text", "Looking into it")
    agent.locator("#reply-text").press("End")  # an input event: the typing heartbeat
    agent.wait_for_timeout(500)
    _login(admin, ADMIN)
    admin.goto(conversation)
    from playwright.sync_api import expect

    # (A locator wait: a JavaScript-string wait would be refused by the page's CSP.)
    expect(admin.locator("#presence")).to_have_text(f"Also here: {AGENT} (typing…)")
    admin.screenshot(path=str(SHOTS / "phone-presence.png"), full_page=True)
    agent_ctx.close()
    admin_ctx.close()


@pytest.mark.mastodon
@pytest.mark.skipif(
    not (
        os.environ.get("FOLLOWBACK_TEST_MASTODON_URL")
        and os.environ.get("FOLLOWBACK_TEST_MASTODON_LOGIN")
    ),
    reason="no snac2 OAuth login (FOLLOWBACK_TEST_MASTODON_LOGIN)",
)
def test_connect_mastodon_from_the_dashboard_by_signing_in_on_the_server(  # type: ignore[no-untyped-def]
    browser, tmp_path: Path
) -> None:
    """OAuth end to end in a browser: the dashboard sends the admin to snac2's sign-in
    page, snac2 sends them back with a code, the account is connected."""
    server_url = os.environ["FOLLOWBACK_TEST_MASTODON_URL"]
    user, password = os.environ["FOLLOWBACK_TEST_MASTODON_LOGIN"].split(":", 1)
    db = f"sqlite:///{tmp_path / 'oauth.db'}"
    env = {
        "FOLLOWBACK_KEY_FILE": str(tmp_path / "secret.key"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "FOLLOWBACK_CONFIG": str(tmp_path / "followback.toml"),
    }
    subprocess.run(
        [str(BIN / "followback"), "init", "--db", db, "--admin", "boss", "--password-stdin"],
        input=f"{PASSWORD}\n",
        cwd=tmp_path,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    proc, base = _serve(db, env)
    try:
        context = browser.new_context(base_url=base, viewport=PHONE, is_mobile=True)
        page = context.new_page()
        _login(page, "boss")
        page.goto("/accounts")
        page.select_option("#oauth-platform", "mastodon")
        page.fill("#oauth-server", server_url)
        page.click("#oauth-submit")
        page.wait_for_selector("input[name=passwd]")  # snac2's own sign-in page
        assert page.url.startswith(f"{server_url}/oauth/authorize?")
        page.fill("input[name=login]", user)
        page.fill("input[name=passwd]", password)
        page.click("input[type=submit]")
        page.wait_for_selector(".flash")
        host = server_url.split("://", 1)[1]
        assert page.locator(".flash").inner_text() == (f"Connected mastodon account {user}@{host}.")
        assert page.url.startswith(f"{base}/accounts")
        page.screenshot(path=str(SHOTS / "phone-oauth-connected.png"), full_page=True)
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_check_a_customers_verified_links_from_the_contact_panel(page) -> None:  # type: ignore[no-untyped-def]
    _login(page, AGENT)
    page.goto("/inbox")
    page.goto(page.locator("tr.conv a.open-thread").first.get_attribute("href"))
    page.click("#suggest-links")
    # The demo's sandbox people have no verified links: nothing is suggested, nothing linked.
    from playwright.sync_api import expect

    expect(page.locator("#link-suggestions")).to_have_text(
        "No verified link points to someone who wrote to us.", timeout=20000
    )
    assert "not linked" in page.locator("#linked-identities").inner_text()
