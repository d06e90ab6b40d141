#include "diagnosis/Calibration.h"
#include "diagnosis/CalibrationData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace {
double round3(double v)
{
    const double r = std::round(v * 1000.0) / 1000.0;
    return r == 0 ? 0.0 : r; // no "-0"
}

QList<Category> allCategories()
{
    QList<Category> list;
    for (const QString &id : Categories::allIds()) {
        Category c;
        if (Categories::fromId(id, &c))
            list << c;
    }
    return list;
}
}

CalibrationModel CalibrationModel::fromJson(const QByteArray &json, QString *error)
{
    CalibrationModel model;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("The calibration weights are not a JSON object: %1.").arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = doc.object();
    const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
    QMap<QString, Row> rows;
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        Category category;
        if (!Categories::fromId(it.key(), &category)) {
            if (error)
                *error = QStringLiteral("The calibration weights name an unknown category: %1.").arg(it.key());
            return {};
        }
        const QJsonObject c = it.value().toObject();
        model.m_bias.insert(category, c.value(QStringLiteral("bias")).toDouble());
        const QJsonObject weights = c.value(QStringLiteral("weights")).toObject();
        for (auto wi = weights.begin(); wi != weights.end(); ++wi)
            rows[wi.key()][static_cast<int>(category)] = wi.value().toDouble();
    }
    model.setRows(rows);
    const QJsonObject s = root.value(QStringLiteral("settings")).toObject();
    model.settings.iterations = s.value(QStringLiteral("iterations")).toInt(model.settings.iterations);
    model.settings.learningRate = s.value(QStringLiteral("learningRate")).toDouble(model.settings.learningRate);
    model.settings.l2 = s.value(QStringLiteral("l2")).toDouble(model.settings.l2);
    model.settings.minCount = s.value(QStringLiteral("minCount")).toInt(model.settings.minCount);
    model.settings.fixtureWeight = s.value(QStringLiteral("fixtureWeight")).toDouble(model.settings.fixtureWeight);
    model.settings.keepAbove = s.value(QStringLiteral("keepAbove")).toDouble(model.settings.keepAbove);
    model.settings.treeLogit = s.value(QStringLiteral("treeLogit")).toDouble(0.0); // absent: a model without it
    const QJsonObject about = root.value(QStringLiteral("about")).toObject();
    for (auto it = about.begin(); it != about.end(); ++it)
        model.about.insert(it.key(), it.value().toString());
    return model;
}

void CalibrationModel::setRows(const QMap<QString, Row> &rows)
{
    static_assert(static_cast<int>(Category::PermissionAclPolicy) == 0, "the categories index the rows from 0");
    // A Weight's `bias` index is the Category's value here.
    m_compiledIn = false;
    m_weightCategories.clear();
    for (int c = 0; c < kCategoryCount; ++c)
        m_weightCategories.append(static_cast<Category>(c));
    m_ownText.clear();
    m_ownNames.clear();
    m_ownWeights.clear();
    m_ownNames.reserve(rows.size());
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) { // QMap's order: QString's
        const int first = static_cast<int>(m_ownWeights.size());
        for (int c = 0; c < kCategoryCount; ++c) {
            if (it.value()[c] != 0)
                m_ownWeights.append(CalibrationData::Weight{c, it.value()[c]});
        }
        m_ownNames.append(CalibrationData::FeatureName{static_cast<int>(m_ownText.size()), static_cast<int>(it.key().size()), first,
                                                       static_cast<int>(m_ownWeights.size()) - first});
        m_ownText += it.key();
    }
}

int CalibrationModel::featureCount() const
{
    return m_compiledIn ? CalibrationData::kFeatureCount : static_cast<int>(m_ownNames.size());
}

QStringView CalibrationModel::featureName(int index) const
{
    const CalibrationData::FeatureName &n = m_compiledIn ? CalibrationData::kFeatureNames[index] : m_ownNames.at(index);
    const char16_t *text = m_compiledIn ? CalibrationData::kText : reinterpret_cast<const char16_t *>(m_ownText.utf16());
    return QStringView(text + n.at, n.length);
}

const CalibrationData::Weight *CalibrationModel::featureWeights(int index, int *count) const
{
    const CalibrationData::FeatureName &n = m_compiledIn ? CalibrationData::kFeatureNames[index] : m_ownNames.at(index);
    *count = n.weightCount;
    return (m_compiledIn ? CalibrationData::kWeights : m_ownWeights.constData()) + n.firstWeight;
}

