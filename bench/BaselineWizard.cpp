// The baseline for the GUI's start-up figures: a bare three-page QWizard from the same Qt, started
// and measured the way `bucketdoctor --startup-probe` is. Prints "rss_kb <n>" once the first page
// is shown, then exits.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <cstdio>

namespace {
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    for (int i = 1; i <= 3; ++i) {
        auto *page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i));
        auto *layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("Baseline page %1").arg(i)));
        wizard.addPage(page);
    }
    wizard.show();
    QCoreApplication::processEvents();
    std::printf("rss_kb %ld\n", residentKb());
    std::fflush(stdout);
    return 0;
}
