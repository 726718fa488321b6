"""QTI 1.2 package for Canvas (and other LMSs that read it), laid out as text2qti lays it out:
imsmanifest.xml, <id>/<id>.xml (the questestinterop assessment) and <id>/assessment_meta.xml.

Built with ElementTree, so every piece of article text is XML-escaped; question ids are the
questions' content keys, and the zip has fixed timestamps, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from ..model import QuizSet
from ..question import Cloze, Matching, MultipleChoice, Question, ShortAnswer, TrueFalse
from .reproducible import FIXED_DATE

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
CANVAS_TYPES = {"mcq": "multiple_choice_question", "true_false": "true_false_question",
                "short_answer": "short_answer_question", "cloze": "short_answer_question",
                "matching": "matching_question"}


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _metadata(item: ET.Element, q: Question, answer_ids: list[str]) -> None:
    meta = _sub(_sub(item, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", CANVAS_TYPES[q.type]), ("points_possible", "1.0"),
                         ("original_answer_ids", ",".join(answer_ids)),
                         ("assessment_question_identifierref", f"ref_{q.id}")):
        field = _sub(meta, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _material(parent: ET.Element, text: str) -> None:
    _sub(_sub(parent, "material"), "mattext", text, texttype="text/plain")


def _score_when(resprocessing: ET.Element, respident: str, value: str, score: str = "100",
                action: str = "Set") -> None:
    condition = _sub(resprocessing, "respcondition", **({"continue": "No"} if action == "Set" else {}))
    _sub(_sub(condition, "conditionvar"), "varequal", value, respident=respident)
    _sub(condition, "setvar", score, action=action, varname="SCORE")


def _item(section: ET.Element, q: Question, number: int) -> None:
    item = _sub(section, "item", ident=f"q{q.id}", title=f"Question {number}")
    presentation = ET.Element("presentation")
    resprocessing = ET.Element("resprocessing")
    outcomes = _sub(resprocessing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    answer_ids: list[str] = []
    if isinstance(q, MultipleChoice | TrueFalse):
        _material(presentation, q.statement if isinstance(q, TrueFalse) else q.stem)
        choice = _sub(_sub(presentation, "response_lid", ident="response1", rcardinality="Single"), "render_choice")
        for k, option in enumerate(q.options):
            ident = f"{q.id}_{k}"
            answer_ids.append(ident)
            _material(_sub(choice, "response_label", ident=ident), option)
            if option == q.answer:
                _score_when(resprocessing, "response1", ident)
    elif isinstance(q, Cloze | ShortAnswer):
        _material(presentation, q.stem)
        fib = _sub(_sub(presentation, "response_str", ident="response1", rcardinality="Single"), "render_fib")
        _sub(fib, "response_label", ident="answer1", rshuffle="No")
        condition = _sub(resprocessing, "respcondition", **{"continue": "No"})
        variables = _sub(condition, "conditionvar")
        for answer in (q.answer, *q.accepted):
            _sub(variables, "varequal", answer, respident="response1")
        _sub(condition, "setvar", "100", action="Set", varname="SCORE")
    elif isinstance(q, Matching):  # one drop-down of right-hand sides per left-hand item
        _material(presentation, q.instruction)
        rights = sorted({b for _, b in q.pairs}, key=lambda b: hashlib.sha1(b.encode()).hexdigest())
        right_ids = {b: f"{q.id}_r{k}" for k, b in enumerate(rights)}
        share = f"{100 / len(q.pairs):.2f}"
        for k, (left, right) in enumerate(q.pairs):
            lid = _sub(presentation, "response_lid", ident=f"response_{q.id}_{k}")
            _material(lid, left)
            choice = _sub(lid, "render_choice")
            for b in rights:
                _material(_sub(choice, "response_label", ident=right_ids[b]), b)
            answer_ids.append(f"{q.id}_{k}")
            _score_when(resprocessing, f"response_{q.id}_{k}", right_ids[right], share, "Add")
    _metadata(item, q, answer_ids)  # Canvas expects metadata, presentation, resprocessing in this order
    item.append(presentation)
    item.append(resprocessing)


def assessment_xml(quiz: QuizSet, ident: str) -> bytes:
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = _sub(root, "assessment", ident=ident, title=quiz.title)
    meta = _sub(_sub(assessment, "qtimetadata"), "qtimetadatafield")
    _sub(meta, "fieldlabel", "cc_maxattempts")
    _sub(meta, "fieldentry", "1")
    section = _sub(assessment, "section", ident="root_section")
    number = 0
    for q in quiz.questions:
        if q.type not in CANVAS_TYPES:
            continue
        number += 1
        _item(section, q, number)
    return _bytes(root)


def manifest_xml(ident: str) -> bytes:
    root = ET.Element("manifest", identifier=f"{ident}_manifest", xmlns=CP_NS)
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    resource = _sub(resources, "resource", identifier=ident, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=f"{ident}/{ident}.xml")
    _sub(resource, "dependency", identifierref=f"{ident}_meta")
    meta = _sub(resources, "resource", identifier=f"{ident}_meta",
                type="associatedcontent/imscc_xmlv1p1/learning-application-resource", href=f"{ident}/assessment_meta.xml")
    _sub(meta, "file", href=f"{ident}/assessment_meta.xml")
    return _bytes(root)


def assessment_meta_xml(quiz: QuizSet, ident: str, points: int) -> bytes:
    root = ET.Element("quiz", identifier=ident, xmlns=CANVAS_NS)
    _sub(root, "title", quiz.title)
    _sub(root, "description", f"Questions generated by quizgen from “{quiz.title}”.")
    _sub(root, "shuffle_answers", "false")
    _sub(root, "scoring_policy", "keep_highest")
    _sub(root, "quiz_type", "assignment")
    _sub(root, "points_possible", f"{points:.1f}")
    _sub(root, "allowed_attempts", "1")
    _sub(root, "assignment_group_identifierref", f"{ident}_group")
    return _bytes(root)


def _bytes(root: ET.Element) -> bytes:
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def write_qti(quiz: QuizSet, path: Path) -> None:
    ident = "quizgen_" + hashlib.sha1(quiz.slug.encode()).hexdigest()[:12]
    assessment = assessment_xml(quiz, ident)
    points = sum(1 for q in quiz.questions if q.type in CANVAS_TYPES)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("imsmanifest.xml", manifest_xml(ident)), ("non_cc_assessments/", b""),
                           (f"{ident}/{ident}.xml", assessment),
                           (f"{ident}/assessment_meta.xml", assessment_meta_xml(quiz, ident, points))):
            zf.writestr(zipfile.ZipInfo(name, FIXED_DATE), data)
