from pathlib import Path

MODELS = Path(__file__).resolve().parents[1] / "quizgen" / "nlp" / "models"
