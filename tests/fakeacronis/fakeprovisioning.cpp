// The provisioning side of the fake: tenants, users, offering items, tier settings.
#include "fakeacronis.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace csp::test {

namespace {

QString fakeUuid(const char *prefix, int serial)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
            .arg(QLatin1String(prefix))
            .arg(serial, 12, 10, QLatin1Char('0'));
}

const QString platformApplication = QStringLiteral("7459244f-68f3-3bf4-9f53-5f63ecc1d91f");

} // namespace

QList<QJsonObject> FakeAcronis::children(const QString &parentId) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &tenant : m_tenants) {
        if (tenant.value(u"parent_id").toString() == parentId)
            found.append(tenant);
    }
    std::sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"id").toString() < b.value(u"id").toString();
    });
    return found;
}

QList<QJsonObject> FakeAcronis::tenantsWithCustomerId(const QString &customerId) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &tenant : m_tenants) {
        if (tenant.value(u"customer_id").toString() == customerId)
            found.append(tenant);
    }
    return found;
}

void FakeAcronis::addPartners(const QString &parentId, int count)
{
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        QJsonObject tenant{
                {QStringLiteral("id"), fakeUuid("aaaaaaaa", i)},
                {QStringLiteral("version"), 1},
                {QStringLiteral("name"), QString(QStringLiteral("Partner ") + number)},
                {QStringLiteral("kind"), QStringLiteral("partner")},
                {QStringLiteral("parent_id"), parentId},
                {QStringLiteral("enabled"), bool(i % 5 != 0)},
                {QStringLiteral("language"), QStringLiteral("en")},
                {QStringLiteral("pricing_mode"), QStringLiteral("production")},
                {QStringLiteral("created_at"),
                 QStringLiteral("2025-%1-01T08:00:00Z").arg(i % 12 + 1, 2, 10, QLatin1Char('0'))}};
        // Tier 1 … Tier 5 and none, in turn; every seventh partner without a tier of its own.
        if (i % 7 != 0)
            m_tierLevels.insert(fakeUuid("aaaaaaaa", i), i % 6 - 1);
        tenant.insert(QStringLiteral("customer_id"),
                      i % 3 == 0 ? QJsonValue() : QJsonValue(QStringLiteral("ERP-") + number));
        addTenant(tenant);
    }
}

void FakeAcronis::bumpVersion(const QString &tenantId)
{
    QJsonObject &tenant = m_tenants[tenantId];
    tenant.insert(QStringLiteral("version"), tenant.value(u"version").toInteger() + 1);
}

std::optional<int> FakeAcronis::tierLevel(const QString &tenantId) const
{
    if (!m_tierLevels.contains(tenantId))
        return std::nullopt;
    return m_tierLevels.value(tenantId);
}

void FakeAcronis::addUser(const QString &tenantId, const QString &login)
{
    const QString id = fakeUuid("bbbbbbbb", ++m_created);
    m_users.insert(id,
                   QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("tenant_id"), tenantId},
                               {QStringLiteral("login"), login}});
}

namespace {

QString itemKey(const QJsonObject &item)
{
    return item.value(u"application_id").toString() + u'|' + item.value(u"name").toString() + u'|' +
            item.value(u"edition").toString() + u'|' + item.value(u"infra_id").toString();
}

} // namespace

// As Acronis does: the items in a PUT change; the tenant's other items stay as they were. A
// tenant's item carries the catalogue's fields (type, unit) with its own status.
void FakeAcronis::mergeTenantItems(const QString &tenantId, const QJsonArray &changed)
{
    QJsonArray items = m_tenantItems.value(tenantId);
    for (const QJsonValue &value : changed) {
        QJsonObject item = value.toObject();
        for (const QJsonValue &offered : std::as_const(m_catalogue)) {
            if (itemKey(offered.toObject()) == itemKey(item)) {
                QJsonObject full = offered.toObject();
                full.insert(QStringLiteral("status"), item.value(u"status"));
                full.insert(QStringLiteral("tenant_id"), tenantId);
                item = full;
                break;
            }
        }
        bool replaced = false;
        for (qsizetype i = 0; i < items.size() && !replaced; ++i) {
            if (itemKey(items[i].toObject()) == itemKey(item)) {
                items[i] = item;
                replaced = true;
            }
        }
        if (!replaced)
            items.append(item);
    }
    m_tenantItems.insert(tenantId, items);
}

QJsonArray FakeAcronis::enabledItems(const QString &tenantId) const
{
    QJsonArray enabled;
    for (const QJsonValue &item : m_tenantItems.value(tenantId)) {
        if (item.toObject().value(u"status").toInt() == 1)
            enabled.append(item);
    }
    return enabled;
}

