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

void insertMissing(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!object.contains(key))
        object.insert(key, value);
}

} // namespace

// A tenant with every field the document requires, those a test leaves out filled as Acronis
// fills them for a new tenant.
QJsonObject FakeAcronis::documentTenant(QJsonObject tenant)
{
    const QString id = tenant.value(u"id").toString();
    const QString created =
            tenant.value(u"created_at").toString(acronisTime(QDateTime::currentDateTimeUtc()));
    const bool partner = tenant.value(u"kind").toString() == u"partner";
    insertMissing(tenant, QStringLiteral("version"), 1);
    insertMissing(tenant, QStringLiteral("created_at"), created);
    insertMissing(tenant, QStringLiteral("updated_at"), created);
    insertMissing(tenant, QStringLiteral("deleted_at"), QJsonValue());
    insertMissing(tenant, QStringLiteral("customer_type"), QStringLiteral("default"));
    insertMissing(tenant, QStringLiteral("customer_id"), QJsonValue());
    insertMissing(tenant, QStringLiteral("contacts"), QJsonArray());
    insertMissing(tenant, QStringLiteral("enabled"), true);
    insertMissing(tenant, QStringLiteral("brand_id"), QJsonValue());
    insertMissing(tenant, QStringLiteral("brand_uuid"),
                  QStringLiteral("14dc11ca-2b16-43bb-8ba4-2a3545c214a0"));
    insertMissing(tenant, QStringLiteral("brand_enabled"), false);
    insertMissing(tenant, QStringLiteral("barrier"), 1);
    insertMissing(tenant, QStringLiteral("internal_tag"), QJsonValue());
    insertMissing(tenant, QStringLiteral("language"), QStringLiteral("en"));
    insertMissing(tenant, QStringLiteral("owner_id"), QJsonValue());
    insertMissing(tenant, QStringLiteral("has_children"), false);
    insertMissing(tenant, QStringLiteral("default_idp_id"),
                  QStringLiteral("11111111-1111-1111-1111-111111111111"));
    insertMissing(tenant, QStringLiteral("update_lock"),
                  QJsonObject{{QStringLiteral("enabled"), false},
                              {QStringLiteral("owner_id"), QJsonValue()}});
    insertMissing(tenant, QStringLiteral("ancestral_access"), true);
    insertMissing(tenant, QStringLiteral("mfa_status"), QStringLiteral("disabled"));
    insertMissing(tenant, QStringLiteral("pricing_mode"),
                  partner ? QStringLiteral("production") : QStringLiteral("trial"));
    QJsonObject contact = tenant.value(u"contact").toObject();
    insertMissing(contact, QStringLiteral("id"),
                  QStringLiteral("c0c0c0c0-0000-4000-8000-%1").arg(id.right(12)));
    insertMissing(contact, QStringLiteral("created_at"), created);
    insertMissing(contact, QStringLiteral("updated_at"), created);
    insertMissing(contact, QStringLiteral("types"), QJsonArray{QStringLiteral("legal")});
    insertMissing(contact, QStringLiteral("email"), QString());
    insertMissing(contact, QStringLiteral("firstname"), QString());
    insertMissing(contact, QStringLiteral("lastname"), QString());
    tenant.insert(QStringLiteral("contact"), contact);
    return tenant;
}