int CalibrationModel::lowerBound(QStringView id, int low, int high) const
{
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (featureName(mid) < id)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

int CalibrationModel::featureIndex(QStringView id) const
{
    const int at = lowerBound(id, 0, featureCount());
    return at < featureCount() && featureName(at) == id ? at : -1;
}

QMap<Category, QHash<QString, double>> CalibrationModel::weightsByCategory() const
{
    QMap<Category, QHash<QString, double>> byCategory;
    for (auto it = m_bias.cbegin(); it != m_bias.cend(); ++it)
        byCategory[it.key()];
    for (int i = 0; i < featureCount(); ++i) {
        int count = 0;
        const CalibrationData::Weight *w = featureWeights(i, &count);
        for (int k = 0; k < count; ++k) {
            const auto c = byCategory.find(weightCategory(w[k]));
            if (c != byCategory.end() && w[k].weight != 0)
                c->insert(featureName(i).toString(), w[k].weight);
        }
    }
    return byCategory;
}

const CalibrationModel &CalibrationModel::builtIn(QString *error)
{
    static QString loadError;
    // The weights compiled in as data (CalibrationData.h): the same model fromJson makes of
    // weights.json, with the JSON parsed only for its small head (about, settings), and the
    // weights read where they lie.
    static const CalibrationModel model = [] {
        CalibrationModel m = fromJson(QByteArray::fromRawData(CalibrationData::kHead, qstrlen(CalibrationData::kHead)), &loadError);
        if (!loadError.isEmpty())
            return CalibrationModel{};
        using CalibrationData::text;
        m.m_weightCategories.clear();
        for (int i = 0; i < CalibrationData::kBiasCount; ++i) {
            const CalibrationData::Bias &b = CalibrationData::kBiases[i];
            const QString id = text(b.category, b.categoryLength);
            Category category;
            if (!Categories::fromId(id, &category)) {
                loadError = QStringLiteral("The calibration weights name an unknown category: %1.").arg(id);
                return CalibrationModel{};
            }
            m.m_bias.insert(category, b.bias);
            m.m_weightCategories.append(category);
        }
        m.m_compiledIn = true;
        return m;
    }();
    if (error)
        *error = loadError;
    return model;
}

QByteArray CalibrationModel::toJson() const
{
    // Written by hand, one weight a line, so a review sees which weights moved.
    auto str = [](const QString &s) { return QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact)).mid(1).chopped(1); };
    auto num = [](double v) { return QString::number(round3(v), 'f', 3); };
    QString out = QStringLiteral("{\n  \"about\": {");
    bool first = true;
    for (auto it = about.begin(); it != about.end(); ++it) {
        out += (first ? QStringLiteral("\n") : QStringLiteral(",\n")) + QStringLiteral("    ") + str(it.key()) + QStringLiteral(": ") + str(it.value());
        first = false;
    }
    out += QStringLiteral("\n  },\n  \"settings\": {\"iterations\": %1, \"learningRate\": %2, \"l2\": %3, \"minCount\": %4, \"fixtureWeight\": %5, \"keepAbove\": %6, \"treeLogit\": %7},\n")
               .arg(settings.iterations)
               .arg(num(settings.learningRate), QString::number(settings.l2, 'g', 6))
               .arg(settings.minCount)
               .arg(num(settings.fixtureWeight), num(settings.keepAbove), num(settings.treeLogit));
    out += QStringLiteral("  \"categories\": {");
    const QMap<Category, QHash<QString, double>> byCategory = weightsByCategory();
    QStringList ids;
    for (auto it = m_bias.begin(); it != m_bias.end(); ++it)
        ids << Categories::id(it.key());
    ids.sort();
    first = true;
    for (const QString &id : std::as_const(ids)) {
        Category c;
        Categories::fromId(id, &c);
        out += (first ? QStringLiteral("\n") : QStringLiteral(",\n"));
        first = false;
        out += QStringLiteral("    ") + str(id) + QStringLiteral(": {\n      \"bias\": ") + num(m_bias.value(c)) + QStringLiteral(",\n      \"weights\": {");
        bool firstWeight = true;
        const QHash<QString, double> w = byCategory.value(c);
        QStringList names = w.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const double value = w.value(name);
            if (round3(value) == 0 || std::abs(value) < settings.keepAbove)
                continue;
            out += (firstWeight ? QStringLiteral("\n") : QStringLiteral(",\n")) + QStringLiteral("        ") + str(name) + QStringLiteral(": ") + num(value);
            firstWeight = false;
        }
        out += firstWeight ? QStringLiteral("}\n    }") : QStringLiteral("\n      }\n    }");
    }
    out += QStringLiteral("\n  }\n}\n");
    return out.toUtf8();
}

double CalibrationModel::weight(Category category, const QString &featureId) const
{
    const int index = featureIndex(featureId);
    int count = 0;
    const CalibrationData::Weight *w = index < 0 ? nullptr : featureWeights(index, &count);
    for (int k = 0; k < count; ++k) {
        if (weightCategory(w[k]) == category)
            return w[k].weight;
    }
    return 0.0;
}