std::optional<FakeAcronis::Reply> FakeAcronis::routeProvisioning(const QString &method,
                                                                 const QStringList &segments,
                                                                 const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto is = [&](const char *verb, std::initializer_list<const char *> shape) {
        if (method != QLatin1String(verb) || segments.size() != qsizetype(shape.size()))
            return false;
        qsizetype i = 0;
        for (const char *part : shape) {
            if (qstrcmp(part, "*") != 0 && segments[i] != QLatin1String(part))
                return false;
            ++i;
        }
        return true;
    };
    if (auto reply = routeUsage(method, segments, request))
        return reply;
    if (is("GET", {"tenants"}))
        return childTenants(request);
    if (is("POST", {"tenants"}))
        return createTenant(body);
    if (is("PUT", {"tenants", "*"}))
        return updateTenant(segments[1], body);
    if (is("DELETE", {"tenants", "*"}))
        return deleteTenant(segments[1], request);
    if (is("PUT", {"tenants", "*", "offering_items"})) {
        if (!m_tenants.contains(segments[1]))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        const QJsonArray changed = body.value(u"offering_items").toArray();
        mergeTenantItems(segments[1], changed);
        return json(200, {{QStringLiteral("items"), changed}});
    }
    if (is("GET", {"tenants", "*", "offering_items"})) {
        if (!m_tenants.contains(segments[1]))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        return json(200, {{QStringLiteral("items"), m_tenantItems.value(segments[1])}});
    }
    if (is("PUT", {"applications", "*", "settings", "tenants", "*", "tier_level_value"})) {
        if (segments[1] != platformApplication || !m_tenants.contains(segments[4]))
            return error(404, 404, QStringLiteral("Not found"));
        if (m_tenants.value(segments[4]).value(u"kind").toString() != u"partner")
            return error(400, 400, QStringLiteral("The setting applies to partner tenants only"));
        m_tierLevels.insert(segments[4], body.value(u"value").toInt());
        return Reply(204);
    }
    if (is("GET", {"applications", "*", "settings", "tenants", "*", "tier_level_value"})) {
        if (segments[1] != platformApplication || !m_tenants.contains(segments[4]))
            return error(404, 404, QStringLiteral("Not found"));
        const QJsonValue own = m_tierLevels.contains(segments[4])
                ? QJsonValue(QJsonObject{{QStringLiteral("value"), m_tierLevels.value(segments[4])},
                                         {QStringLiteral("lock"), false},
                                         {QStringLiteral("exclusive"), false}})
                : QJsonValue();
        return json(200,
                    {{QStringLiteral("name"), QStringLiteral("tier_level_value")},
                     {QStringLiteral("own"), own},
                     {QStringLiteral("effective"), QJsonValue()}});
    }
    if (is("GET", {"users", "check_login"})) {
        const QString login =
                request.query().queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        for (const QJsonObject &user : std::as_const(m_users)) {
            if (user.value(u"login").toString().compare(login, Qt::CaseInsensitive) == 0)
                return Reply(409);
        }
        return Reply(204);
    }
    if (is("POST", {"users"}))
        return createUser(body);
    if (is("GET", {"users", "*"})) {
        if (!m_users.contains(segments[1]))
            return error(404, 404, QStringLiteral("User not found"));
        return json(200, m_users.value(segments[1]));
    }
    if (is("GET", {"tenants", "*", "users"})) {
        QJsonArray ids;
        for (const QJsonObject &user : std::as_const(m_users)) {
            if (user.value(u"tenant_id").toString() == segments[1])
                ids.append(user.value(u"id"));
        }
        return json(200, {{QStringLiteral("items"), ids}});
    }
    if (is("PUT", {"users", "*", "access_policies"})) {
        if (!m_users.contains(segments[1]))
            return error(404, 404, QStringLiteral("User not found"));
        m_policies.insert(segments[1], body.value(u"items").toArray());
        return json(200, body);
    }
    if (is("POST", {"users", "*", "send-activation-email"})) {
        if (!m_users.contains(segments[1]))
            return error(404, 404, QStringLiteral("User not found"));
        m_activationMails.append(segments[1]);
        return Reply(204);
    }
    return std::nullopt;
}

