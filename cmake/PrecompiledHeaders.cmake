# Precompiled Qt headers. Parsing Qt's headers is most of the cost of a small translation unit
# (tests/common/TestUtcTime.cpp: 4.0 of its 4.9 s were the front end; 1.8 s in all with the headers
# precompiled), and CI compiles every unit twice from cold (the main and the ASan build). So every
# target of ours reuses one of four precompiled headers, held by an object library each:
#   core      Qt Core and Network: core's modules, the CLI, the tools, the benches
#   gui       core plus Widgets: the wizard
#   test      core plus Qt Test: the non-GUI test executables
#   guitest   gui plus Qt Test: the GUI test executables
# A unit may use a precompiled header only if it is compiled with the same options and defines
# the macros the header reads the same way. bucketdoctor_target_defaults adds -Winvalid-pch so a
# header the compiler refuses fails the build (with -Werror in CI) instead of silently costing
# the time again. The fuzz build turns them off (CMAKE_DISABLE_PRECOMPILE_HEADERS), since it
# compiles core with extra instrumentation flags; it also keeps every unit's own #include list
# honest, which a force-included header would hide.
set(BUCKETDOCTOR_PCH_CORE_HEADERS
    <QByteArray> <QCoreApplication> <QDateTime> <QFile> <QHash> <QJsonArray> <QJsonDocument>
    <QJsonObject> <QList> <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QUrl> <QXmlStreamReader>)
set(BUCKETDOCTOR_PCH_GUI_HEADERS
    <QApplication> <QComboBox> <QEvent> <QHBoxLayout> <QLabel> <QLineEdit> <QPlainTextEdit>
    <QPushButton> <QVBoxLayout> <QWidget> <QWizard> <QWizardPage>)
set(BUCKETDOCTOR_PCH_TEST_HEADERS <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# bucketdoctor_precompiled_header_holder(KIND LIBS … HEADERS …): the object library
# bucketdoctor_pch_KIND, compiled like our other targets (bucketdoctor_target_defaults), whose
# precompiled header the targets of that kind reuse.
function(bucketdoctor_precompiled_header_holder kind)
    cmake_parse_arguments(ARG "" "" "LIBS;HEADERS" ${ARGN})
    if(CMAKE_DISABLE_PRECOMPILE_HEADERS)
        return()
    endif()
    add_library(bucketdoctor_pch_${kind} OBJECT ${PROJECT_SOURCE_DIR}/cmake/pch/anchor.cpp)
    target_link_libraries(bucketdoctor_pch_${kind} PRIVATE ${ARG_LIBS})
    set_target_properties(bucketdoctor_pch_${kind} PROPERTIES AUTOMOC OFF)
    bucketdoctor_target_defaults(bucketdoctor_pch_${kind} none)
    target_precompile_headers(bucketdoctor_pch_${kind} PRIVATE ${ARG_HEADERS})
endfunction()
