// Renders the application's SVG icon to one square PNG, so the hicolor PNG sizes are made from the
// SVG at build time and never drift from it. Build tool only; it is not installed.
//
//   bucketdoctor-render-icon <icon.svg> <size> <output.png>

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bucketdoctor-render-icon: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: bucketdoctor-render-icon <icon.svg> <size> <output.png>"));

    bool sizeOk = false;
    const int size = args.at(2).toInt(&sizeOk);
    if (!sizeOk || size < 1 || size > 4096)
        return fail(QStringLiteral("invalid size: %1").arg(args.at(2)));

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG: %1").arg(args.at(1)));

    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(args.at(3), "PNG"))
        return fail(QStringLiteral("cannot write PNG: %1").arg(args.at(3)));
    return 0;
}
