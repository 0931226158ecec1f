// SPDX-License-Identifier: MIT
#include "session.h"

#include "replay/trustedcertificates.h"
#include "sim/simulatedgateway.h"
#include "sim/simulatorthread.h"
#include "store/catalogstore.h"
#include "store/projectstore.h"
#include "store/threadstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ShadowOptic {

namespace {

bool httpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_catalogLoad(this)
{
}

Session::~Session() = default;

void Session::setProjectPath(const QString &path)
{
    m_project = path;
    m_catalog = PriceCatalog();
    m_catalogError.clear();
    m_catalogState = CatalogState::None;
    m_catalogLoad.reset(); // the previous project's catalog must not arrive as this one's
    emit projectChanged(path);
}

void Session::reloadCatalog()
{
    if (m_project.isEmpty()) {
        m_catalogLoad.reset();
        m_catalogState = CatalogState::None;
        emit catalogChanged();
        return;
    }
    m_catalogState = CatalogState::Loading;
    const QString path = m_project;
    m_catalogLoad.startJob(
        [path] {
            std::pair<PriceCatalog, QString> out;
            if (ProjectStore *store = ThreadStore::get(path, &out.second))
                CatalogStore(*store).load(&out.first, &out.second);
            return out;
        },
        [this](const std::pair<PriceCatalog, QString> &loaded) {
            m_catalog = loaded.first;
            m_catalogError = loaded.second;
            m_catalogState = CatalogState::Loaded;
            emit catalogChanged();
        });
}

bool Session::requestCatalog()
{
    if (m_catalogState == CatalogState::None && !m_project.isEmpty())
        reloadCatalog();
    return m_catalogState == CatalogState::Loaded;
}

bool Session::validate(ReplayTarget *target, QString *error)
{
    using Kind = ReplayTarget::Kind;
    const Kind kind = target->kind;
    if (kind == Kind::Simulator) {
        // Empty = the built-in one; a URL names an external simulator (`shadow-optic simulate`).
        if (!target->baseUrl.isEmpty() && !httpUrl(target->baseUrl)) {
            *error = tr("The simulator URL '%1' is not a valid http(s) URL.").arg(target->baseUrl.toString());
            return false;
        }
        return true;
    }
    if (!httpUrl(target->baseUrl)) {
        *error = tr("The base URL '%1' is not a valid http(s) URL (for example %2).")
                     .arg(target->baseUrl.toString(), ReplayTarget::defaultBaseUrl(kind).toString());
        return false;
    }
    target->trustedCertificates = target->trustedCertificates.trimmed();
    if (!target->trustedCertificates.isEmpty()
        && TrustedCertificates::load(target->trustedCertificates, error).isEmpty())
        return false;
    const bool portkey = kind == Kind::LocalGateway || kind == Kind::PortkeyHosted;
    if (!portkey) {
        target->routing = ReplayTarget::RoutingMode::Header;
        target->configJson.clear();
        target->upstreamUrl.clear();
    } else if (target->routing == ReplayTarget::RoutingMode::Config) {
        const QString config = target->configJson.trimmed();
        if (config.isEmpty()) {
            *error = tr("Config routing needs a Portkey config: paste its JSON, load a file, or switch to header "
                        "routing.");
            return false;
        }
        if (config.startsWith(QLatin1Char('{'))) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(config.toUtf8(), &pe);
            if (!doc.isObject()) {
                *error = tr("The Portkey config is not valid JSON: %1 (at character %2).")
                             .arg(pe.errorString())
                             .arg(pe.offset);
                return false;
            }
            target->configJson = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
        } else if (config.contains(QLatin1Char(' ')) || config.contains(QLatin1Char('\n'))) {
            *error = tr("The Portkey config '%1' is neither JSON nor a saved config id (such as pc-abc-123).")
                         .arg(config.left(60));
            return false;
        } else {
            target->configJson = config; // a saved config id
        }
        target->upstreamUrl.clear();
    } else {
        target->provider = target->provider.trimmed();
        if (target->provider.isEmpty())
            target->provider = QStringLiteral("openai");
        if (kind == Kind::LocalGateway && !target->upstreamUrl.isEmpty() && !httpUrl(target->upstreamUrl)) {
            *error = tr("The custom host '%1' is not a valid URL.").arg(target->upstreamUrl.toString());
            return false;
        }
        if (kind != Kind::LocalGateway)
            target->upstreamUrl.clear();
        target->configJson.clear();
    }
    if (kind == Kind::PortkeyHosted && target->portkeyApiKey.trimmed().isEmpty()) {
        *error = tr("Portkey hosted needs a Portkey API key: enter it in the field or set PORTKEY_API_KEY.");
        return false;
    }
    return true;
}