QList<double> CalibrationModel::weights(Category category, const QList<Feature> &features) const
{
    QList<double> list(features.size(), 0.0);
    for (qsizetype i = 0; i < features.size(); ++i)
        list[i] = weight(category, features.at(i).id);
    return list;
}

CalibrationModel::WeightRows CalibrationModel::weights(const QList<Category> &categories, const QList<Feature> &features) const
{
    // The same rows as weights(category, features) per category, filled feature by feature.
    WeightRows rows;
    for (const Category c : categories)
        rows.insert(c, QList<double>(features.size(), 0.0));
    // Where each category's row is written, by the category's value (the hash is not changed
    // below, so these stay valid; nullptr for a category not asked for).
    std::array<double *, kCategoryCount> targets{};
    for (auto r = rows.begin(); r != rows.end(); ++r)
        targets[static_cast<size_t>(r.key())] = r->data();
    // The paste's features come sorted by id (FeatureExtractor), as the model's are: each is sought
    // from where the one before it stopped, in steps that double (galloping), so a diagnosis's ~60
    // features among ~1000 names take fewer comparisons than a binary search each (callgrind, the
    // fixtures' bench: 49 M instructions here with one, 42 M so, 23 M with the hash by feature that
    // a start-up paid 0.5 M instructions to build).
    const int end = featureCount();
    int from = 0;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString &id = features.at(i).id;
        if (i > 0 && id < features.at(i - 1).id)
            from = 0; // not in order after all: search the whole list
        int low = from;
        int high = from;
        for (int step = 1; high != end && featureName(high) < id; step *= 2) {
            low = high + 1;
            high = end - high > step ? high + step : end;
        }
        from = lowerBound(id, low, high);
        if (from == end || featureName(from) != id)
            continue;
        int count = 0;
        const CalibrationData::Weight *w = featureWeights(from, &count);
        for (int k = 0; k < count; ++k) {
            if (double *target = targets[static_cast<size_t>(weightCategory(w[k]))])
                target[i] = w[k].weight;
        }
    }
    return rows;
}

QMap<Category, double> CalibrationModel::probabilities(const QList<Feature> &features, const QList<Category> &allowed,
                                                       const QMap<Category, double> &offsets) const
{
    return probabilities(features, allowed, offsets, weights(allowed, features));
}

QMap<Category, double> CalibrationModel::probabilities(const QList<Feature> &features, const QList<Category> &allowed,
                                                       const QMap<Category, double> &offsets, const WeightRows &rows) const
{
    // A category's logit: its bias plus each feature's weight times its value, in the features' order.
    auto rowLogit = [&](Category c) {
        const auto row = rows.constFind(c);
        const QList<double> w = row != rows.cend() ? *row : weights(c, features);
        double z = bias(c);
        for (qsizetype i = 0; i < features.size(); ++i)
            z += w.at(i) * features.at(i).value;
        return z;
    };
    const QVarLengthArray<double, 32> tree = treeOffsets(allowed, features);
    QMap<Category, double> z;
    double top = -1e300;
    for (qsizetype i = 0; i < allowed.size(); ++i) {
        const Category c = allowed.at(i);
        const double v = rowLogit(c) + offsets.value(c, 0.0) + tree.at(i);
        z.insert(c, v);
        top = std::max(top, v);
    }
    double sum = 0;
    for (auto it = z.begin(); it != z.end(); ++it) {
        it.value() = std::exp(it.value() - top);
        sum += it.value();
    }
    for (auto it = z.begin(); it != z.end(); ++it)
        it.value() /= sum;
    return z;
}

double CalibrationModel::treeOffset(Category category, const QList<Feature> &features, double treeLogit)
{
    const QString id = QStringLiteral("tree:") + Categories::id(category);
    double share = 0;
    for (const Feature &f : features) {
        if (f.id == id) {
            share = f.value;
            break;
        }
    }
    return shareOffset(share, treeLogit);
}

double CalibrationModel::shareOffset(double share, double treeLogit)
{
    if (treeLogit == 0)
        return 0;
    constexpr double kShareFloor = 0.05;
    return treeLogit * std::log(std::max(share, kShareFloor));
}

