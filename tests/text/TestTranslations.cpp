#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// Lints the three catalogs: complete, placeholders kept, no markup in sources, same messages.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalog_data();
    void catalog();
    void catalogsHoldTheSameMessages();

private:
    struct Message {
        QString context;
        QString source;
        QString translation;
        QString type;
    };
    static QList<Message> read(const QString &path, QString *error);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                current = Message{context, {}, {}, {}};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

void TestTranslations::catalog_data()
{
    QTest::addColumn<QString>("path");
    for (const char *lang : {"zh_CN", "en", "ko"})
        QTest::newRow(lang) << QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/translations/bucketdoctor_%1.ts").arg(QLatin1String(lang));
}

void TestTranslations::catalog()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+)"));
    static const QRegularExpression markup(QStringLiteral("<(?:b|i|u|br|p|font|span|a|html|qt)\\b|&[a-z]+;"));
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
        if (m.translation.trimmed().isEmpty())
            problems << QStringLiteral("%1 has no translation").arg(where);
        QSet<QString> sourceArgs;
        QSet<QString> translationArgs;
        for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
            sourceArgs.insert(it.next().captured(1));
        for (auto it = placeholder.globalMatch(m.translation); it.hasNext();)
            translationArgs.insert(it.next().captured(1));
        if (sourceArgs != translationArgs)
            problems << QStringLiteral("%1 changes its placeholders").arg(where);
        if (markup.match(m.source).hasMatch())
            problems << QStringLiteral("%1 has markup in the source").arg(where);
        if (m.source.contains(QLatin1String("...")))
            problems << QStringLiteral("%1 uses ... instead of …").arg(where);
        if (m.source.contains(u'&') && !m.source.contains(QLatin1String("&&"))) {
            // A keyboard accelerator must survive translation, or the shortcut is lost.
            static const QRegularExpression accel(QStringLiteral("&[^&\\s]"));
            if (accel.match(m.source).hasMatch() && !accel.match(m.translation).hasMatch())
                problems << QStringLiteral("%1 loses its accelerator").arg(where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogsHoldTheSameMessages()
{
    QSet<QString> reference;
    bool first = true;
    for (const char *lang : {"zh_CN", "en", "ko"}) {
        QString error;
        const auto messages = read(QStringLiteral(BUCKETDOCTOR_SOURCE_DIR "/translations/bucketdoctor_%1.ts").arg(QLatin1String(lang)), &error);
        QSet<QString> keys;
        for (const Message &m : messages)
            keys.insert(m.context + u'\x1f' + m.source);
        if (first)
            reference = keys;
        else
            QCOMPARE(keys, reference);
        first = false;
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