QJsonObject FakeAcronis::documentUser(QJsonObject user)
{
    const QString created =
            user.value(u"created_at").toString(acronisTime(QDateTime::currentDateTimeUtc()));
    insertMissing(user, QStringLiteral("version"), 1);
    insertMissing(user, QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("email"), QString()},
                              {QStringLiteral("types"), QJsonArray()}});
    insertMissing(user, QStringLiteral("activated"), false);
    insertMissing(user, QStringLiteral("enabled"), true);
    insertMissing(user, QStringLiteral("created_at"), created);
    insertMissing(user, QStringLiteral("updated_at"), created);
    insertMissing(user, QStringLiteral("deleted_at"), QJsonValue());
    insertMissing(user, QStringLiteral("language"), QStringLiteral("en"));
    insertMissing(user, QStringLiteral("business_types"), QJsonArray());
    insertMissing(user, QStringLiteral("notifications"), QJsonArray());
    return user;
}

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
                 QStringLiteral("2025-%1-01T08:00:00").arg(i % 12 + 1, 2, 10, QLatin1Char('0'))}};
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
                   documentUser({{QStringLiteral("id"), id},
                                 {QStringLiteral("tenant_id"), tenantId},
                                 {QStringLiteral("login"), login}}));
}

namespace {

QString itemKey(const QJsonObject &item)
{
    return item.value(u"application_id").toString() + u'|' + item.value(u"name").toString() + u'|' +
            item.value(u"infra_id").toString();
}

} // namespace