QVarLengthArray<double, 32> CalibrationModel::treeOffsets(const QList<Category> &categories, const QList<Feature> &features) const
{
    // One walk of the features for the `tree:` shares, where treeOffset walks them per category;
    // a short list, searched by hand (a hash per call cost more than the walks it saved).
    static const QList<std::pair<QString, Category>> keys = [] {
        QList<std::pair<QString, Category>> list;
        for (const Category c : allCategories())
            list.append({QStringLiteral("tree:") + Categories::id(c), c});
        return list;
    }();
    QVarLengthArray<std::pair<Category, double>, 32> shares;
    for (const Feature &f : features) {
        if (!f.id.startsWith(QLatin1String("tree:")))
            continue;
        const auto key = std::find_if(keys.cbegin(), keys.cend(), [&f](const auto &k) { return k.first == f.id; });
        if (key != keys.cend() && std::none_of(shares.cbegin(), shares.cend(), [&key](const auto &s) { return s.first == key->second; }))
            shares.append({key->second, f.value});
    }
    QVarLengthArray<double, 32> offsets;
    for (const Category c : categories) {
        const auto it = std::find_if(shares.cbegin(), shares.cend(), [c](const auto &s) { return s.first == c; });
        offsets.append(shareOffset(it != shares.cend() ? it->second : 0.0, settings.treeLogit));
    }
    return offsets;
}

CalibrationModel CalibrationFit::fit(const QList<TrainingExample> &examples, const FitSettings &settings)
{
    const QList<Category> categories = allCategories();
    const int K = static_cast<int>(categories.size());
    auto categoryIndex = [&](Category c) { return static_cast<int>(categories.indexOf(c)); };

    // Features seen in at least minCount reports, in sorted order.
    QMap<QString, int> counts;
    for (const TrainingExample &e : examples) {
        QSet<QString> seen;
        for (const Feature &f : e.features) {
            if (!seen.contains(f.id)) {
                seen.insert(f.id);
                ++counts[f.id];
            }
        }
    }
    QMap<QString, int> index;
    QStringList names;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() >= settings.minCount) {
            index.insert(it.key(), static_cast<int>(names.size()));
            names << it.key();
        }
    }
    const int F = static_cast<int>(names.size());

    struct Row {
        std::vector<std::pair<int, double>> x;
        std::vector<int> allowed;
        std::vector<double> offset; // per category index: the tree's fixed offset
        int label = 0;
        double weight = 1;
    };
    std::vector<Row> rows;
    double totalWeight = 0;
    for (const TrainingExample &e : examples) {
        Row r;
        for (const Feature &f : e.features) {
            const auto it = index.constFind(f.id);
            if (it != index.cend())
                r.x.emplace_back(it.value(), f.value);
        }
        r.offset.assign(static_cast<size_t>(K), 0.0);
        for (const Category c : e.allowed) {
            r.allowed.push_back(categoryIndex(c));
            r.offset[static_cast<size_t>(categoryIndex(c))] = CalibrationModel::treeOffset(c, e.features, settings.treeLogit);
        }
        std::sort(r.allowed.begin(), r.allowed.end());
        r.label = categoryIndex(e.label);
        // A label the tree cannot name teaches nothing the engine could use.
        if (std::find(r.allowed.begin(), r.allowed.end(), r.label) == r.allowed.end())
            continue;
        r.weight = e.weight;
        totalWeight += r.weight;
        rows.push_back(std::move(r));
    }

    std::vector<double> w(static_cast<size_t>(K) * F, 0.0);
    std::vector<double> b(K, 0.0);
    std::vector<double> gw(w.size());
    std::vector<double> gb(K);
    std::vector<double> z(K);
    if (!rows.empty()) {
        for (int iter = 0; iter < settings.iterations; ++iter) {
            std::fill(gw.begin(), gw.end(), 0.0);
            std::fill(gb.begin(), gb.end(), 0.0);
            for (const Row &r : rows) {
                double top = -1e300;
                for (const int k : r.allowed) {
                    double v = b[k] + r.offset[static_cast<size_t>(k)];
                    for (const auto &[j, x] : r.x)
                        v += w[static_cast<size_t>(k) * F + j] * x;
                    z[k] = v;
                    top = std::max(top, v);
                }
                double sum = 0;
                for (const int k : r.allowed) {
                    z[k] = std::exp(z[k] - top);
                    sum += z[k];
                }
                for (const int k : r.allowed) {
                    const double g = r.weight * (z[k] / sum - (k == r.label ? 1.0 : 0.0)) / totalWeight;
                    gb[k] += g;
                    for (const auto &[j, x] : r.x)
                        gw[static_cast<size_t>(k) * F + j] += g * x;
                }
            }
            for (size_t i = 0; i < w.size(); ++i)
                w[i] -= settings.learningRate * (gw[i] + settings.l2 * w[i]);
            for (int k = 0; k < K; ++k)
                b[k] -= settings.learningRate * gb[k];
        }
    }

    CalibrationModel model;
    model.settings = settings;
    QMap<QString, CalibrationModel::Row> weights;
    for (int k = 0; k < K; ++k) {
        model.m_bias.insert(categories.at(k), b[k]);
        for (int j = 0; j < F; ++j) {
            const double v = w[static_cast<size_t>(k) * F + j];
            if (round3(v) != 0)
                weights[names.at(j)][static_cast<int>(categories.at(k))] = v;
        }
    }
    model.setRows(weights);
    return model;
}