bool Session::setTarget(const ReplayTarget &target, QString *error)
{
    ReplayTarget t = target;
    QString problem;
    const bool ok = validate(&t, &problem);
    m_target = ok ? t : target;
    m_targetError = problem;
    emit targetChanged();
    if (!ok && error)
        *error = problem;
    return ok;
}

bool Session::resolveTarget(ReplayTarget *target, QString *error)
{
    if (!m_targetError.isEmpty()) {
        *error = m_targetError;
        return false;
    }
    *target = m_target;
    if (m_target.kind != ReplayTarget::Kind::Simulator || !m_target.baseUrl.isEmpty())
        return true;
    if (!m_simulator)
        m_simulator = std::make_unique<SimulatorThread>(QStringLiteral("Simulator"));
    const bool wasListening = !simulatorUrl().isEmpty();
    if (!m_simulator->target(target, error))
        return false;
    if (!wasListening)
        emit targetChanged(); // the description now names its address
    return true;
}

QStringList Session::servedModels() const
{
    return usesSimulator() ? SimulatedGateway::modelIds() : QStringList();
}

QString Session::targetDescription() const
{
    using Kind = ReplayTarget::Kind;
    QString text;
    switch (m_target.kind) {
    case Kind::Simulator:
        text = m_target.baseUrl.isEmpty() ? tr("Built-in simulator")
                                          : tr("Simulator %1").arg(m_target.baseUrl.toString());
        if (m_target.baseUrl.isEmpty() && !simulatorUrl().isEmpty())
            text += QLatin1Char(' ') + simulatorUrl().toString();
        return text;
    case Kind::LocalGateway:
        text = tr("Portkey gateway %1").arg(m_target.baseUrl.toString());
        break;
    case Kind::PortkeyHosted:
        text = tr("Portkey hosted %1").arg(m_target.baseUrl.toString());
        break;
    case Kind::OpenAiCompatible:
        return tr("OpenAI-compatible %1").arg(m_target.baseUrl.toString());
    }
    return m_target.routing == ReplayTarget::RoutingMode::Config
        ? tr("%1 (config routing)").arg(text)
        : tr("%1 (header routing, provider %2)").arg(text, m_target.provider);
}

SimulatedGateway *Session::simulator()
{
    if (!m_simulator)
        m_simulator = std::make_unique<SimulatorThread>(QStringLiteral("Simulator"));
    return m_simulator->gateway();
}

bool Session::isSimulatorStarted() const
{
    return m_simulator && m_simulator->isStarted();
}

QUrl Session::simulatorUrl() const
{
    return isSimulatorStarted() && m_simulator->gateway()->isListening() ? m_simulator->gateway()->baseUrl() : QUrl();
}

void Session::setSimulatorLatencyMs(int ms)
{
    simulator()->setLatencyOverrideMs(ms);
}

void Session::setSimulatorLatencies(const QHash<QString, double> &meanMs, double speedUp)
{
    simulator()->setMeasuredLatencies(meanMs, speedUp);
}

QStringList Session::simulatorModels()
{
    return SimulatedGateway::modelIds();
}

void Session::setJudgeModel(const QString &model)
{
    const QString m = model.trimmed().isEmpty() ? defaultJudgeModel() : model.trimmed();
    if (m == m_judgeModel)
        return;
    m_judgeModel = m;
    emit judgeModelChanged(m);
}

} // namespace ShadowOptic