// As Acronis does: the items in a PUT change; the tenant's other items stay as they were. A
// tenant's item carries the catalogue's fields (type, unit) with its own status. An item is
// named by application, name and storage; the document's PUT has no edition.
void FakeAcronis::mergeTenantItems(const QString &tenantId, const QJsonArray &changed)
{
    QJsonArray items = m_tenantItems.value(tenantId);
    for (const QJsonValue &value : changed) {
        QJsonObject item = value.toObject();
        for (const QJsonValue &offered : std::as_const(m_catalogue)) {
            if (itemKey(offered.toObject()) == itemKey(item)) {
                QJsonObject full = offered.toObject();
                full.insert(QStringLiteral("status"), item.value(u"status").toInt(1));
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

FakeAcronis::Reply FakeAcronis::setting(const QString &tenantId) const
{
    const QJsonValue own = m_tierLevels.contains(tenantId)
            ? QJsonValue(QJsonObject{
                      {QStringLiteral("value"),
                       m_tierValuesAsText
                               ? QJsonValue(QString::number(m_tierLevels.value(tenantId)))
                               : QJsonValue(m_tierLevels.value(tenantId))},
                      {QStringLiteral("lock"), false},
                      {QStringLiteral("exclusive"), false}})
            : QJsonValue();
    return json(200,
                {{QStringLiteral("name"), QStringLiteral("tier_level_value")},
                 {QStringLiteral("application_id"), platformApplication},
                 {QStringLiteral("own"), own},
                 {QStringLiteral("effective"), QJsonValue()}});
}

std::optional<FakeAcronis::Reply> FakeAcronis::routeProvisioning(
        const QString &operationId, const QHash<QString, QString> &path,
        const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString tenantId = path.value(QStringLiteral("tenant_id"));
    const QString userId = path.value(QStringLiteral("user_id"));
    if (operationId == u"FetchTenantsBatch")
        return childTenants(request);
    if (operationId == u"CreateTenant")
        return createTenant(body);
    if (operationId == u"UpdateTenant")
        return updateTenant(tenantId, body);
    if (operationId == u"DeleteTenant")
        return deleteTenant(tenantId, request);
    if (operationId == u"SetTenantOfferingItems") {
        if (!m_tenants.contains(tenantId))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        mergeTenantItems(tenantId, body.value(u"offering_items").toArray());
        return json(200,
                    {{QStringLiteral("timestamp"), acronisTime(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("items"), m_tenantItems.value(tenantId)}});
    }
    if (operationId == u"FetchTenantOfferingItems") {
        if (!m_tenants.contains(tenantId))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        return json(200,
                    {{QStringLiteral("timestamp"), acronisTime(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("items"), m_tenantItems.value(tenantId)}});
    }
    if (operationId == u"UpdateTenantApplicationSetting" ||
        operationId == u"FetchTenantApplicationSetting") {
        if (path.value(QStringLiteral("application_id")) != platformApplication ||
            path.value(QStringLiteral("setting_name")) != u"tier_level_value" ||
            !m_tenants.contains(tenantId))
            return error(404, 404, QStringLiteral("Setting not found"));
        if (operationId == u"FetchTenantApplicationSetting")
            return setting(tenantId);
        if (m_tenants.value(tenantId).value(u"kind").toString() != u"partner")
            return error(403, 403, QStringLiteral("The setting applies to partner tenants only"));
        const QJsonValue value = body.value(u"value");
        bool numeric = value.isDouble();
        const int level = numeric ? value.toInt() : value.toString().toInt(&numeric);
        if (!numeric)
            return error(403, 403, QStringLiteral("value: not a tier level"));
        m_tierLevels.insert(tenantId, level);
        return setting(tenantId);
    }
    if (operationId == u"CheckLoginNameAvailability") {
        const QString login =
                request.query().queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        for (const QJsonObject &user : std::as_const(m_users)) {
            if (user.value(u"login").toString().compare(login, Qt::CaseInsensitive) == 0)
                return error(409, 409, QStringLiteral("Login is already taken"));
        }
        return Reply(204);
    }
    if (operationId == u"CreateUser")
        return createUser(body);
    if (operationId == u"FetchUser") {
        if (!m_users.contains(userId))
            return error(404, 404, QStringLiteral("User not found"));
        return json(200, m_users.value(userId));
    }
    if (operationId == u"FetchTenantUsers") {
        if (!m_tenants.contains(tenantId))
            return error(404, 1005, QStringLiteral("Tenant not found"));
        QJsonArray ids;
        for (const QJsonObject &user : std::as_const(m_users)) {
            if (user.value(u"tenant_id").toString() == tenantId)
                ids.append(user.value(u"id"));
        }
        return json(200, {{QStringLiteral("items"), ids}});
    }
    if (operationId == u"UpdateUserAccessPolicies") {
        if (!m_users.contains(userId))
            return error(403, 403, QStringLiteral("User not found"));
        QJsonArray policies;
        const QString now = acronisTime(QDateTime::currentDateTimeUtc());
        int serial = 0;
        for (const QJsonValue &value : body.value(u"items").toArray()) {
            QJsonObject policy = value.toObject();
            policy.insert(QStringLiteral("id"), fakeUuid("eeeeeeee", ++m_created + serial++));
            policy.insert(QStringLiteral("issuer_id"), m_users.value(userId).value(u"tenant_id"));
            policy.insert(QStringLiteral("version"), 1);
            policy.insert(QStringLiteral("created_at"), now);
            policy.insert(QStringLiteral("updated_at"), now);
            policy.insert(QStringLiteral("deleted_at"), QJsonValue());
            policies.append(policy);
        }
        m_policies.insert(userId, policies);
        return json(200, {{QStringLiteral("timestamp"), now}, {QStringLiteral("items"), policies}});
    }
    if (operationId == u"SendActivationEmail") {
        if (!m_users.contains(userId))
            return error(404, 404, QStringLiteral("User not found"));
        m_activationMails.append(userId);
        return Reply(204);
    }
    return std::nullopt;
}

// GET /tenants?parent_id=…: pages of `limit` (the document's default: 5000), at most the page
// size a test sets; a later page is asked for by its cursor alone.
FakeAcronis::Reply FakeAcronis::childTenants(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    QString parent = query.queryItemValue(QStringLiteral("parent_id"));
    int start = 0;
    int size = query.hasQueryItem(QStringLiteral("limit"))
            ? query.queryItemValue(QStringLiteral("limit")).toInt()
            : 5000;
    if (query.hasQueryItem(
                QStringLiteral("after"))) { // "parent|start|limit", as the cursor keeps it
        const QStringList cursor =
                QString::fromUtf8(QByteArray::fromBase64(
                                          query.queryItemValue(QStringLiteral("after")).toLatin1()))
                        .split(u'|');
        if (cursor.size() != 3)
            return error(400, 400, QStringLiteral("after: not a cursor of this server"));
        parent = cursor[0];
        start = cursor[1].toInt();
        size = cursor[2].toInt();
    }
    if (parent.isEmpty())
        return error(400, 400, QStringLiteral("parent_id: the fake lists children only"));
    const QList<QJsonObject> all = children(parent);
    const int page = m_pageSize > 0 ? std::min(size, m_pageSize) : size;
    QJsonArray slice;
    for (qsizetype i = start; i < all.size() && i < start + page; ++i) {
        QJsonObject tenant = all.at(i);
        tenant.insert(QStringLiteral("offering_items"), QJsonArray());
        slice.append(tenant);
    }
    QJsonObject cursors;
    if (start + page < all.size())
        cursors.insert(QStringLiteral("after"),
                       QString::fromLatin1(QStringLiteral("%1|%2|%3")
                                                   .arg(parent)
                                                   .arg(start + page)
                                                   .arg(size)
                                                   .toUtf8()
                                                   .toBase64()));
    return json(200,
                {{QStringLiteral("timestamp"), acronisTime(QDateTime::currentDateTimeUtc())},
                 {QStringLiteral("items"), slice},
                 {QStringLiteral("paging"), QJsonObject{{QStringLiteral("cursors"), cursors}}}});
}

FakeAcronis::Reply FakeAcronis::createTenant(const QJsonObject &body)
{
    const QString parentId = body.value(u"parent_id").toString();
    if (!m_tenants.contains(parentId))
        return error(403, 403, QStringLiteral("parent_id: no such tenant, or not yours"));
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
    tenant.insert(QStringLiteral("created_at"), acronisTime(created));
    QJsonObject contact = body.value(u"contact").toObject();
    contact.insert(QStringLiteral("types"), contact.value(u"types").toArray());
    tenant.insert(QStringLiteral("contact"), contact);
    addTenant(tenant);
    return json(201, m_tenants.value(tenant.value(u"id").toString()));
}

FakeAcronis::Reply FakeAcronis::updateTenant(const QString &id, const QJsonObject &body)
{
    if (!m_tenants.contains(id))
        return error(404, 1005, QStringLiteral("Tenant not found"));
    QJsonObject &tenant = m_tenants[id];
    if (body.value(u"version").toInteger() != tenant.value(u"version").toInteger())
        return json(409, fixture(QStringLiteral("error_409_version_mismatch.json")));
    for (auto field = body.begin(); field != body.end(); ++field) {
        if (field.key() != u"version")
            tenant.insert(field.key(), field.value());
    }
    tenant.insert(QStringLiteral("version"), tenant.value(u"version").toInteger() + 1);
    tenant.insert(QStringLiteral("updated_at"), acronisTime(QDateTime::currentDateTimeUtc()));
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
        return error(403, 403, QStringLiteral("tenant_id: no such tenant, or not yours"));
    for (const QJsonObject &user : std::as_const(m_users)) {
        if (user.value(u"login").toString().compare(login, Qt::CaseInsensitive) == 0)
            return error(409, 409, QStringLiteral("Login is already taken"));
    }
    QJsonObject user = fixture(QStringLiteral("user.json"));
    const QString id = fakeUuid("dddddddd", ++m_created);
    user.insert(QStringLiteral("id"), id);
    user.insert(QStringLiteral("tenant_id"), body.value(u"tenant_id"));
    user.insert(QStringLiteral("login"), login);
    QJsonObject contact = body.value(u"contact").toObject();
    contact.insert(QStringLiteral("types"), QJsonArray());
    user.insert(QStringLiteral("contact"), contact);
    user.insert(QStringLiteral("language"), body.value(u"language").toString(QStringLiteral("en")));
    user.insert(QStringLiteral("created_at"), acronisTime(QDateTime::currentDateTimeUtc()));
    user = documentUser(user);
    m_users.insert(id, user);
    return json(200, user);
}

} // namespace csp::test
