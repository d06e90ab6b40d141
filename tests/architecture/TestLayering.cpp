// The layers of core (core/layers.txt) read from the includes themselves: every project include in
// core/ must name a module the including module may use, directly or through the modules it
// builds on. The build already refuses most wrong-way includes (a module sees only the headers of
// the modules it links); this test also catches the ones a path could sneak past ("../text/…"),
// a header at the top of core/, and names the file and the line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kCore = QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/core");

using Layers = QHash<QString, QStringList>;

Layers readLayers(const QString &path, QString *error)
{
    Layers layers;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return layers;
    }
    static const QRegularExpression line(QStringLiteral("^([a-z]+):(.*)$"));
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        const auto m = line.match(text);
        if (m.hasMatch())
            layers.insert(m.captured(1), m.captured(2).split(u' ', Qt::SkipEmptyParts));
    }
    return layers;
}

// The modules `module` may include: itself and everything below it.
QSet<QString> reachable(const Layers &layers, const QString &module)
{
    QSet<QString> seen{module};
    QStringList todo{module};
    while (!todo.isEmpty()) {
        for (const QString &dep : layers.value(todo.takeLast())) {
            if (!seen.contains(dep)) {
                seen.insert(dep);
                todo << dep;
            }
        }
    }
    return seen;
}

// The wrong-way includes of the files below `root`, as "file:line: text" lines.
QStringList violations(const QString &root, const Layers &layers)
{
    QStringList found;
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""));
    QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QString module = relative.section(u'/', 0, 0);
        if (!relative.contains(u'/')) {
            found << QStringLiteral("%1: a source file at the top of core/, outside every module").arg(relative);
            continue;
        }
        if (!layers.contains(module)) {
            found << QStringLiteral("%1: module %2 is not in core/layers.txt").arg(relative, module);
            continue;
        }
        const QSet<QString> allowed = reachable(layers, module);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found << QStringLiteral("%1: %2").arg(relative, file.errorString());
            continue;
        }
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString line = QString::fromUtf8(file.readLine());
            const auto m = include.match(line);
            if (!m.hasMatch())
                continue;
            const QString target = m.captured(1);
            const QString targetModule = target.section(u'/', 0, 0);
            if (target.endsWith(QLatin1String(".moc")))
                continue;
            if (!target.contains(u'/') || target.startsWith(QLatin1String("..")) || !layers.contains(targetModule))
                found << QStringLiteral("%1:%2: #include \"%3\" is not rooted at a module").arg(relative).arg(number).arg(target);
            else if (!allowed.contains(targetModule))
                found << QStringLiteral("%1:%2: %3 may not use %4 (#include \"%5\")")
                             .arg(relative)
                             .arg(number)
                             .arg(module, targetModule, target);
        }
    }
    found.sort();
    return found;
}
}

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layersAreAcyclic();
    void coreIncludesFollowTheLayers();
    void theTestSeesAWrongWayInclude();
};

void TestLayering::layersAreAcyclic()
{
    QString error;
    const Layers layers = readLayers(kCore + QStringLiteral("/layers.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(layers.size() >= 10);
    for (auto it = layers.cbegin(); it != layers.cend(); ++it) {
        for (const QString &dep : it.value()) {
            QVERIFY2(layers.contains(dep), qPrintable(it.key() + QStringLiteral(" builds on unknown ") + dep));
            QVERIFY2(!reachable(layers, dep).contains(it.key()), qPrintable(it.key() + QStringLiteral(" <-> ") + dep));
        }
    }
}

void TestLayering::coreIncludesFollowTheLayers()
{
    QString error;
    const Layers layers = readLayers(kCore + QStringLiteral("/layers.txt"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList found = violations(kCore, layers);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestLayering::theTestSeesAWrongWayInclude()
{
    // A copy of two modules, one of them including the other against the direction.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("common")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("text")));
    QFile bad(dir.filePath(QStringLiteral("common/Bad.cpp")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("#include \"common/Bad.h\"\n\n#include \"text/UserText.h\"\n#include \"../text/Other.h\"\n");
    bad.close();
    QFile top(dir.filePath(QStringLiteral("Loose.cpp")));
    QVERIFY(top.open(QIODevice::WriteOnly));
    top.close();
    const Layers layers{{QStringLiteral("text"), {QStringLiteral("common")}}, {QStringLiteral("common"), {}}};
    const QStringList found = violations(dir.path(), layers);
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.at(0).startsWith(QLatin1String("Loose.cpp: a source file at the top")), qPrintable(found.at(0)));
    QCOMPARE(found.at(1), QStringLiteral("common/Bad.cpp:3: common may not use text (#include \"text/UserText.h\")"));
    QVERIFY2(found.at(2).startsWith(QLatin1String("common/Bad.cpp:4:")), qPrintable(found.at(2)));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