FakeAcronis::Reply FakeAcronis::childTenants(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QList<QJsonObject> all = children(query.queryItemValue(QStringLiteral("parent_id")));
    const int start = query.queryItemValue(QStringLiteral("after")).toInt();
    int size = query.queryItemValue(QStringLiteral("limit")).toInt();
    if (size <= 0)
        size = 100;
    if (m_pageSize > 0)
        size = std::min(size, m_pageSize);
    QJsonArray slice;
    for (qsizetype i = start; i < all.size() && i < start + size; ++i)
        slice.append(all.at(i));
    QJsonObject cursors;
    if (start + size < all.size())
        cursors.insert(QStringLiteral("after"), QString::number(start + size));
    return json(200,
                {{QStringLiteral("timestamp"), QStringLiteral("2026-11-24T10:00:00Z")},
                 {QStringLiteral("items"), slice},
                 {QStringLiteral("paging"), QJsonObject{{QStringLiteral("cursors"), cursors}}}});
}

FakeAcronis::Reply FakeAcronis::createTenant(const QJsonObject &body)
{
    const QString parentId = body.value(u"parent_id").toString();
    if (body.value(u"name").toString().isEmpty() || body.value(u"kind").toString().isEmpty() ||
        !m_tenants.contains(parentId))
        return error(400, 400, QStringLiteral("Bad Request"));
    for (const QJsonObject &tenant : std::as_const(m_tenants)) {
        if (tenant.value(u"name").toString() == body.value(u"name").toString())
            return error(409, 1004, QStringLiteral("Tenant name conflict"));
    }
    QJsonObject tenant = body;
    tenant.insert(QStringLiteral("id"), fakeUuid("cccccccc", ++m_created));
    tenant.insert(QStringLiteral("version"), 1);
    tenant.insert(QStringLiteral("enabled"), body.value(u"enabled").toBool(true));
    const bool partner = body.value(u"kind").toString() == u"partner";
    tenant.insert(QStringLiteral("pricing_mode"),
                  partner ? QStringLiteral("production") : QStringLiteral("trial"));
    const QDateTime created =
            m_creationTime.isValid() ? m_creationTime : QDateTime::currentDateTimeUtc();
    tenant.insert(QStringLiteral("created_at"), created.toString(Qt::ISODate));
    addTenant(tenant);
    return json(201, tenant);
}

FakeAcronis::Reply FakeAcronis::updateTenant(const QString &id, const QJsonObject &body)
{
    if (!m_tenants.contains(id))
        return error(404, 1005, QStringLiteral("Tenant not found"));
    QJsonObject &tenant = m_tenants[id];
    if (!body.contains(u"version"))
        return error(400, 400, QStringLiteral("version: this key is required"));
    if (body.value(u"version").toInteger() != tenant.value(u"version").toInteger())
        return json(409, fixture(QStringLiteral("error_409_version_mismatch.json")));
    for (auto field = body.begin(); field != body.end(); ++field) {
        if (field.key() != u"version")
            tenant.insert(field.key(), field.value());
    }
    tenant.insert(QStringLiteral("version"), tenant.value(u"version").toInteger() + 1);
    return json(200, tenant);
}

FakeAcronis::Reply FakeAcronis::deleteTenant(const QString &id, const QHttpServerRequest &request)
{
    if (!m_tenants.contains(id))
        return error(404, 1005, QStringLiteral("Tenant not found"));
    const QJsonObject tenant = m_tenants.value(id);
    if (tenant.value(u"enabled").toBool(true))
        return json(400, fixture(QStringLiteral("error_400_delete_enabled_tenant.json")));
    if (request.query().queryItemValue(QStringLiteral("version")).toLongLong() !=
        tenant.value(u"version").toInteger())
        return json(409, fixture(QStringLiteral("error_409_version_mismatch.json")));
    m_tenants.remove(id);
    m_tenantItems.remove(id);
    m_tierLevels.remove(id);
    return Reply(204);
}

FakeAcronis::Reply FakeAcronis::createUser(const QJsonObject &body)
{
    const QString login = body.value(u"login").toString();
    if (login.isEmpty() || !m_tenants.contains(body.value(u"tenant_id").toString()))
        return error(400, 400, QStringLiteral("Bad Request"));
    for (const QJsonObject &user : std::as_const(m_users)) {
        if (user.value(u"login").toString().compare(login, Qt::CaseInsensitive) == 0)
            return error(409, 409, QStringLiteral("Login is already taken"));
    }
    QJsonObject user = fixture(QStringLiteral("user.json"));
    const QString id = fakeUuid("dddddddd", ++m_created);
    user.insert(QStringLiteral("id"), id);
    user.insert(QStringLiteral("tenant_id"), body.value(u"tenant_id"));
    user.insert(QStringLiteral("login"), login);
    user.insert(QStringLiteral("contact"), body.value(u"contact"));
    user.insert(QStringLiteral("language"), body.value(u"language").toString(QStringLiteral("en")));
    m_users.insert(id, user);
    return json(200, user);
}

} // namespace csp::test
